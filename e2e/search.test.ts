/** Offline search: the index ships with the site, so a query never leaves the visitor's browser. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { advisoryRoute, pageNames, routes, site } from '../src/lib/site';
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
    // Down the list to the reporting page's suggestion (the first is selected as the list opens,
    // and another page may list first, for a word of its description), then Enter.
    const selected = page.locator('[role="option"][aria-selected="true"]');
    const count = await page.getByRole('option').count();
    for (let step = 0; step <= count; step += 1) {
      if (
        ((await selected.count()) > 0 &&
          (await selected.textContent())?.includes(pageNames.reporting)) === true
      )
        break;
      await box.press('ArrowDown');
    }
    expect(await selected.textContent()).toContain(pageNames.reporting);
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

describe('search shows markup as text (fixture build)', () => {
  /** The fixture advisory whose title is written as markup, and the heading of it that is too. */
  const marked = fixtureAdvisories().then((loaded) => {
    const found = loaded.find(({ advisory: a }) => a.title.includes('<'));
    if (found === undefined) throw new Error('no fixture advisory has markup in its title');
    const heading = /^## (.*&lt;.*)$/m.exec(found.markdown)?.[1];
    if (heading === undefined)
      throw new Error(`${found.advisory.id} has no heading written as markup`);
    return { id: found.advisory.id, title: found.advisory.title, heading };
  });

  /** What markup of the fixture would have made, had it run: none of it may be in the page. */
  async function ranMarkup(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      [
        ...document.querySelectorAll('meta[http-equiv="refresh" i], a[href*="evil.example"], u'),
      ].map((element) => element.outerHTML),
    );
  }

  it('lists the title and a heading in the suggestions as the text they are', async () => {
    const { id, title } = await marked;
    const context = await browser.newContext();
    const { page, problems } = await visit(context, fixtureUrl(routes.advisoryList));
    const box = page.locator('input.navbar__search-input');
    // The id finds the advisory's title and text, each shown with the page title; a word of
    // the heading written as markup finds the heading.
    for (const query of [id, 'inset']) {
      await box.fill('');
      await box.pressSequentially(query, { delay: 20 });
      await page.getByRole('option').filter({ hasText: title }).first().waitFor();
      expect(await ranMarkup(page), `searched for "${query}"`).toEqual([]);
    }
    // Time for a refresh to go off, had the title's <meta> been inserted.
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe(new URL(fixtureUrl(routes.advisoryList)).pathname);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("names the search page's tab as every page is named, with and without a query", async () => {
    const { id, title } = await marked;
    const context = await browser.newContext();
    const { page, problems } = await visit(context, fixtureUrl('search'));
    expect(await page.title()).toBe(`Search | ${site.title}`);
    await page.goto(`${fixtureUrl('search')}?q=${encodeURIComponent(id)}`);
    await page.getByRole('link').filter({ hasText: title }).first().waitFor();
    expect(await page.title()).toBe(`Search results for "${id}" | ${site.title}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists them on the search page as the text they are', async () => {
    const { id, title } = await marked;
    const context = await browser.newContext();
    const { page, problems } = await visit(
      context,
      `${fixtureUrl('search')}?q=${encodeURIComponent(id)}`,
    );
    await page.getByRole('link').filter({ hasText: title }).first().waitFor();
    expect(await ranMarkup(page)).toEqual([]);
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe(new URL(fixtureUrl('search')).pathname);
    expect(problems).toEqual([]);
    await context.close();
  });
});
