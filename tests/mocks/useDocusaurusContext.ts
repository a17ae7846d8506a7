/** Stand-in for @docusaurus/useDocusaurusContext with the fields the site reads: the fixture build's. */
import type { CustomFields } from '../../src/lib/formats/customFields';
import { fixtureChannelViews } from '../fixtures/reportChannels';

export const BUILD_DAY = '2022-10-01';
export const SITE_URL = 'https://fixtures.example';
export const BASE_URL = '/security/';

export default function useDocusaurusContext(): {
  siteConfig: { url: string; baseUrl: string; customFields: CustomFields };
} {
  return {
    siteConfig: {
      url: SITE_URL,
      baseUrl: BASE_URL,
      customFields: { buildDay: BUILD_DAY, reportChannels: fixtureChannelViews, signed: true },
    },
  };
}
