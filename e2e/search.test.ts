/** Offline search: the index ships with the site, so a query never leaves the visitor's browser. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pageNames, routes } from '../src/data/site';
import { launchBrowser, sitemapUrls, siteUrl, visit } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** The words of a page's article (long ones only: the search stems and drops short words). */
async function articleWords(url: string): Promise<Set<string>> {
  const html = await (await fetch(url)).text();
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
