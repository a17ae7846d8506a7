/**
 * Checking advisories' front matter, every file at once, against the rules maintainers are told on
 * the "Publishing an advisory" page and against the release branches in the data; what passes
 * comes back as `Advisory` values, short forms written out and affected ranges worked out.
 */
import { idYearProblem, isIsoDate, isPublishableDay, UNPUBLISHABLE_DAY } from '../../formats/dates';
import { datedChangeProblems } from '../../formats/datedChanges';
import { showsNothing, textFieldFindings } from '../../formats/hiddenCharacters';
import { compareText } from '../../formats/order';
import { checkedAddress } from '../../formats/urls';
import type { Release } from '../../releases/model';
import {
  describe,
  duplicates,
  type Finding,
  inFile,
  isRecord,
  notUnder,
  type Problem,
  type ProblemPath,
  unknownFields,
  type Validation,
} from '../../formats/problems';
import { compareVersions, fullVersion, inBranch } from '../../releases/versions';
import { cvssBaseScore, cvssProblem, cvssRating } from './cvss';
import {
  ADVISORY_ID,
  type Advisory,
  type AffectedBranch,
  type Credit,
  type AffectedRange,
  CVE_ID,
  isSeverity,
  LIMITS,
  SEVERITIES,
  type Severity,
} from '../../advisories/model';
import {
  duplicateIdProblems,
  type IdRules,
  type ItemSource,
  MAX_TITLE_LENGTH,
  withUnfilledFields,
} from '../item';
import { affectedRange, RANGE_FORM, rangeHolds, rangesOverlap, rangeText } from '../../advisories/range';

/** What the id checks of content/item.ts need of advisories. */
export const ADVISORY_IDS: IdRules = { noun: 'advisory', idForm: ADVISORY_ID };

const FIELDS = [
  'id',
  'title',
  'published',
  'updated',
  'revisions',
  'severity',
  'cvss',
  'cve',
  'affected',
  'fixedIn',
  'credits',
  'summary',
] as const;

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** One affected entry whose range was worked out: its place in the list, for messages. */
interface EntryRange {
  readonly where: string;
  readonly index: number;
  readonly branch: string;
  readonly range: AffectedRange;
}

/** What names a list entry written as text or as `{ field, ... }`, for finding repeats. */
const keyOf = (entry: unknown, field: string): string | undefined =>
  typeof entry === 'string'
    ? entry
    : isRecord(entry) && typeof entry[field] === 'string'
      ? entry[field]
      : undefined;

/** A finding at `path`. */
const at = (path: ProblemPath, message: string): Finding => ({ path, message });

function affectedProblems(
  label: string,
  value: unknown,
  fixedIn: unknown,
  branches: ReadonlySet<string>,
  /** Receives each entry's range, for the checks across entries. */
  found: EntryRange[],
): Finding[] {
  if (!Array.isArray(value) || value.length === 0) {
    return [
      at(['affected'], `${label}: affected must list at least one release branch, got ${describe(value)}`),
    ];
  }
  const fixes = Array.isArray(fixedIn) ? fixedIn.filter((v: unknown) => typeof v === 'string') : [];
  const named = value.map((entry: unknown) => keyOf(entry, 'branch'));
  const repeated = duplicates('affected branch', named, (index) => ['affected', index]).map(
    (finding) => ({ ...finding, message: `${label}: ${finding.message}` }),
  );
  return [
    ...repeated,
    ...value.flatMap((entry: unknown, index): Finding[] => {
      const where = `${label}: affected[${String(index)}]`;
      // A branch written alone is the entry itself; its fields are under the entry's path.
      const alone = typeof entry === 'string' || typeof entry === 'number';
      const path = (field: string): ProblemPath =>
        alone ? ['affected', index] : ['affected', index, field];
      const item = alone ? { branch: entry } : entry;
      if (!isRecord(item)) {
        return [
          at(
            ['affected', index],
            `${where} must be a branch such as "1.0" or { branch, versions }, got ${describe(entry)}`,
          ),
        ];
      }
      const problems = unknownFields(where, item, ['branch', 'versions'], ['affected', index]);
      const { branch, versions } = item;
      if (typeof branch === 'number') {
        problems.push(
          at(
            path('branch'),
            `${where}: branch ${String(branch)} is a number; put the branch in quotes, such as '1.0' (YAML reads 1.0 as the number 1)`,
          ),
        );
        return problems;
      }
      if (typeof branch !== 'string' || !branches.has(branch)) {
        problems.push(
          at(
            path('branch'),
            `${where}: branch ${describe(branch)} is not in src/data/releases.ts (the branches are ${[...branches].map((b) => `"${b}"`).join(', ') || 'none'})`,
          ),
        );
        return problems;
      }
      if (versions !== undefined && typeof versions !== 'string') {
        problems.push(
          at(path('versions'), `${where}: versions must be text ${RANGE_FORM}, got ${describe(versions)}`),
        );
        return problems;
      }
      const range = affectedRange(branch, versions, fixes);
      if ('problem' in range) {
        problems.push(
          versions === undefined
            ? at(path('branch'), `${where}: ${branch}: ${range.problem}`)
            : at(
                path('versions'),
                `${where}: versions ${JSON.stringify(versions)} is wrong: ${range.problem}`,
              ),
        );
      } else found.push({ where, index, branch, range: range.range });
      return problems;
    }),
  ];
}

