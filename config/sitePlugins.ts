import type { PluginConfig } from '@docusaurus/types';

import builtPagesPlugin from '../plugins/builtPages';
import dataValidationPlugin from '../plugins/dataValidation';
import headTagsPlugin from '../plugins/headTags';
import leanClientPlugin from '../plugins/leanClient';
import type { Release } from '../src/lib/releases/model';
import type { AdvisoriesSection } from '../plugins/advisories';
import type { NoticesSection } from '../plugins/notices';
import { outputsPluginFor } from '../plugins/outputs';
import { type SigningSource, signingPluginFor } from '../plugins/signing';

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
