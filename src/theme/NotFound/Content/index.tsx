import Link from '@docusaurus/Link';
import { PageMetadata } from '@docusaurus/theme-common';
import ReportLink from '@site/src/components/ReportLink';
import { pageNames, routes } from '@site/src/lib/site';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';

/**
 * The 404 page's body: where a lost visitor most likely wanted to go.
 * Docusaurus internal: a theme component, not a documented API (e2e/site.test.ts checks it).
 */
export default function NotFoundContent({ className }: { readonly className?: string }): ReactNode {
  return (
    <main className={`container margin-vert--xl ${className ?? ''}`}>
      {/* The theme sets this title outside the layout, where the site's default title overrides it. */}
      <PageMetadata title="Page not found" />
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">Page not found</Heading>
          <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
          <p>You were probably looking for one of these:</p>
          <ul>
            <li>
              <Link to={routes.reporting}>{pageNames.reporting}</Link>, or report straight away
              through <ReportLink />
            </li>
            <li>
              <Link to={routes.supportedVersions}>{pageNames.supportedVersions}</Link>: which Milex
              releases are supported
            </li>
            <li>
              <Link to={routes.overview}>{pageNames.overview}</Link>: every page of the security
              policy
            </li>
            <li>
              <Link to={routes.home}>{pageNames.home}</Link>: the home page
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
