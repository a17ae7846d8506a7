/**
 * The list of advisories: what it shows of each, and the filters a reader narrows it with.
 */
import { compareBranches } from '../releases/model';
import type { Advisory, AffectedBranch, Severity } from './model';

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