/**
 * What the affected ranges and the fixed versions say together: no version listed twice (a line
 * and its minor release may both be named), every fixed version a release of a branch in the table
 * and outside every affected range, so no reader is told to "update" to an affected version.
 */
function rangeProblems(
  label: string,
  ranges: readonly EntryRange[],
  fixedIn: unknown,
  releases: readonly Release[],
): Finding[] {
  const problems: Finding[] = [];
  ranges.forEach((a, i) => {
    for (const b of ranges.slice(i + 1)) {
      // A branch named twice has its own message.
      if (a.branch !== b.branch && rangesOverlap(a.range, b.range)) {
        problems.push(
          at(
            ['affected', b.index],
            `${a.where}: its versions (${a.branch}: ${rangeText(a.range)}) overlap those of ${b.where.slice(label.length + 2)} (${b.branch}: ${rangeText(b.range)}); list each affected version under one branch only`,
          ),
        );
      }
    }
  });
  const fixes = Array.isArray(fixedIn) ? (fixedIn as unknown[]) : [];
  fixes.forEach((text, index) => {
    const version = typeof text === 'string' ? fullVersion(text) : undefined;
    // A fixed version that is not one has its own message.
    if (version === undefined || typeof text !== 'string') return;
    const listed = releases.some((release) => inBranch(version, release.branch));
    if (!listed) {
      problems.push(
        at(
          ['fixedIn', index],
          `${label}: fixedIn ${text} is not a release of any branch in src/data/releases.ts (the branches are ${releases.map((r) => `"${r.branch}"`).join(', ')}); add its branch there first, or correct the version`,
        ),
      );
    }
    const holding = ranges.find(({ range }) => rangeHolds(range, version));
    if (holding !== undefined) {
      problems.push(
        at(
          ['fixedIn', index],
          `${label}: fixedIn ${text} is one of the affected versions of ${holding.branch} (${rangeText(holding.range)}), so it does not fix them; end that range before ${text}, or list the version that does fix it`,
        ),
      );
    }
    // Each fixed version ends a range, or is the release to move to after a branch with no fix:
    // one that does neither would have its branch's readers told they are safe (a line's range
    // stops at its first fix, and later minors with fixes of their own need entries of their own).
    const ends = ranges.some(({ range }) => {
      const end = range.fixed ?? range.lastAffected;
      const parsed = end === undefined ? undefined : fullVersion(end);
      return (
        parsed !== undefined &&
        (range.fixed !== undefined
          ? compareVersions(parsed, version) === 0
          : compareVersions(version, parsed) > 0)
      );
    });
    if (listed && holding === undefined && ranges.length > 0 && !ends) {
      problems.push(
        at(
          ['fixedIn', index],
          `${label}: fixedIn ${text} ends none of the affected ranges: a fixed version is where a range stops (its "<" bound, or its branch's fix), or the release to move to after a branch that got no fix ("<="). If ${text} fixes versions of another branch, list that branch in affected with its own range`,
        ),
      );
    }
  });
  return problems;
}

