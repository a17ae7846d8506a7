/** Stand-in for @docusaurus/useDocusaurusContext with the fields the site reads. */
import type { ChannelView } from '../../src/lib/site/reportChannels';
import { fixtureChannelViews } from '../fixtures/reportChannels';

export const BUILD_DAY = '2022-10-01';
export const SITE_URL = 'https://fixtures.example';
export const BASE_URL = '/security/';

export default function useDocusaurusContext(): {
  siteConfig: {
    url: string;
    baseUrl: string;
    customFields: { buildDay: string; reportChannels: readonly ChannelView[] };
  };
} {
  return {
    siteConfig: {
      url: SITE_URL,
      baseUrl: BASE_URL,
      customFields: { buildDay: BUILD_DAY, reportChannels: fixtureChannelViews },
    },
  };
}
