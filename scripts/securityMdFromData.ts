/** SECURITY.md as the data in src/data/ says it should read today. Shared by the CLI and its test. */
import { releases } from '../src/data/releases';
import { pageNames, reportChannels, routes, site } from '../src/data/site';
import { securityMarkdown } from '../src/lib/outputs/securityMd';
import { absoluteUrl } from '../src/lib/formats/urls';

/** The file lives in the code repository, so it links to the public site, not a preview build. */
const publicSite = { url: site.defaultUrl, baseUrl: site.defaultBaseUrl };

export const SECURITY_MD_PATH = 'SECURITY.md';

export function securityMdFromData(): string {
  const page = (name: keyof typeof routes) => ({
    url: absoluteUrl(publicSite, routes[name]),
    name: pageNames[name],
  });
  return securityMarkdown({
    releases,
    reportChannels,
    pages: {
      home: page('home'),
      scope: page('scope'),
      reporting: page('reporting'),
      supportedVersions: page('supportedVersions'),
      disclosure: page('disclosure'),
      advisoryList: page('advisoryList'),
      announcements: page('announcements'),
    },
  });
}
