/**
 * A test build of the site: fixture releases instead of src/data/releases.ts, statuses as of a
 * fixed day, fixture advisories, and a sub-path, so browser tests can check status changes, time zones and base URLs.
 * Built into build-fixtures/ by `npm run build:fixtures`; never deployed.
 */
import { resolve } from 'node:path';

import type { Config, Plugin } from '@docusaurus/types';

import config from './docusaurus.config';
import advisoriesPlugin, { advisoriesPluginFor } from './plugins/advisories';
import outputsPlugin, { outputsPluginFor } from './plugins/outputs';
import { releases as siteFixtureReleases } from './tests/fixtures/site-releases';
import { FIXTURE_ADDRESS, FIXTURE_BUILD_DAY } from './tests/fixtures/releases';

function fixtureReleasesPlugin(): Plugin {
  return {
    name: 'fixture-releases',
    configureWebpack() {
      // Pages import '@site/src/data/releases'; point that module at the fixtures.
      return {
        resolve: {
          alias: {
            [`${resolve('src/data/releases')}$`]: resolve('tests/fixtures/site-releases.ts'),
          },
        },
      };
    },
  };
}

const fixtureConfig: Config = {
  ...config,
  url: FIXTURE_ADDRESS.url,
  baseUrl: FIXTURE_ADDRESS.baseUrl,
  customFields: { ...config.customFields, buildDay: FIXTURE_BUILD_DAY },
  plugins: [
    // The outputs plugin reads the data in Node, not through webpack: hand it the fixtures.
    ...(config.plugins ?? []).map((plugin) => {
      if (plugin === outputsPlugin) return outputsPluginFor(siteFixtureReleases);
      if (plugin === advisoriesPlugin) {
        return advisoriesPluginFor({
          dir: 'tests/fixtures/advisories',
          releases: siteFixtureReleases,
        });
      }
      return plugin;
    }),
    fixtureReleasesPlugin,
  ],
};

export default fixtureConfig;
