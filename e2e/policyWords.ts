/**
 * The team's policy (its SECURITY.md, which the site was written from), as the published pages
 * must carry it: each fact, commitment, date and link the policy states, and the kinds of
 * commitment it does not make. The browser tests read every public page for both
 * (e2e/content.test.ts). Facts that come from src/data/ (the report channels, the table, the
 * team's page of members) are checked against the data instead, so changing them needs no change
 * here. When the team changes its policy, change the pages and this list together.
 */

/** What the policy says, as a pattern of the pages' words, and what that fact is. */
export const POLICY_FACTS: readonly (readonly [RegExp, string])[] = [
  // Goals.
  [/security advisor/i, 'security issues are resolved in a security advisory'],
  [/how to write secure code/i, 'the goal of documenting how to write secure code'],
  [/securing your Milex instance/i, 'the goal of documenting how to secure an instance'],
  [/infrastructure team/i, 'the goal of helping the infrastructure team'],
  // Scope.
  [
    /Milex core, officially supported plugins and the \*\.milex\.org network of websites/,
    'the scope',
  ],
  [/third-party plugins or individual Milex instances/, 'what the team does not directly handle'],
  // Which releases get advisories.
  // Milex 3's date is past: the pages say it in the past tense.
  [/Milex 3 received security advisories until 15 December 2021/, "Milex 3's date"],
  [
    /starting with Milex 3\.0[,:] one minor release at a time receives security advisories/i,
    'the rule',
  ],
  [/Milex 3\.1 receives them until Milex 3\.2 is released/, "the rule's example"],
  [/security support for 2\.16 to Milex itself[^.]*Symfony 2\.8/, 'the 2.16 footnote'],
  [
    /development releases \(`?-dev`?\), alphas, betas or release candidates/,
    'no advisories for pre-releases',
  ],
  [
    /stable releases in the supported major version branches/,
    'advisories only for stable releases in the supported major version branches',
  ],
  // Reporting.
  [
    /compromise the security of Milex and is covered by the Security advisory policy/i,
    'what to report: what the Security Advisory Policy covers',
  ],
  [/keep it confidential/i, 'reports are kept confidential'],
  [/not post it on GitHub/, 'not on GitHub'],
  [/not post about it in the forums/, 'not in the forums'],
  [/not discuss it in Slack/, 'not in Slack'],
  [
    /Always report it to the team, and let the team decide whether to handle it in public or in\s+private/,
    'always report; the team decides',
  ],
  [/only directly responds to issues with/, "the team's limited scope"],
  // Handling, announcements, releases.
  [/releasing fixes in a timely manner/, "the team's responsibility"],
  [/security announcements in release cycles/, 'release cycles'],
  [/several days in advance/, 'readiness evaluated several days ahead'],
  [/at least two weeks' notice/, 'notice of an out-of-sequence release'],
  // Advisories and disclosure.
  [/usually[^.]*updat\w* to a new release/i, 'what an advisory usually asks'],
  [/coordinated disclosure/i, 'coordinated disclosure'],
  [/private until there is a fix/, 'issues stay private until there is a fix'],
  [
    /follow this\s+policy: keep the issue private until there is a fix/,
    "the policy's rule over a report channel's own rules",
  ],
  [/threat has been addressed and a secure version is available/, 'when announcements are made'],
  // Membership.
  [/potentially destructive information/, 'why membership is limited'],
  [/proven track record in the Milex community/, 'who can be a member'],
  [/at least a few hours every month/, "members' time"],
  [/reconsider their membership/, 'members who cannot keep involved'],
];

/** The policy's links to other projects (its acknowledgements), which a page must link to. */
export const POLICY_LINKS: readonly string[] = [
  'https://www.drupal.org/security',
  'https://developer.joomla.org/security.html',
  'https://www.mozilla.org/en-US/security/',
];

/**
 * Commitments the policy does not make, which no public page may state (maintainer comments on
 * the pages say where each would go once the team makes it).
 */
export const NOT_COMMITTED: readonly (readonly [RegExp, string, string])[] = [
  // Each with a sentence it finds, which the tests check it does.
  [
    /\bwithin \d+ (?:business |working )?(?:hours?|days?|weeks?)\b/i,
    'a response or fix time',
    'You will hear back within 3 business days.',
  ],
  [
    /\b(?:respond|reply|acknowledge)s? (?:to (?:you|your report|every report) )?within\b/i,
    'a response time',
    'The team responds to your report within a week.',
  ],
  [/\bbug bount|\bbounty|\breward/i, 'a bounty or reward', 'Valid reports are rewarded.'],
  [/\bsafe harbou?r\b/i, 'legal safe harbour', 'Good-faith research has safe harbor.'],
  [/\bhall of fame\b/i, 'public credit for reporters', 'Reporters join our hall of fame.'],
  [/\b(?:every|each|all) reports?\b/i, 'a promise about every report', 'Every report is answered.'],
  [/\bguarantee/i, 'a guarantee', 'We guarantee a fix.'],
  [/\bwe (?:will|promise)\b/i, 'a promise in the first person', 'We will keep you informed.'],
  [/\bbug fixes\b/i, 'bug fixes during active support', 'Active support includes bug fixes.'],
];
