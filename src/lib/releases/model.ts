/**
 * The supported-versions table as data: the shape of a row of src/data/releases.ts (the data file
 * imports it, so `tsc` catches a misspelt field before the build's own checks do), what a branch
 * name means, and the order the site shows rows in.
 */

/** A calendar day in UTC, written `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

export interface Release {
  /** A minor release such as `'1.0'`, or a whole major line such as `'4.x'`. */
  readonly branch: string;
  /** First beta; some releases have none. */
  readonly betaRelease?: IsoDate;
  readonly initialRelease: IsoDate;
  /** Last day (inclusive) of active support. */
  readonly activeSupportUntil: IsoDate;
  /** Last day (inclusive) of security support: the release receives security advisories. */
  readonly securitySupportUntil: IsoDate;
  /** A fact about this release only; shown as a footnote of its row. */
  readonly note?: string;
}

export type Status = 'planned' | 'beta' | 'active' | 'security' | 'eol';

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  planned: 'Planned',
  beta: 'Beta',
  active: 'Active support',
  security: 'Security support only',
  eol: 'End of life',
};

export const isSupported = (status: Status): boolean =>
  status === 'active' || status === 'security';

/** `1.0`, `10.12` (a minor release) or `4.x` (a whole major line). Also used by the JSON schema. */
export const BRANCH_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*|x)$/;

/** A branch's numbers: `{ major: 4, minor: 2 }` for `4.2`, `{ major: 4 }` for the line `4.x`. */
export interface BranchNumbers {
  readonly major: number;
  readonly minor?: number;
}

/** The numbers of a branch name of BRANCH_PATTERN's form. */
export function branchNumbers(branch: string): BranchNumbers {
  const [major = '', minor = ''] = branch.split('.');
  return minor === 'x' ? { major: Number(major) } : { major: Number(major), minor: Number(minor) };
}

/** True for a whole major line such as `4.x`. */
export const isLine = (branch: string): boolean => branch.endsWith('.x');

/** By number, a whole major line after its minors: `1.2` < `1.10` < `1.x` < `2.0`. */
export function compareBranches(a: string, b: string): number {
  const [x, y] = [branchNumbers(a), branchNumbers(b)];
  if (x.major !== y.major) return x.major - y.major;
  const [xm, ym] = [x.minor ?? Number.POSITIVE_INFINITY, y.minor ?? Number.POSITIVE_INFINITY];
  return xm === ym ? 0 : xm < ym ? -1 : 1;
}

/**
 * Newest first, as the table shows them: by major version, each line (`2.x`) above its own minor
 * releases, and those by number (`2.x`, `1.x`, `1.2`, `1.1`, `1.0`).
 */
export function newestFirst<T extends { readonly branch: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareBranches(b.branch, a.branch));
}
