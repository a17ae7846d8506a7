/**
 * The search plugin's page, with a tab title in the site's form ("… | Milex Security"): the plugin
 * (@easyops-cn/docusaurus-search-local 0.55.3) sets its own <title>, without the site's name. A
 * later <Head> wins, so this one, rendered after the page, names it as every other page is named
 * (e2e/search.test.ts checks it).
 */
import Head from '@docusaurus/Head';
import { useLocation } from '@docusaurus/router';
import { site } from '@site/src/lib/site';
import SearchPage from '@theme-original/SearchPage';
import type { ReactNode } from 'react';

export default function SearchPageWithTitle(): ReactNode {
  const query = new URLSearchParams(useLocation().search).get('q') ?? '';
  const title = query === '' ? 'Search' : `Search results for "${query}"`;
  return (
    <>
      <SearchPage />
      <Head>
        <title>{`${title} | ${site.title}`}</title>
      </Head>
    </>
  );
}
