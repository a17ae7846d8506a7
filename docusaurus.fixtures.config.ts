/**
 * A test build of the site: fixture releases instead of src/data/releases.ts, statuses as of a
 * fixed day, fixture advisories and notices, two report channels, and a sub-path, so browser tests can check status changes, time zones and base URLs.
 * Built into build-fixtures/ by `npm run build:fixtures`; never deployed.
 */
import type { Config } from '@docusaurus/types';

import config from './docusaurus.config';
import { advisoriesSection } from './plugins/advisories';
import { noticeBanner, noticesSection } from './plugins/notices';
import { withReportChannels } from './config/reportChannels';
import { settings } from './config/settings';
import { sitePlugins } from './config/sitePlugins';
import { releases as siteFixtureReleases } from './tests/fixtures/siteReleases';
import { FIXTURE_ADDRESS, FIXTURE_BUILD_DAY } from './tests/fixtures/releases';
import { fixtureReleasesPlugin } from './tests/fixtures/releasesPlugin';
import { fixtureChannelViews } from './tests/fixtures/reportChannels';
import { fixtureSigning } from './tests/fixtures/signing';

// Signed after the build with a key made for it alone, never the team's (tests/fixtures/signing.ts).
const signing = fixtureSigning();

const fixtureAdvisories = advisoriesSection({
  dir: 'tests/fixtures/advisories',
  releases: siteFixtureReleases,
  address: FIXTURE_ADDRESS,
  buildDay: FIXTURE_BUILD_DAY,
  editUrl: settings.editUrl,
  signing,
});

const fixtureNotices = noticesSection({
  dir: 'tests/fixtures/notices',
  releases: siteFixtureReleases,
  address: FIXTURE_ADDRESS,
  buildDay: FIXTURE_BUILD_DAY,
  editUrl: settings.editUrl,
  advisories: fixtureAdvisories.load,
});

// Two report channels of other kinds than the real site's (tests/fixtures/reportChannels.ts).
const withFixtureChannels = withReportChannels(config, fixtureChannelViews);

const fixtureConfig: Config = {
  ...withFixtureChannels,
  url: FIXTURE_ADDRESS.url,
  baseUrl: FIXTURE_ADDRESS.baseUrl,
  customFields: {
    ...withFixtureChannels.customFields,
    buildDay: FIXTURE_BUILD_DAY,
  },
  markdown: {
    ...config.markdown,
    parseFrontMatter: fixtureNotices.parseFrontMatter(fixtureAdvisories.parseFrontMatter),
  },
  // The fixture channels' navbar, with the banner of the fixture notices.
  themeConfig: {
    ...withFixtureChannels.themeConfig,
    announcementBar: noticeBanner(fixtureNotices),
  },
  plugins: [
    // The outputs plugin reads the data in Node, not through webpack: hand it the fixtures.
    ...sitePlugins(siteFixtureReleases, fixtureAdvisories, signing, fixtureNotices),
    fixtureReleasesPlugin,
  ],
};

export default fixtureConfig;
