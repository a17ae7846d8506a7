/**
 * One name per page: a doc's front-matter title is the name that site.ts gives its route, which
 * the navbar, the footer, the home page, the components and SECURITY.md use as link text.
 * (The browser tests check the built site as a whole: every link against the page it opens.)
 */
import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { pageNames, routes } from '../src/lib/site';

interface FrontMatter {
  readonly slug?: string;
  readonly title?: string;
  readonly sidebar_label?: string;
}

const docs = readdirSync('docs')
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => {
    const text = readFileSync(`docs/${file}`, 'utf8');
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    return { file: `docs/${file}`, ...(parseYaml(frontMatter) as FrontMatter) };
  });

const pageOf = (slug: string | undefined): keyof typeof routes | undefined =>
  (Object.keys(routes) as (keyof typeof routes)[]).find((page) => routes[page] === slug);

describe('page names', () => {
  it.each(docs)('$file is titled with the name site.ts gives its page', (doc) => {
    const page = pageOf(doc.slug);
    expect(
      page,
      `${doc.file}: slug ${String(doc.slug)} is not in routes (src/lib/site/pages.ts)`,
    ).toBeDefined();
    if (page === undefined) return;
    expect(doc.title, `${doc.file}: title`).toBe(pageNames[page]);
    // The sidebar shows the title; a label of its own would give the page a second name.
    expect(doc.sidebar_label, `${doc.file}: sidebar_label`).toBeUndefined();
  });

  it('has a doc for every route but the home page and the advisory list, which are React pages', () => {
    const slugs = docs.map((doc) => doc.slug);
    const pages = (Object.keys(routes) as (keyof typeof routes)[]).filter(
      (page) => page !== 'home' && page !== 'advisoryList',
    );
    for (const page of pages) expect(slugs, page).toContain(routes[page]);
  });

  it('gives no two pages the same name', () => {
    const names = Object.values(pageNames);
    expect(new Set(names).size).toBe(names.length);
  });
});
