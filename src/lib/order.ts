/**
 * Sort orders for the site's data. Plain comparisons rather than `localeCompare`: the strings are
 * ASCII (ISO dates, ids, branch numbers), and a locale-aware comparison loads collation data that
 * costs a phone tens of milliseconds the first time the release table is drawn.
 */

/** By code point: right for ISO dates (`2021-11-29`) and ids (`MILEX-2026-001`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function branchParts(branch: string): [number, number] {
  const [major = '', minor = ''] = branch.split('.');
  return [Number(major), minor === 'x' ? Number.POSITIVE_INFINITY : Number(minor)];
}

/** By number, a whole major line after its minors: `1.2` < `1.10` < `1.x` < `2.0`. */
export function compareBranches(a: string, b: string): number {
  const [aMajor, aMinor] = branchParts(a);
  const [bMajor, bMinor] = branchParts(b);
  return aMajor !== bMajor ? aMajor - bMajor : aMinor === bMinor ? 0 : aMinor < bMinor ? -1 : 1;
}
