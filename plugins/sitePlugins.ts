import type { PluginConfig } from '@docusaurus/types';

import builtPagesPlugin from './builtPages';
import dataValidationPlugin from './dataValidation';
import headTagsPlugin from './headTags';
import leanClientPlugin from './leanClient';
import type { Release } from '../src/lib/releases/model';
import type { AdvisoriesSection } from './advisories';
import { outputsPluginFor } from './outputs';

/**
 * The site's own plugins, in order, for a table of releases and its advisories section: the
 * fixture build (docusaurus.fixtures.config.ts) gives its own.
 */
export function sitePlugins(
  releases: readonly Release[],
  advisories: AdvisoriesSection,
): PluginConfig[] {
  return [
    dataValidationPlugin,
    outputsPluginFor(releases, advisories.load),
    ...advisories.plugins,
    leanClientPlugin,
    headTagsPlugin,
    builtPagesPlugin,
  ];
}
