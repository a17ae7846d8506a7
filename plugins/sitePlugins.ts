import type { PluginConfig } from '@docusaurus/types';

import builtPagesPlugin from './builtPages';
import dataValidationPlugin from './dataValidation';
import headTagsPlugin from './headTags';
import leanClientPlugin from './leanClient';
import type { Release } from '../src/lib/releases/model';
import type { AdvisoriesSection } from './advisories';
import { outputsPluginFor } from './outputs';
import { type SigningSource, signingPluginFor } from './signing';

/**
 * The site's own plugins, in order, for a table of releases, its advisories section and its
 * signing: the fixture build (docusaurus.fixtures.config.ts) gives its own.
 */
export function sitePlugins(
  releases: readonly Release[],
  advisories: AdvisoriesSection,
  signing: SigningSource,
): PluginConfig[] {
  return [
    dataValidationPlugin,
    signingPluginFor(signing),
    outputsPluginFor(releases, advisories.load, signing),
    ...advisories.plugins,
    leanClientPlugin,
    headTagsPlugin,
    builtPagesPlugin,
  ];
}
