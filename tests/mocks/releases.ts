import type { Release } from '../../src/lib/releases/model';

/** Stands in for the module plugins/releases writes at build time; tests pass their own. */
const releases: readonly Release[] = [];
export default releases;