/** What each severity covers on CVSS's 0–10 scale: the qualitative rating bands of v3.1 and v4.0. */
const SEVERITY_RATINGS: Readonly<Record<Severity, readonly string[]>> = {
  low: ['NONE', 'LOW'],
  moderate: ['MEDIUM'],
  high: ['HIGH'],
  critical: ['CRITICAL'],
};
const RATING_NAMES: Readonly<Record<string, string>> = {
  NONE: 'None (0.0)',
  LOW: 'Low (0.1 to 3.9)',
  MEDIUM: 'Medium (4.0 to 6.9)',
  HIGH: 'High (7.0 to 8.9)',
  CRITICAL: 'Critical (9.0 to 10.0)',
};

/** A severity that contradicts the CVSS vector's base score; the team's word must agree with it. */
function severityProblems(label: string, severity: unknown, cvss: unknown): Finding[] {
  if (!isSeverity(severity) || typeof cvss !== 'string') return [];
  const score = cvssBaseScore(cvss);
  if (score === undefined) return [];
  const rating = cvssRating(score);
  if (SEVERITY_RATINGS[severity].includes(rating)) return [];
  const agreeing = SEVERITIES.find((s) => SEVERITY_RATINGS[s].includes(rating)) ?? 'low';
  return [
    at(
      ['severity'],
      `${label}: severity "${severity}" contradicts cvss, whose base score ${score.toFixed(1)} CVSS rates ${RATING_NAMES[rating] ?? rating}: that is severity "${agreeing}". Change the severity or the vector so that they agree`,
    ),
  ];
}

function creditProblems(label: string, value: unknown): Finding[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    return [at(['credits'], `${label}: credits must be a list, got ${describe(value)}`)];
  }
  if (value.length > LIMITS.credits) {
    return [
      at(
        ['credits'],
        `${label}: credits lists ${String(value.length)} names; an advisory thanks at most ${String(LIMITS.credits)}`,
      ),
    ];
  }
  const names = value.map((entry: unknown) => keyOf(entry, 'name'));
  const repeated = duplicates('credit', names, (index) => ['credits', index]).map((finding) => ({
    ...finding,
    message: `${label}: ${finding.message}`,
  }));
  return [
    ...repeated,
    ...value.flatMap((entry: unknown, index): Finding[] => {
      const where = `${label}: credits[${String(index)}]`;
      const alone = typeof entry === 'string';
      const path = (field: string): ProblemPath =>
        alone ? ['credits', index] : ['credits', index, field];
      const item = alone ? { name: entry } : entry;
      if (!isRecord(item)) {
        return [
          at(['credits', index], `${where} must be a name or { name, url }, got ${describe(entry)}`),
        ];
      }
      const problems = unknownFields(where, item, ['name', 'url'], ['credits', index]);
      if (!text(item.name)) problems.push(at(path('name'), `${where}: name must be non-empty text`));
      const url = item.url === undefined ? undefined : checkedAddress(item.url);
      if (url !== undefined && 'problem' in url) {
        problems.push(at(path('url'), `${where}: url ${describe(item.url)} ${url.problem}`));
      }
      return problems;
    }),
  ];
}

/**
 * The changes since publication: each a day and a one-line summary, in order, none before
 * `published`, the last on `updated` (which they require).
 */
function revisionProblems(
  label: string,
  value: unknown,
  published: unknown,
  updated: unknown,
): Finding[] {
  if (value === undefined) return [];
  const { problems, last } = datedChangeProblems(label, value, {
    field: 'revisions',
    entryName: 'revision',
    fields: ['date', 'summary'],
    each: 'one per change since publication',
    limit: { article: 'an', kind: 'advisory', most: LIMITS.revisions },
    published,
    summarySays: 'say what changed',
  });
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.revisions) {
    return problems;
  }
  if (updated === undefined) {
    problems.push(at(['revisions'], `${label}: revisions needs updated, the day of the last one`));
  } else if (last !== undefined && isIsoDate(updated) && last !== updated) {
    problems.push(
      at(
        ['updated'],
        `${label}: updated ${updated} is not the day of the last revision (${last}): they must agree`,
      ),
    );
  }
  return problems;
}

