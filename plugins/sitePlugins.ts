import type { PluginConfig } from '@docusaurus/types';

import builtPagesPlugin from './built-pages';
import dataValidationPlugin from './data-validation';
import headTagsPlugin from './head-tags';
import leanClientPlugin from './lean-client';
import outputsPlugin from './outputs';

/**
 * The site's own plugins, in order, with the advisories section and the outputs plugin given: the
 * fixture build (docusaurus.fixtures.config.ts) gives its own.
 */
export function sitePlugins(
  advisoriesPlugins: readonly PluginConfig[],
  outputs: PluginConfig = outputsPlugin,
): PluginConfig[] {
  return [
    dataValidationPlugin,
    outputs,
    ...advisoriesPlugins,
    leanClientPlugin,
    headTagsPlugin,
    builtPagesPlugin,
  ];
}
