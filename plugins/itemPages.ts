/**
 * What the advisories' and the notices' pages share: each item file is a page of a docs plugin
 * instance of its own, whose front matter the section's hook writes from the checked item.
 */
import { basename, dirname, resolve } from 'node:path';

import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';

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
