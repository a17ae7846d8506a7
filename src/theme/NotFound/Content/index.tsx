import Link from '@docusaurus/Link';
import { PageMetadata } from '@docusaurus/theme-common';
import ReportLink from '@site/src/components/ReportLink';
import { routes } from '@site/src/data/site';
import Heading from '@theme/Heading';
import type { ReactNode } from 'react';

/** The 404 page's body: where a lost visitor most likely wanted to go. */
export default function NotFoundContent({ className }: { readonly className?: string }): ReactNode {
  return (
    <main className={`container margin-vert--xl ${className ?? ''}`}>
      {/* The theme sets this title outside the layout, where the site's default title overrides it. */}
      <PageMetadata title="Page not found" />
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">Page not found</Heading>
          <p>
            There is no page at this address. It may have moved when the security policy was
            reorganised, or the link may be mistyped.
          </p>
          <p>You were probably looking for one of these:</p>
          <ul>
            <li>
              <Link to={routes.reporting}>How to report a vulnerability</Link>, or report straight
              away through <ReportLink />
            </li>
            <li>
              <Link to={routes.supportedVersions}>Which Milex releases are supported</Link>
            </li>
            <li>
              <Link to={routes.overview}>The whole security policy</Link>
            </li>
            <li>
              <Link to={routes.home}>The home page</Link>
            </li>
          </ul>
        </div>
      </div>
    </main>
  );
}
