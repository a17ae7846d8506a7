/**
 * The theme's DocRoot, rendering only the doc route the location matches. The theme's
 * (useDocRootMetadata) tries every route of the docs instance in turn, then hands them all to a
 * Switch that looks again, building an element for each: on the advisories' instance, a thousand
 * advisories made every advisory page's render cost grow with their number. Here the route is
 * looked up by its path, and the Switch gets only it; the Switch picks the first route that
 * matches, which is the one found, so what is drawn is the same. (Its one route has the key 0
 * on every page; moving between pages still draws each afresh, since each route's component is
 * its own.)
 * A copy of the theme's component (3.10), which relies on the docs plugin's route config (a
 * route's `routes`, and `sidebar` on each doc route): tests/themeCopies.test.ts checks that the
 * theme's still reads them so.
 */
import renderRoutes from '@docusaurus/renderRoutes';
import { matchPath, useLocation } from '@docusaurus/router';
import { DocsSidebarProvider, useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import { HtmlClassNameProvider, ThemeClassNames } from '@docusaurus/theme-common';
import type { Props } from '@theme/DocRoot';
import DocRootLayout from '@theme/DocRoot/Layout';
import NotFoundContent from '@theme/NotFound/Content';
import type { ReactNode } from 'react';
import type { RouteConfig } from 'react-router-config';

/** A path as matchPath compares a literal one (not case-sensitive, nor strict): a final slash aside. */
const pathKey = (path: string): string => path.replace(/\/$/, '').toLowerCase();

/**
 * Each list of doc routes by path, the first route of a path kept; none unless every route is an
 * exact literal path (as the docs plugin writes them), which matches only its own path.
 */
const routesByPath = new WeakMap<readonly RouteConfig[], Map<string, RouteConfig> | null>();

function indexOf(routes: readonly RouteConfig[]): Map<string, RouteConfig> | null {
  const known = routesByPath.get(routes);
  if (known !== undefined) return known;
  const literal = routes.every(
    (route) =>
      route.exact === true &&
      typeof route.path === 'string' &&
      // ASCII only: toLowerCase and matchPath's case-blind match fold a few other letters apart.
      /^[\x20-\x7e]*$/.test(route.path) &&
      !/[:*?+()[\]{}\\]/.test(route.path),
  );
  const index = literal ? new Map<string, RouteConfig>() : null;
  for (const route of literal ? routes : []) {
    const key = pathKey(route.path as string);
    if (!index?.has(key)) index?.set(key, route);
  }
  routesByPath.set(routes, index);
  return index;
}

/** The first of `routes` that matches `pathname`, as the theme's walk finds it. */
function docRouteAt(routes: readonly RouteConfig[], pathname: string): RouteConfig | undefined {
  const found = indexOf(routes)?.get(pathKey(pathname));
  if (found !== undefined && matchPath(pathname, found) !== null) return found;
  return routes.find((candidate) => matchPath(pathname, candidate) !== null);
}

export default function DocRoot({ route }: Props): ReactNode {
  const { pathname } = useLocation();
  const { docsSidebars } = useDocsVersion();
  const docRoute = docRouteAt(route.routes ?? [], pathname);
  // Only the not-found content: the layout around it is the page's already.
  if (docRoute === undefined) return <NotFoundContent />;
  const sidebarName = typeof docRoute.sidebar === 'string' ? docRoute.sidebar : undefined;
  return (
    <HtmlClassNameProvider className={ThemeClassNames.page.docsDocPage}>
      <DocsSidebarProvider
        name={sidebarName}
        items={sidebarName === undefined ? undefined : docsSidebars[sidebarName]}
      >
        <DocRootLayout>{renderRoutes([docRoute])}</DocRootLayout>
      </DocsSidebarProvider>
    </HtmlClassNameProvider>
  );
}
