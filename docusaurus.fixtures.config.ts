/**
 * A test build of the site: fixture releases instead of src/data/releases.ts, statuses as of a
 * fixed day, fixture advisories and notices, two report channels, and a sub-path, so browser
 * tests can check status changes, time zones and base URLs. The same configuration as the site's
 * (config/site.ts), from another input. Built into build-fixtures/ by `npm run build:fixtures`;
 * never deployed.
 */
import type { Config } from '@docusaurus/types';

import { siteInput } from './docusaurus.config';
import { type SiteInput, siteConfig } from './config/site';
import { releases } from './tests/fixtures/siteReleases';
import { FIXTURE_ADDRESS, FIXTURE_BUILD_DAY } from './tests/fixtures/releases';
import { fixtureChannelViews } from './tests/fixtures/reportChannels';
import { fixtureSigning } from './tests/fixtures/signing';

export const fixtureSiteInput: SiteInput = {
  ...siteInput,
  address: FIXTURE_ADDRESS,
  buildDay: FIXTURE_BUILD_DAY,
  releases,
  // Two report channels of other kinds than the real site's (tests/fixtures/reportChannels.ts).
  reportChannels: fixtureChannelViews,
  advisoriesDir: 'tests/fixtures/advisories',
  noticesDir: 'tests/fixtures/notices',
  // Signed after the build with a key made for it alone, never the team's (tests/fixtures/signing.ts).
  signing: fixtureSigning(),
};

export default (): Promise<Config> => siteConfig(fixtureSiteInput);
