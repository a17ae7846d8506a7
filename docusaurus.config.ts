/**
 * The site: the team's data (src/data/), advisories/, notices/ and the build's settings from the
 * environment. The configuration itself is config/site.ts, which the test build shares.
 */
import type { Config } from '@docusaurus/types';

// First: it stops a build with wrong settings before the plugins below are loaded.
import { settings } from './config/settings';
import { type SiteInput, siteConfig } from './config/site';
import { committedSigning } from './plugins/signing';
import { releases } from './src/data/releases';
import { reportChannels } from './src/lib/site';

// SITE_URL, BASE_URL, BUILD_DAY and the rest, checked before anything is built: config/settings.ts.
const { address, buildDay, securityTxtExpiresDays, editUrl, repository } = settings;

export const siteInput: SiteInput = {
  address,
  buildDay,
  securityTxtExpiresDays,
  editUrl,
  repository,
  releases,
  reportChannels,
  advisoriesDir: 'advisories',
  noticesDir: 'notices',
  // The public keys in openpgp/, which a build the deploy signs afterwards (SIGNED_AFTER_BUILD)
  // publishes, with links to the signatures to come (plugins/signing). The build never signs.
  signing: committedSigning(process.cwd(), { signed: settings.signedAfterBuild }),
};

export default (): Promise<Config> => siteConfig(siteInput);
