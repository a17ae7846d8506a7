/** SECURITY.md as the data in src/data/ says it should read today. Shared by the CLI and its test. */
import { releases } from '../src/data/releases';
import { routes, site } from '../src/data/site';
import { securityMarkdown } from '../src/lib/securityMd';
import { absoluteUrl } from '../src/lib/siteConfig';

/** The file lives in the code repository, so it links to the public site, not a preview build. */
const publicSite = { url: site.defaultUrl, baseUrl: site.defaultBaseUrl };

export const SECURITY_MD_PATH = 'SECURITY.md';

export function securityMdFromData(): string {
  const page = (path: string): string => absoluteUrl(publicSite, path);
  return securityMarkdown({
    releases,
    reportChannel: site.reportChannel,
    pages: {
      home: page(routes.home),
      scope: page(routes.scope),
      reporting: page(routes.reporting),
      supportedVersions: page(routes.supportedVersions),
      disclosure: page(routes.disclosure),
      advisories: page(routes.advisoryList),
    },
  });
}
