import siteReleases from '@milex/releases';
import type { Release } from '@site/src/lib/releases/model';

import { useBuildDay } from './useToday';

/** A table of releases and a day, each the build's unless given (tests, another page's example). */
export interface TableOn {
  readonly releases?: readonly Release[];
  readonly day?: string;
}

/** The table the build was given and its build day, unless `given` names others. */
export function useTableOn(given: TableOn): { releases: readonly Release[]; day: string } {
  const buildDay = useBuildDay();
  return { releases: given.releases ?? siteReleases, day: given.day ?? buildDay };
}