/** A list's entries that are text, and undefined for the others: for `duplicates`. */
const texts = (list: readonly unknown[]): (string | undefined)[] =>
  list.map((entry) => (typeof entry === 'string' ? entry : undefined));

/** Every problem with one advisory's front matter, each message starting with its file. */
function advisoryProblems(
  source: ItemSource,
  releases: readonly Release[],
  today: string | undefined,
): Finding[] {
  const branches = new Set(releases.map((release) => release.branch));
  const label = source.file;
  const data = source.frontMatter;
  if (!isRecord(data)) {
    return [at([], `${label}: the front matter is missing or is not a list of fields`)];
  }
  const problems = unknownFields(label, data, FIELDS, []);
  /** A problem with a top-level field: the message names it after the file. */
  const field = (name: string, message: string): void => {
    problems.push(at([name], `${label}: ${message}`));
  };
  const { id, title, published, updated, severity, cvss, cve, fixedIn, summary } = data;

  if (typeof id !== 'string' || !ADVISORY_ID.test(id)) {
    field('id', `id must look like MILEX-2026-001, got ${describe(id)}`);
  }
  if (!text(title)) field('title', `title must be non-empty text, got ${describe(title)}`);
  else if (/[\r\n]/.test(title.trim())) {
    field('title', 'title must be one line, for browser tabs, feeds and search results');
  } else if (title.length > MAX_TITLE_LENGTH) {
    field(
      'title',
      `title is ${String(title.length)} characters long; keep it to ${String(MAX_TITLE_LENGTH)} so browser tabs, feeds and search results show it whole`,
    );
  }
  if (!text(summary) || showsNothing(summary)) {
    field('summary', `summary must be one paragraph of text, got ${describe(summary)}`);
  } else if (summary.length > LIMITS.summaryCharacters) {
    field(
      'summary',
      `summary is ${String(summary.length)} characters long; keep it to ${String(LIMITS.summaryCharacters)}, one paragraph, and put the rest in the text below the front matter`,
    );
  } else if (/\n\s*\n/.test(summary.trim())) {
    field(
      'summary',
      'summary must be one paragraph; put the rest in the text below the front matter',
    );
  }
  if (!isIsoDate(published)) {
    field('published', `published must be a date written YYYY-MM-DD, got ${describe(published)}`);
  }
  const yearProblem = ADVISORY_ID.test(String(id)) ? idYearProblem(id, published) : undefined;
  if (yearProblem !== undefined) field('id', yearProblem);
  for (const [name, day] of [
    ['published', published],
    ['updated', updated],
  ] as const) {
    if (isIsoDate(day) && !isPublishableDay(day)) field(name, `${name} ${day} ${UNPUBLISHABLE_DAY}`);
    else if (today !== undefined && isIsoDate(day) && day > today) {
      field(
        name,
        `${name} ${day} is after the build day, ${today}: an advisory is dated the day it is published, never later`,
      );
    }
  }
  if (updated !== undefined) {
    if (!isIsoDate(updated)) {
      field('updated', `updated must be a date written YYYY-MM-DD, got ${describe(updated)}`);
    } else if (isIsoDate(published) && updated < published) {
      field('updated', `updated ${updated} is before published ${published}`);
    }
  }
  problems.push(...revisionProblems(label, data.revisions, published, updated));
  if (!isSeverity(severity)) {
    field(
      'severity',
      `severity ${describe(severity)} is not one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}`,
    );
  }
  if (cvss !== undefined) {
    const problem = cvssProblem(typeof cvss === 'string' ? cvss : '');
    if (problem !== undefined) field('cvss', `cvss ${describe(cvss)} ${problem}`);
  }
  if (cve !== undefined) {
    if (!Array.isArray(cve)) {
      field('cve', `cve must be a list of ids such as CVE-2026-12345, got ${describe(cve)}`);
    } else if (cve.length > LIMITS.cveIds) {
      // Each id is a vulnerability of the CSAF document: an advisory of more is a list of others.
      field(
        'cve',
        `cve lists ${String(cve.length)} ids; an advisory covers at most ${String(LIMITS.cveIds)}: split it into several advisories`,
      );
    } else {
      (cve as unknown[]).forEach((entry, index) => {
        if (typeof entry !== 'string' || !CVE_ID.test(entry)) {
          problems.push(
            at(['cve', index], `${label}: cve ${describe(entry)} is not an id such as CVE-2026-12345`),
          );
        }
      });
      problems.push(
        ...duplicates('cve', texts(cve as unknown[]), (index) => ['cve', index]).map(
          (finding) => ({ ...finding, message: `${label}: ${finding.message}` }),
        ),
      );
    }
  }
  const ranges: EntryRange[] = [];
  problems.push(...affectedProblems(label, data.affected, fixedIn, branches, ranges));
  problems.push(...rangeProblems(label, ranges, fixedIn, releases));
  problems.push(...severityProblems(label, severity, cvss));
  if (!Array.isArray(fixedIn) || fixedIn.length === 0) {
    field('fixedIn', `fixedIn must list at least one version, got ${describe(fixedIn)}`);
  } else {
    (fixedIn as unknown[]).forEach((version, index) => {
      if (typeof version !== 'string' || fullVersion(version) === undefined) {
        problems.push(
          at(
            ['fixedIn', index],
            `${label}: fixedIn ${describe(version)} is not a released version written in full, such as "1.0.3"`,
          ),
        );
      }
    });
    // Each fixed version is one product in the CSAF document, and one event in the OSV record.
    problems.push(
      ...duplicates('fixedIn version', texts(fixedIn as unknown[]), (index) => [
        'fixedIn',
        index,
      ]).map((finding) => ({ ...finding, message: `${label}: ${finding.message}` })),
    );
  }
  problems.push(...creditProblems(label, data.credits));

  // Every text field, once: a field with a problem of its own above is not named twice.
  problems.push(
    ...notUnder(
      textFieldFindings(data, { lineBreaks: ([name]) => name === 'summary' || name === 'title' }),
      problems,
    ).map(({ path, message }) => at(path, `${label}: ${message}`)),
  );

  // A field the template's placeholder is still in gets one message, saying just that.
  return withUnfilledFields(label, data, problems);
}

