/** Stand-in for @docusaurus/useDocusaurusContext with the fields the site reads. */
export const BUILD_DAY = '2022-10-01';
export const SITE_URL = 'https://fixtures.example';
export const BASE_URL = '/security/';

export default function useDocusaurusContext(): {
  siteConfig: { url: string; baseUrl: string; customFields: { buildDay: string } };
} {
  return {
    siteConfig: { url: SITE_URL, baseUrl: BASE_URL, customFields: { buildDay: BUILD_DAY } },
  };
}
