import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { absoluteUrl } from '@site/src/lib/formats/urls';
import type { ReactNode } from 'react';

/**
 * The full address of a file the build writes (a feed, security.txt), shown and linked, so the page
 * gives the URL to copy for whatever SITE_URL and BASE_URL the site was built with.
 */
export default function SiteFileLink({
  path,
}: {
  /** The file's path relative to the site's base URL, e.g. `/releases.ics`. */
  readonly path: string;
}): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const href = absoluteUrl({ url: siteConfig.url, baseUrl: siteConfig.baseUrl }, path);
  return (
    <a href={href}>
      <code>{href}</code>
    </a>
  );
}