/** Normalises short forms (a branch or a name as plain text) into the full shapes. */
function toAdvisory(data: Record<string, unknown>): Advisory {
  const fixedIn = data.fixedIn as readonly string[];
  const affected = (data.affected as unknown[]).map((entry): AffectedBranch => {
    const { branch, versions } =
      typeof entry === 'string'
        ? { branch: entry, versions: undefined }
        : (entry as AffectedBranch);
    const result = affectedRange(branch, versions, fixedIn);
    // Checked in affectedProblems: an advisory whose range fails never gets here.
    if ('problem' in result) throw new Error(`affected ${branch}: ${result.problem}`);
    return { branch, ...(versions === undefined ? {} : { versions }), range: result.range };
  });
  // Addresses as every output writes them (checkedAddress): punycode hosts, percent-encoded paths.
  const credits = (data.credits as unknown[] | undefined)?.map((entry): Credit => {
    if (typeof entry === 'string') return { name: entry };
    const credit = entry as Credit;
    const url = credit.url === undefined ? undefined : checkedAddress(credit.url);
    return url !== undefined && 'href' in url ? { ...credit, url: url.href } : credit;
  });
  return {
    ...(data as unknown as Advisory),
    affected,
    ...(credits === undefined ? {} : { credits }),
  };
}

/**
 * Checks every advisory and reports every problem at once: each file's fields, and ids used by more
 * than one file. No advisories at all is valid.
 */
export function validateAdvisories(
  sources: readonly ItemSource[],
  releases: readonly Release[],
  /** The build day, `YYYY-MM-DD` (UTC): no advisory is dated after it. */
  today?: string,
): Validation<readonly Advisory[]> {
  const problems: Problem[] = sources.flatMap((source) =>
    inFile(source.file, advisoryProblems(source, releases, today)),
  );
  problems.push(...duplicateIdProblems(sources, ADVISORY_IDS));
  if (problems.length > 0) return { ok: false, problems };
  const advisories = sources.map(({ frontMatter }) =>
    toAdvisory(frontMatter as Record<string, unknown>),
  );
  // Newest first; the id breaks ties so the order never depends on the file system.
  advisories.sort((a, b) => compareText(b.published, a.published) || compareText(b.id, a.id));
  return { ok: true, value: advisories };
}
