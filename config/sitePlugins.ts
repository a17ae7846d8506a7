import type { PluginConfig } from '@docusaurus/types';

import builtPagesPlugin from '../plugins/builtPages';
import dataValidationPlugin from '../plugins/dataValidation';
import headTagsPlugin from '../plugins/headTags';
import leanClientPlugin from '../plugins/leanClient';
import type { AdvisoriesSection } from '../plugins/advisories';
import type { NoticesSection } from '../plugins/notices';
import { outputsPluginFor } from '../plugins/outputs';
import { releasesPluginFor } from '../plugins/releases';
import { signingPluginFor } from '../plugins/signing';
import type { SiteInput } from './site';

/** The site's own plugins, in order, for one input and its advisories and notices sections. */
export function sitePlugins(
  input: SiteInput,
  advisories: AdvisoriesSection,
  notices: NoticesSection,
): PluginConfig[] {
  return [
    dataValidationPlugin,
    signingPluginFor(input.signing),
    releasesPluginFor(input.releases),
    outputsPluginFor({ ...input, advisories: advisories.load, notices: notices.load }),
    ...advisories.plugins,
    ...notices.plugins,
    leanClientPlugin,
    headTagsPlugin,
    builtPagesPlugin,
  ];
}
