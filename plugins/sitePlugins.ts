import type { PluginConfig } from '@docusaurus/types';

import builtPagesPlugin from './builtPages';
import dataValidationPlugin from './dataValidation';
import headTagsPlugin from './headTags';
import leanClientPlugin from './leanClient';
import type { Release } from '../src/lib/releases/model';
import type { AdvisoriesSection } from './advisories';
import type { NoticesSection } from './notices';
import { outputsPluginFor } from './outputs';
import { type SigningSource, signingPluginFor } from './signing';

/**
 * The site's own plugins, in order, for a table of releases, its advisories section, its
 * signing and its notices section: the fixture build (docusaurus.fixtures.config.ts) gives its own.
 */
export function sitePlugins(
  releases: readonly Release[],
  advisories: AdvisoriesSection,
  signing: SigningSource,
  notices: NoticesSection,
): PluginConfig[] {
  return [
    dataValidationPlugin,
    signingPluginFor(signing),
    outputsPluginFor(releases, advisories.load, notices.load),
    ...advisories.plugins,
    ...notices.plugins,
    leanClientPlugin,
    headTagsPlugin,
    builtPagesPlugin,
  ];
}
