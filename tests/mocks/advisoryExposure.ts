import type { AdvisoryExposure } from '../../src/lib/advisories/exposure';

/** Stands in for the module plugins/advisories writes at build time; tests pass their own. */
const advisories: readonly AdvisoryExposure[] = [];
export default advisories;
