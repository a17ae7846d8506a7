/**
 * Security advisories: one Markdown file each under `advisories/`, described by its front matter.
 * This module checks that front matter, for every file at once, against the rules maintainers are
 * told on the "Publishing an advisory" page, and against the release branches in the data.
 */
import { isIsoDate } from './dates';
import { compareBranches, compareText } from './order';
import { parseVersion, type Version } from './versions';
import { isHttpsUrl } from './siteConfig';
import { hiddenCharacter, showsNothing } from './hiddenCharacters';
import type { IsoDate, Release } from './types';
import { describe, duplicates, isRecord, unknownFields, type Validation } from './validation';

export const SEVERITIES = ['low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The words the site shows for each severity. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  critical: 'Critical',
};

export interface AffectedBranch {
  /** A branch of src/data/releases.ts, e.g. `'1.0'`. */
  readonly branch: string;
  /** Which versions of it, e.g. `'>=1.0.0 <1.0.3'`; the whole branch when left out. */
  readonly versions?: string;
  /**
   * Where its affected versions start and stop, worked out once, when the advisory is checked;
   * the page, the feeds and the OSV record all take it from here.
   */
  readonly range: AffectedRange;
}

export interface Credit {
  readonly name: string;
  readonly url?: string;
}

export interface Advisory {
  /** `MILEX-YYYY-NNN`. */
  readonly id: string;
  readonly title: string;
  readonly published: IsoDate;
  readonly updated?: IsoDate;
  readonly severity: Severity;
  /** A CVSS v3.1 or v4.0 vector string. */
  readonly cvss?: string;
  readonly cve?: readonly string[];
  readonly affected: readonly AffectedBranch[];
  readonly fixedIn: readonly string[];
  readonly credits?: readonly Credit[];
  readonly summary: string;
}

/** An advisory file as read from disk: its path (for messages) and its parsed front matter. */
export interface AdvisorySource {
  readonly file: string;
  readonly frontMatter: unknown;
}

const FIELDS = [
  'id',
  'title',
  'published',
  'updated',
  'severity',
  'cvss',
  'cve',
  'affected',
  'fixedIn',
  'credits',
  'summary',
] as const;

export const ADVISORY_ID = /^MILEX-\d{4}-\d{3}$/;

/**
 * Marks what a maintainer still has to write in a new advisory (`npm run new-advisory`). The build
 * refuses any field or text that contains it, so a half-written advisory is never published.
 */
export const PLACEHOLDER = 'FILL IN';

/** Whether `value`, or any text inside it (a list, a credit), still holds the placeholder. */
const holdsPlaceholder = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes(PLACEHOLDER)
    : Array.isArray(value)
      ? value.some(holdsPlaceholder)
      : isRecord(value) && Object.values(value).some(holdsPlaceholder);

/** A page's title is the advisory's title and " | Milex Security", within 70 characters. */
export const MAX_TITLE_LENGTH = 53;
export const CVE_ID = /^CVE-\d{4}-\d{4,}$/;

// cspell:ignore NALP XNALP XNLH XNLHS XNPA XUPFH XOTWU XURC XLMH XHML XAPU XDC XAUI XNY XNP XNR
/**
 * The base metrics in the specification's order, then only the further metrics each version
 * defines, with their values: the forms the OSV schema accepts for CVSS_V3 and CVSS_V4 scores
 * (CVSS_V3 narrowed to 3.1), so every vector that passes here passes there.
 */
const CVSS_31_METRIC =
  '(E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])';
const CVSS_31 = new RegExp(
  `^CVSS:3\\.1/AV:[NALP]/AC:[LH]/PR:[NLH]/UI:[NR]/S:[UC]/C:[NLH]/I:[NLH]/A:[NLH](/${CVSS_31_METRIC})*$`,
);
const CVSS_40 =
  /^CVSS:4\.0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN](\/E:[XAPU])?(\/CR:[XHML])?(\/IR:[XHML])?(\/AR:[XHML])?(\/MAV:[XNALP])?(\/MAC:[XLH])?(\/MAT:[XNP])?(\/MPR:[XNLH])?(\/MUI:[XNPA])?(\/MVC:[XNLH])?(\/MVI:[XNLH])?(\/MVA:[XNLH])?(\/MSC:[XNLH])?(\/MSI:[XNLHS])?(\/MSA:[XNLHS])?(\/S:[XNP])?(\/AU:[XNY])?(\/R:[XAUI])?(\/V:[XDC])?(\/RE:[XLMH])?(\/U:(X|Clear|Green|Amber|Red))?$/;

