/** Offline search: the index ships with the site, so a query never leaves the visitor's browser. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pageNames, routes } from '../src/data/site';
import { launchBrowser, siteUrl, visit } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('search', () => {
  it('finds the reporting page from a word on it, with the keyboard, and makes no outside request', async () => {
    const context = await browser.newContext();
    const { page, problems } = await visit(context, siteUrl(routes.overview));
    const box = page.locator('input.navbar__search-input');
    await box.click();
    // "proof-of-concept" appears only on the reporting page.
    await box.pressSequentially('proof-of-concept', { delay: 20 });
    const suggestion = page.getByRole('option').filter({ hasText: pageNames.reporting });
    await suggestion.first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(siteUrl(routes.reporting)).pathname);
    expect(await page.locator('h1').textContent()).toBe(pageNames.reporting);
    expect(problems).toEqual([]);
    await context.close();
  });
});
