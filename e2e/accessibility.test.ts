/**
 * axe-core on every page, in both colour schemes and at desktop and phone widths: zero violations
 * of WCAG 2.0, 2.1 and 2.2 A and AA. The fixture build's supported-versions page is included
 * because it shows every status and the folded older releases, and its advisory list and one
 * advisory page because the real build may have no advisory.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { advisoryRoute, routes } from '../src/data/site';
import { fixtureUrl, launchBrowser, sitemapUrls, siteUrl, visit } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const settings = [
  { name: 'light, desktop', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'dark, desktop', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: 'light, phone', colorScheme: 'light', viewport: { width: 360, height: 740 } },
  { name: 'dark, phone', colorScheme: 'dark', viewport: { width: 360, height: 740 } },
] as const;

let browser: Browser;
let pages: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  pages = [
    ...(await sitemapUrls()),
    siteUrl('/search'),
    siteUrl('/no-such-page'),
    fixtureUrl(routes.supportedVersions),
    fixtureUrl(routes.advisoryList),
    fixtureUrl(advisoryRoute('MILEX-2022-001')),
  ];
});

afterAll(async () => {
  await browser.close();
});

describe.each(settings)('axe, $name', ({ colorScheme, viewport }) => {
  it('finds no WCAG A or AA violation on any page', async () => {
    const context = await browser.newContext({ colorScheme, viewport });
    const found: string[] = [];
    try {
      for (const url of pages) {
        const { page } = await visit(context, url);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        for (const violation of results.violations) {
          const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
          found.push(`${url}: ${violation.id} (${violation.help}) at ${targets.join(', ')}`);
        }
        await page.close();
      }
    } finally {
      await context.close();
    }
    expect(found).toEqual([]);
  }, 300_000);
});