/** Where one affected branch's vulnerable versions start and stop, as OSV range events. */
export interface AffectedRange {
  /** The first affected version. */
  readonly introduced: string;
  /** The first version with the fix, when the fix was released on this branch. */
  readonly fixed?: string;
  /** The last affected version, when the branch got no fix. */
  readonly lastAffected?: string;
}

/** Orders two parsed versions by their numbers (a missing part is 0); a pre-release comes first. */
export function compareVersions(a: Version, b: Version): number {
  const parts = (v: Version): number[] => [v.major, v.minor ?? 0, v.patch ?? 0];
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return Number(b.preRelease) - Number(a.preRelease);
}

/** True when `version` is a release of `branch` (`1.2.3` of `1.2`, `4.7.1` of `4.x`). */
export function inBranch(version: Version, branch: string): boolean {
  const [major, minor] = branch.split('.');
  return String(version.major) === major && (minor === 'x' || String(version.minor ?? 0) === minor);
}

const PLAIN_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * A released version written in full, such as `1.0.3`, which a range bound or a fixed version must
 * be: no `v`, no pre-release suffix (advisories are for stable releases), nothing left out.
 */
function fullVersion(text: string): Version | undefined {
  return PLAIN_VERSION.test(text) ? parseVersion(text) : undefined;
}

const RANGE_FORM = 'such as ">=1.2.0 <1.2.3", ">=1.2.0" or "<=1.2.9"';

/**
 * The affected versions of one branch: `versions` when given (`>=A` for the first affected version,
 * `<B` for the fixed one or `<=B` for the last affected one), completed from the branch itself
 * (its `.0` release) and from `fixedIn` (its version on this branch). Returns the range, or why it
 * cannot be one.
 */
export function affectedRange(
  branch: string,
  versions: string | undefined,
  fixedIn: readonly string[],
): { readonly range: AffectedRange } | { readonly problem: string } {
  let lower: Version | undefined;
  let upper: { version: Version; inclusive: boolean } | undefined;
  for (const part of versions?.trim().split(/\s+/) ?? []) {
    const match = /^(>=|<=|<)(.+)$/.exec(part);
    const version = match?.[2] === undefined ? undefined : fullVersion(match[2]);
    if (match === null || version === undefined) {
      return {
        problem: `${JSON.stringify(part)} is not ">=", "<" or "<=" followed by a version such as 1.2.3 (write ranges ${RANGE_FORM})`,
      };
    }
    if (match[1] === '>=') {
      if (lower !== undefined)
        return { problem: `it has two lower bounds (write ranges ${RANGE_FORM})` };
      lower = version;
    } else {
      if (upper !== undefined)
        return { problem: `it has two upper bounds (write ranges ${RANGE_FORM})` };
      upper = { version, inclusive: match[1] === '<=' };
    }
  }
  const start = lower ?? fullVersion(`${branch.replace('.x', '.0')}.0`);
  if (start === undefined)
    return { problem: `branch ${JSON.stringify(branch)} has no first version` };
  if (!inBranch(start, branch)) {
    return { problem: `the first affected version ${start.text} is not a ${branch} release` };
  }
  const fix = fixedIn
    .map(fullVersion)
    .filter((v): v is Version => v !== undefined && inBranch(v, branch))
    .sort(compareVersions)[0];
  if (upper?.inclusive === true && !inBranch(upper.version, branch)) {
    return {
      problem: `the last affected version ${upper.version.text} is not a ${branch} release`,
    };
  }
  if (
    upper?.inclusive === false &&
    fix !== undefined &&
    compareVersions(upper.version, fix) !== 0
  ) {
    return {
      problem: `it says the fix is ${upper.version.text}, but fixedIn gives ${fix.text} for ${branch}`,
    };
  }
  const end = upper ?? (fix === undefined ? undefined : { version: fix, inclusive: false });
  if (end === undefined) {
    return {
      problem: `no version in fixedIn is a ${branch} release, so where the affected versions end is unknown: add the ${branch} fix to fixedIn, or give versions such as "<=${branch.replace('.x', '.0')}.9" for a branch that gets no fix`,
    };
  }
  const order = compareVersions(start, end.version);
  if (order > 0 || (order === 0 && !end.inclusive)) {
    return { problem: `it ends (${end.version.text}) before it starts (${start.text})` };
  }
  return {
    range: {
      introduced: start.text,
      ...(end.inclusive ? { lastAffected: end.version.text } : { fixed: end.version.text }),
    },
  };
}

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function affectedProblems(
  label: string,
  value: unknown,
  fixedIn: unknown,
  branches: ReadonlySet<string>,
): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    return [`${label}: affected must list at least one release branch, got ${describe(value)}`];
  }
  const fixes = Array.isArray(fixedIn) ? fixedIn.filter((v: unknown) => typeof v === 'string') : [];
  const named = value.map((entry: unknown) =>
    typeof entry === 'string'
      ? entry
      : isRecord(entry) && typeof entry.branch === 'string'
        ? entry.branch
        : undefined,
  );
  const repeated = duplicates('affected branch', named).map((problem) => `${label}: ${problem}`);
  return [
    ...repeated,
    ...value.flatMap((entry: unknown, index): string[] => {
      const where = `${label}: affected[${String(index)}]`;
      const item =
        typeof entry === 'string' || typeof entry === 'number' ? { branch: entry } : entry;
      if (!isRecord(item)) {
        return [
          `${where} must be a branch such as "1.0" or { branch, versions }, got ${describe(entry)}`,
        ];
      }
      const problems = unknownFields(where, item, ['branch', 'versions']);
      const { branch, versions } = item;
      if (typeof branch === 'number') {
        problems.push(
          `${where}: branch ${String(branch)} is a number; put the branch in quotes, such as '1.0' (YAML reads 1.0 as the number 1)`,
        );
        return problems;
      }
      if (typeof branch !== 'string' || !branches.has(branch)) {
        problems.push(
          `${where}: branch ${describe(branch)} is not in src/data/releases.ts (the branches are ${[...branches].map((b) => `"${b}"`).join(', ') || 'none'})`,
        );
        return problems;
      }
      if (versions !== undefined && typeof versions !== 'string') {
        problems.push(`${where}: versions must be text ${RANGE_FORM}, got ${describe(versions)}`);
        return problems;
      }
      const range = affectedRange(branch, versions, fixes);
      if ('problem' in range) {
        problems.push(
          versions === undefined
            ? `${where}: ${branch}: ${range.problem}`
            : `${where}: versions ${JSON.stringify(versions)} is wrong: ${range.problem}`,
        );
      }
      return problems;
    }),
  ];
}

