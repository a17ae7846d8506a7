/**
 * The team's site: its name, where it is published, where researchers report, and every link used
 * in more than one place. Change a link here and every page, the navbar and the footer follow. An
 * address may be typed in Unicode: the site publishes it as a URI. The code that reads this file
 * is in src/lib/site/.
 */
import type { ReportChannel } from '../lib/site/reportChannels';

export const site = {
  title: 'Milex Security',
  /** The team's one name, wherever the site names who publishes: pages, feeds, CSAF. */
  teamName: 'Milex security team',
  tagline:
    'How to report a vulnerability in Milex, which releases receive security advisories, and how vulnerabilities are disclosed.',
  /** Where the site is published. SITE_URL and BASE_URL override these at build time. */
  defaultUrl: 'https://www.milex.org',
  defaultBaseUrl: '/milex-security-team/',
  /**
   * The domain in the ids of calendar events and feed entries. It stays the same wherever a build
   * is published (a preview, a new domain), so subscribers never see an event or entry twice.
   */
  idDomain: 'www.milex.org',
  /**
   * Where to send a vulnerability report, most preferred first. The navbar and every "report" link
   * open the first; the reporting page, security.txt and SECURITY.md list them all, in this order.
   * A channel is a platform (as here), GitHub private vulnerability reporting
   * (`{ kind: 'github', repository: 'https://github.com/OWNER/REPO', howToFile }`) or an e-mail
   * address (`{ kind: 'email', address, howToFile, openpgpKey?: { fingerprint, url } }`):
   * src/lib/site/reportChannels.ts describes each field, and MAINTAINING.md shows examples.
   */
  reportChannels: [
    {
      kind: 'platform',
      name: 'huntr.dev',
      url: 'https://huntr.dev',
      howToFile:
        "File the report against the Milex repository, github.com/milexdev/milex, where the project's code is public.",
      /** The platform's own rules, disclosure included, which the reporting page points to. */
      rules: { name: "huntr.dev's participation guidelines", url: 'https://huntr.dev/guidelines' },
    },
  ] satisfies readonly ReportChannel[],
  project: {
    name: 'Milex',
    url: 'https://www.milex.org',
    /** The project's public code. */
    repository: 'https://github.com/milexdev/milex',
  },
  /** The team's own page of members on the project's website, from the team's policy. */
  membersPage: {
    name: 'Meet the Milex Security Team',
    url: 'https://www.milex.org/meet-the-milex-security-team',
  },
  /**
   * How the advisories' OSV records name what they affect, so vulnerability scanners can match it.
   * To confirm with the Milex maintainers: the package name Milex is published under (Mautic, which
   * Milex forks, is "mautic/core" on Packagist). OSV ids must start with a registered database
   * prefix; until "MILEX" is registered with OSV, records use the schema's "x_" prefix.
   */
  osv: {
    ecosystem: 'Packagist',
    packageName: 'milex/core',
    idPrefix: 'x_',
  },
  /**
   * The advisories' CSAF 2.0 documents and provider metadata: who publishes them, and what the
   * team asks of CSAF aggregators. To confirm with the team: the two answers below are the ones
   * the CSAF specification (section 7.1.7) tells aggregators to assume when a provider gives none.
   */
  csaf: {
    publisher: {
      category: 'vendor',
      // The team's one name (teamName above): a literal, as `as const` needs.
      name: 'Milex security team',
      namespace: 'https://www.milex.org',
    },
    vendor: 'Milex',
    product: 'Milex',
    listOnAggregators: true,
    mirrorOnAggregators: false,
  },
} as const;
