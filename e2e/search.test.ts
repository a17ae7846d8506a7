/** Offline search: the index ships with the site, so a query never leaves the visitor's browser. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { advisoryRoute, pageNames, routes } from '../src/data/site';
import { fixtureAdvisories } from '../tests/fixtures/advisories';
import { fixtureUrl, get, launchBrowser, sitemapUrls, siteUrl, visit } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** The words of a page's article (long ones only: the search stems and drops short words). */
async function articleWords(url: string): Promise<Set<string>> {
  const html = await (await get(url)).text();
  const article = /<article[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
  const text = article.replace(/<[^>]+>/g, ' ').toLowerCase();
  return new Set(text.match(/\b[a-z]{9,}\b/g) ?? []);
}

/**
 * A word of the reporting page that no other page has, nor anything that starts like it, so the
 * search can only find that page. Read from the built pages, so editing the policy never breaks
 * the test (it fails only if the page has no word of its own at all).
 */
async function wordOnlyOnReportingPage(): Promise<string> {
  const reporting = siteUrl(routes.reporting);
  const others = new Set<string>();
  for (const url of await sitemapUrls()) {
    if (url !== reporting) for (const word of await articleWords(url)) others.add(word);
  }
  const stemOf = (word: string): string => word.slice(0, 6);
  const otherStems = new Set([...others].map(stemOf));
  const word = [...(await articleWords(reporting))].find((w) => !otherStems.has(stemOf(w)));
  if (word === undefined) throw new Error('the reporting page has no word of its own to search');
  return word;
}

describe('search', () => {
  it('finds the reporting page from a word on it, with the keyboard, and makes no outside request', async () => {
    const word = await wordOnlyOnReportingPage();
    const context = await browser.newContext();
    const { page, problems } = await visit(context, siteUrl(routes.overview));
    const box = page.locator('input.navbar__search-input');
    await box.click();
    await box.pressSequentially(word, { delay: 20 });
    const suggestion = page.getByRole('option').filter({ hasText: pageNames.reporting });
    await suggestion.first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(siteUrl(routes.reporting)).pathname);
    expect(await page.locator('h1').textContent(), `searched for "${word}"`).toBe(
      pageNames.reporting,
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('search (fixture build)', () => {
  /** A fixture advisory with a CVE id, and what a reader may search it by. */
  const advisory = fixtureAdvisories().then((loaded) => {
    const found = loaded.find(({ advisory: a }) => (a.cve ?? []).length > 0)?.advisory;
    if (found === undefined) throw new Error('no fixture advisory has a CVE id');
    return found;
  });
  const queries = {
    id: async () => (await advisory).id,
    'CVE id': async () => (await advisory).cve?.[0] ?? '',
    // The title's longest word: the search stems and drops short words.
    'word of its title': async () =>
      (await advisory).title.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a)),
  };

  it.each(Object.keys(queries) as (keyof typeof queries)[])(
    'finds an advisory by its %s, and opens its page',
    async (kind) => {
      const { id, title } = await advisory;
      const query = await queries[kind]();
      const context = await browser.newContext();
      const { page, problems } = await visit(context, fixtureUrl(routes.advisoryList));
      const box = page.locator('input.navbar__search-input');
      await box.click();
      await box.pressSequentially(query, { delay: 20 });
      const suggestion = page.getByRole('option').filter({ hasText: title });
      await suggestion.first().waitFor();
      await suggestion.first().click();
      await page.waitForURL(
        (url) => url.pathname === new URL(fixtureUrl(advisoryRoute(id))).pathname,
      );
      // The page is drawn in the browser after the address changes.
      await page.locator('h1').filter({ hasText: title }).waitFor();
      expect(await page.locator('h1').textContent(), `searched for "${query}"`).toBe(title);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
