/**
 * Modules the build writes for the pages that need them (webpack aliases set by the site's
 * plugins), so that their data ships only with those pages.
 */
declare module '@milex/advisory-exposure' {
  import type { AdvisoryExposure } from '@site/src/lib/advisories/exposure';

  /** The published advisories, newest first: plugins/advisories writes it. */
  const advisories: readonly AdvisoryExposure[];
  export default advisories;
}

declare module '@milex/releases' {
  import type { Release } from '@site/src/lib/releases/model';

  /** The table of supported versions the build was given: plugins/releases writes it. */
  const releases: readonly Release[];
  export default releases;
}
