/**
 * What the advisories' and the notices' pages share: each item file is a page of a docs plugin
 * instance of its own, whose front matter the section's hook writes from the checked item.
 */
import { basename, dirname, resolve } from 'node:path';

import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import type { HtmlTagObject } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';

import { isItemFile } from '../src/lib/content/folder';

/** What an item page's front matter holds for Docusaurus, besides the checked item itself. */
export interface ItemDocFrontMatter {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly keywords: readonly string[];
  /** The item's own last date, so the page's "Last updated" agrees with its facts box. */
  readonly last_update: { readonly date: string };
  /** Plain Markdown: no JSX, no expressions, whatever `{` or `<` the text holds. */
  readonly mdx: { readonly format: 'md' };
}

/** The name of the item file at `filePath`, when it is one of the folder `dir` of `siteDir`. */
export function itemFileName(siteDir: string, dir: string, filePath: string): string | undefined {
  const name = basename(filePath);
  return resolve(dirname(filePath)) === resolve(siteDir, dir) && isItemFile(name)
    ? name
    : undefined;
}

/** The docs plugin's options for a folder of items: every `.md` file but the README is a page. */
export function itemDocsOptions(
  options: Required<Pick<DocsOptions, 'id' | 'path' | 'routeBasePath' | 'docItemComponent'>> &
    Pick<DocsOptions, 'editUrl' | 'sidebarPath' | 'sidebarItemsGenerator'>,
): DocsOptions {
  return {
    ...options,
    // Every .md file but the README: the checks refuse any other name, rather than skip it.
    include: ['*.md'],
    exclude: ['README.md'],
    // The day comes from the item's own dates (its front matter), not from git.
    showLastUpdateTime: true,
  };
}

/** Where a section's three feeds are published, each under the site's base URL. */
export interface SectionFeeds {
  readonly rss: string;
  readonly atom: string;
  readonly jsonFeed: string;
}

/**
 * The head tags that let feed readers and browsers find a section's feeds from any page, each
 * titled after the section ("Milex security advisories (RSS)").
 */
export function feedHeadTags(baseUrl: string, name: string, feeds: SectionFeeds): HtmlTagObject[] {
  return [
    { path: feeds.rss, type: 'application/rss+xml', title: 'RSS' },
    { path: feeds.atom, type: 'application/atom+xml', title: 'Atom' },
    { path: feeds.jsonFeed, type: 'application/feed+json', title: 'JSON Feed' },
  ].map(({ path, type, title }) => ({
    tagName: 'link',
    attributes: {
      rel: 'alternate',
      type,
      title: `${name} (${title})`,
      href: normalizeUrl([baseUrl, path]),
    },
  }));
}
