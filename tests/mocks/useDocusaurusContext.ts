/** Stand-in for @docusaurus/useDocusaurusContext with the fields the site reads. */
export const BUILD_DAY = '2022-10-01';

export default function useDocusaurusContext(): {
  siteConfig: { customFields: { buildDay: string } };
} {
  return { siteConfig: { customFields: { buildDay: BUILD_DAY } } };
}
