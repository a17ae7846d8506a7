/**
 * Which published advisories affect a version or a release branch, and from which version of the
 * branch on none does: what the version checker and the versions JSON say of the advisories. It
 * reads only the affected ranges worked out when each advisory was checked (range.ts).
 */
import { branchNumbers } from '../releases/model';
import { compareVersions, fullVersion, type Version } from '../releases/versions';
import type { Advisory, AffectedRange } from './model';
import { rangeHolds } from './range';

/** What the checker needs of an advisory: small enough to ship with the checker's page. */
export type AdvisoryExposure = Pick<
  Advisory,
  'id' | 'title' | 'severity' | 'published' | 'fixedIn'
> & {
  readonly affected: readonly { readonly branch: string; readonly range: AffectedRange }[];
};

export function exposureOf(advisory: Advisory): AdvisoryExposure {
  const { id, title, severity, published, fixedIn, affected } = advisory;
  return {
    id,
    title,
    severity,
    published,
    fixedIn,
    affected: affected.map(({ branch, range }) => ({ branch, range })),
  };
}

const version = (text: string): Version => {
  const parsed = fullVersion(text);
  if (parsed === undefined) throw new RangeError(`Not a full version: ${JSON.stringify(text)}`);
  return parsed;
};

/** The published advisories one of whose ranges holds `v`, in the order given (newest first). */
export function advisoriesAffecting<A extends AdvisoryExposure>(
  advisories: readonly A[],
  v: Version,
): A[] {
  return advisories.filter((a) => a.affected.some(({ range }) => rangeHolds(range, v)));
}

/** A branch's versions: from its `.0` release up to (not including) the next branch's. */
export function branchBounds(branch: string): { readonly from: Version; readonly below: Version } {
  const { major, minor } = branchNumbers(branch);
  return minor === undefined
    ? { from: version(`${String(major)}.0.0`), below: version(`${String(major + 1)}.0.0`) }
    : {
        from: version(`${String(major)}.${String(minor)}.0`),
        below: version(`${String(major)}.${String(minor + 1)}.0`),
      };
}

/** True when the range holds some version of the branch. */
function touches(range: AffectedRange, branch: string): boolean {
  const { from, below } = branchBounds(branch);
  if (compareVersions(version(range.introduced), below) >= 0) return false;
  return range.fixed !== undefined
    ? compareVersions(version(range.fixed), from) > 0
    : compareVersions(version(range.lastAffected ?? range.introduced), from) >= 0;
}

export interface BranchExposure {
  /** The advisories that affect some version of the branch. */
  readonly advisories: readonly AdvisoryExposure[];
  /**
   * The lowest version of the branch from which on no published advisory affects it: its `.0`
   * release when none does, or the highest fix among them. Undefined when one of them has no fix
   * on the branch (the branch's versions after the last affected one are not known to exist).
   */
  readonly unaffectedFrom?: string;
}

/** What the published advisories say of a release branch (`1.2`, or a whole line `1.x`). */
export function branchExposure(
  advisories: readonly AdvisoryExposure[],
  branch: string,
): BranchExposure {
  const { from, below } = branchBounds(branch);
  const affecting = advisories.filter((a) => a.affected.some(({ range }) => touches(range, branch)));
  const ranges = affecting.flatMap((a) => a.affected.map(({ range }) => range)).filter((r) => touches(r, branch));
  let lowest = from;
  for (const range of ranges) {
    if (range.fixed === undefined) continue;
    const fixed = version(range.fixed);
    // Fixed only in a later branch: no version of this one is free of it.
    if (compareVersions(fixed, below) >= 0) return { advisories: affecting };
    if (compareVersions(fixed, lowest) > 0) lowest = fixed;
  }
  const unfixed = ranges.some(
    (range) =>
      range.fixed === undefined &&
      compareVersions(version(range.lastAffected ?? range.introduced), lowest) >= 0,
  );
  return unfixed ? { advisories: affecting } : { advisories: affecting, unaffectedFrom: lowest.text };
}
