/** SECURITY.md as the data in src/data/ says it should read today. Shared by the CLI and its test. */
import { releases } from '../src/data/releases';
import { pageNames, reportChannels, routes, site } from '../src/lib/site';
import { securityMarkdown } from '../src/lib/outputs/securityMd';
import { absoluteUrl } from '../src/lib/formats/urls';
import { orThrow } from '../src/lib/formats/problems';
import { SITE_FILE, validateSite } from '../src/lib/site/validate';

/** The file lives in the code repository, so it links to the public site, not a preview build. */
const publicSite = { url: site.defaultUrl, baseUrl: site.defaultBaseUrl };

export const SECURITY_MD_PATH = 'SECURITY.md';

/** SECURITY.md from src/data/, or one error naming every problem with site.ts: never from data the build would refuse. */
export function securityMdFromData(): string {
  orThrow(SITE_FILE, validateSite(site));
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
      handling: page('handling'),
      advisoryList: page('advisoryList'),
      advisoryPolicy: page('advisories'),
      announcements: page('announcements'),
    },
  });
}