function creditProblems(label: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [`${label}: credits must be a list, got ${describe(value)}`];
  const names = value.map((entry: unknown) =>
    typeof entry === 'string'
      ? entry
      : isRecord(entry) && typeof entry.name === 'string'
        ? entry.name
        : undefined,
  );
  const repeated = duplicates('credit', names).map((problem) => `${label}: ${problem}`);
  return [
    ...repeated,
    ...value.flatMap((entry: unknown, index): string[] => {
      const where = `${label}: credits[${String(index)}]`;
      const item = typeof entry === 'string' ? { name: entry } : entry;
      if (!isRecord(item))
        return [`${where} must be a name or { name, url }, got ${describe(entry)}`];
      const problems = unknownFields(where, item, ['name', 'url']);
      if (!text(item.name)) problems.push(`${where}: name must be non-empty text`);
      else {
        const char = hiddenCharacter(item.name, { lineBreaks: false });
        if (char !== undefined) problems.push(`${where}: name contains ${char}; delete it`);
      }
      if (item.url !== undefined && (typeof item.url !== 'string' || !isHttpsUrl(item.url))) {
        problems.push(`${where}: url must be an https:// address, got ${describe(item.url)}`);
      }
      return problems;
    }),
  ];
}

/** Every problem with one advisory's front matter, each starting with its file. */
function advisoryProblems(
  source: AdvisorySource,
  branches: ReadonlySet<string>,
  today: string | undefined,
): string[] {
  const label = source.file;
  const data = source.frontMatter;
  if (!isRecord(data)) return [`${label}: the front matter is missing or is not a list of fields`];
  const problems = unknownFields(label, data, FIELDS);
  const { id, title, published, updated, severity, cvss, cve, fixedIn, summary } = data;

  if (typeof id !== 'string' || !ADVISORY_ID.test(id)) {
    problems.push(`${label}: id must look like MILEX-2026-001, got ${describe(id)}`);
  }
  if (!text(title)) problems.push(`${label}: title must be non-empty text, got ${describe(title)}`);
  else if (/[\r\n]/.test(title.trim())) {
    problems.push(`${label}: title must be one line, for browser tabs, feeds and search results`);
  } else if (showsNothing(title)) {
    problems.push(`${label}: title shows nothing: it holds only invisible characters`);
  } else if (title.length > MAX_TITLE_LENGTH) {
    problems.push(
      `${label}: title is ${String(title.length)} characters long; keep it to ${String(MAX_TITLE_LENGTH)} so browser tabs, feeds and search results show it whole`,
    );
  }
  if (!text(summary) || showsNothing(summary)) {
    problems.push(`${label}: summary must be one paragraph of text, got ${describe(summary)}`);
  } else if (/\n\s*\n/.test(summary.trim())) {
    problems.push(
      `${label}: summary must be one paragraph; put the rest in the text below the front matter`,
    );
  }
  for (const [field, value] of [
    ['title', title],
    ['summary', summary],
  ] as const) {
    const char =
      typeof value === 'string'
        ? hiddenCharacter(field === 'title' ? value.trim() : value, {
            lineBreaks: field !== 'title',
          })
        : undefined;
    // A line break in a title has its own message above.
    if (char !== undefined && !(field === 'title' && /^U\+000[AD],/.test(char))) {
      problems.push(`${label}: ${field} contains ${char}; delete it`);
    }
  }
  if (!isIsoDate(published)) {
    problems.push(
      `${label}: published must be a date written YYYY-MM-DD, got ${describe(published)}`,
    );
  }
  for (const [field, day] of [
    ['published', published],
    ['updated', updated],
  ] as const) {
    if (today !== undefined && isIsoDate(day) && day > today) {
      problems.push(
        `${label}: ${field} ${day} is after the build day, ${today}: an advisory is dated the day it is published, never later`,
      );
    }
  }
  if (updated !== undefined) {
    if (!isIsoDate(updated)) {
      problems.push(
        `${label}: updated must be a date written YYYY-MM-DD, got ${describe(updated)}`,
      );
    } else if (isIsoDate(published) && updated < published) {
      problems.push(`${label}: updated ${updated} is before published ${published}`);
    }
  }
  if (!isSeverity(severity)) {
    problems.push(
      `${label}: severity ${describe(severity)} is not one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}`,
    );
  }
  if (
    cvss !== undefined &&
    (typeof cvss !== 'string' || !(CVSS_31.test(cvss) || CVSS_40.test(cvss)))
  ) {
    problems.push(
      `${label}: cvss ${describe(cvss)} is not a CVSS v3.1 or v4.0 vector such as "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"`,
    );
  } else if (typeof cvss === 'string') {
    // The specification allows each metric once; tools disagree on which of two values counts.
    const metrics = cvss
      .split('/')
      .slice(1)
      .map((part) => part.split(':')[0]);
    const twice = metrics.filter((metric, i) => metrics.indexOf(metric) !== i);
    if (twice.length > 0) {
      problems.push(
        `${label}: cvss gives ${[...new Set(twice)].join(', ')} more than once; give each metric once`,
      );
    }
  }
  if (cve !== undefined) {
    if (!Array.isArray(cve)) {
      problems.push(
        `${label}: cve must be a list of ids such as CVE-2026-12345, got ${describe(cve)}`,
      );
    } else {
      for (const entry of cve as unknown[]) {
        if (typeof entry !== 'string' || !CVE_ID.test(entry)) {
          problems.push(`${label}: cve ${describe(entry)} is not an id such as CVE-2026-12345`);
        }
      }
      problems.push(
        ...duplicates(
          'cve',
          cve.map((entry: unknown) => (typeof entry === 'string' ? entry : undefined)),
        ).map((problem) => `${label}: ${problem}`),
      );
    }
  }
  problems.push(...affectedProblems(label, data.affected, fixedIn, branches));
  if (!Array.isArray(fixedIn) || fixedIn.length === 0) {
    problems.push(`${label}: fixedIn must list at least one version, got ${describe(fixedIn)}`);
  } else {
    for (const version of fixedIn as unknown[]) {
      if (typeof version !== 'string' || fullVersion(version) === undefined) {
        problems.push(
          `${label}: fixedIn ${describe(version)} is not a released version written in full, such as "1.0.3"`,
        );
      }
    }
  }
  problems.push(...creditProblems(label, data.credits));

  // A field the template's placeholder is still in gets one message, saying just that.
  const unfilled = Object.keys(data).filter((field) => holdsPlaceholder(data[field]));
  const aboutUnfilled = (problem: string): boolean =>
    unfilled.some((field) =>
      [' ', '[', ':'].some((next) => problem.startsWith(`${label}: ${field}${next}`)),
    );
  return [
    ...problems.filter((problem) => !aboutUnfilled(problem)),
    ...unfilled.map(
      (field) =>
        `${label}: ${field} still holds the template's "${PLACEHOLDER}"; write it, or delete the field if it is optional and does not apply`,
    ),
  ];
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
  const credits = (data.credits as unknown[] | undefined)?.map((entry) =>
    typeof entry === 'string' ? { name: entry } : (entry as Credit),
  );
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
  sources: readonly AdvisorySource[],
  releases: readonly Release[],
  /** The build day, `YYYY-MM-DD` (UTC): no advisory is dated after it. */
  today?: string,
): Validation<readonly Advisory[]> {
  const branches = new Set(releases.map((release) => release.branch));
  const problems = sources.flatMap((source) => advisoryProblems(source, branches, today));
  const ids = sources.map(({ frontMatter }) =>
    isRecord(frontMatter) && typeof frontMatter.id === 'string' ? frontMatter.id : undefined,
  );
  const byId = new Map<string, string[]>();
  ids.forEach((id, index) => {
    if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), sources[index]?.file ?? '']);
  });
  for (const [id, files] of byId) {
    if (files.length > 1)
      problems.push(`id ${id} is used by more than one advisory: ${files.join(', ')}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const advisories = sources.map(({ frontMatter }) =>
    toAdvisory(frontMatter as Record<string, unknown>),
  );
  // Newest first; the id breaks ties so the order never depends on the file system.
  advisories.sort((a, b) => compareText(b.published, a.published) || compareText(b.id, a.id));
  return { ok: true, value: advisories };
}

/**
 * One problem per file not named after the advisory's id (`advisories/MILEX-2026-001.md`), so that
 * the file behind a page is always easy to find. Files whose id is itself wrong are left to the
 * id's own check.
 */
export function fileNameProblems(sources: readonly AdvisorySource[]): string[] {
  return sources.flatMap(({ file, frontMatter }) => {
    const id = isRecord(frontMatter) ? frontMatter.id : undefined;
    if (typeof id !== 'string' || !ADVISORY_ID.test(id)) return [];
    const name = file.split(/[\\/]/).at(-1);
    return name === `${id}.md`
      ? []
      : [`${file}: the file of advisory ${id} must be named ${id}.md`];
  });
}

/** What the list of advisories shows of each (the bodies stay on their own pages). */
export type AdvisorySummary = Pick<
  Advisory,
  'id' | 'title' | 'severity' | 'published' | 'updated' | 'cve'
> & { readonly affected: readonly Pick<AffectedBranch, 'branch'>[] };

export function summaryOf(advisory: Advisory): AdvisorySummary {
  const { id, title, severity, published, updated, cve, affected } = advisory;
  return {
    id,
    title,
    severity,
    published,
    affected: affected.map(({ branch }) => ({ branch })),
    ...(updated === undefined ? {} : { updated }),
    ...(cve === undefined ? {} : { cve }),
  };
}

/** What the list can be narrowed to: one severity, one release branch, or both. */
export interface AdvisoryFilter {
  readonly severity?: Severity;
  readonly branch?: string;
}

export function filterAdvisories<T extends AdvisorySummary>(
  advisories: readonly T[],
  { severity, branch }: AdvisoryFilter,
): T[] {
  return advisories.filter(
    (advisory) =>
      (severity === undefined || advisory.severity === severity) &&
      (branch === undefined || advisory.affected.some((entry) => entry.branch === branch)),
  );
}

/** Every branch some advisory affects, newest first: the choices of the release filter. */
export function affectedBranches(advisories: readonly AdvisorySummary[]): string[] {
  const branches = new Set(advisories.flatMap((a) => a.affected.map((entry) => entry.branch)));
  return [...branches].sort((a, b) => compareBranches(b, a));
}

export const isSeverity = (value: unknown): value is Severity =>
  (SEVERITIES as readonly unknown[]).includes(value);

/** What an advisory's page gets from the build. */
export interface AdvisoryPageData {
  readonly advisory: Advisory;
  /** The body, rendered from Markdown at build time (see advisoryMarkdown.ts). */
  readonly html: string;
}
