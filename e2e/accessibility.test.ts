/**
 * axe-core on every page, in both colour schemes and at desktop and phone widths: zero violations
 * of WCAG 2.0, 2.1 and 2.2 A and AA. The fixture build's supported-versions page is included
 * because it shows every status and the folded older releases, and its advisory list and one
 * advisory page because the real build may have no advisory.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { advisoryRoute, routes } from '../src/data/site';
import { fixtureUrl, launchBrowser, sitemapPaths, siteUrl, visit } from './browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Each page is opened once, then checked in each setting: colour scheme and width change in place.
 * Every rule runs at each width, where the layout (and what is shown) differs; in the dark scheme
 * only colours change, so there the rules about colour run again.
 */
const settings = [
  {
    name: 'light, desktop',
    colorScheme: 'light',
    viewport: { width: 1280, height: 800 },
    all: true,
  },
  {
    name: 'dark, desktop',
    colorScheme: 'dark',
    viewport: { width: 1280, height: 800 },
    all: false,
  },
  { name: 'dark, phone', colorScheme: 'dark', viewport: { width: 360, height: 740 }, all: false },
  { name: 'light, phone', colorScheme: 'light', viewport: { width: 360, height: 740 }, all: true },
] as const;

/** The axe rules whose outcome depends on colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The pages, one test each: the real build's sitemap, its search and 404 pages, and fixture pages. */
const pages: readonly (readonly [string, () => string])[] = [
  ...sitemapPaths().map((path) => [path, () => siteUrl(path)] as const),
  ['/search', () => siteUrl('/search')],
  ['/no-such-page (404)', () => siteUrl('/no-such-page')],
  ...[routes.supportedVersions, routes.advisoryList, advisoryRoute('MILEX-2022-001')].map(
    (path) => [`${path} (fixture build)`, () => fixtureUrl(path)] as const,
  ),
];

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({
    colorScheme: settings[0].colorScheme,
    viewport: settings[0].viewport,
  });
});

afterAll(async () => {
  await browser.close();
});

describe('axe', () => {
  it.concurrent.each(pages)(
    '%s: no WCAG A or AA violation, light and dark, desktop and phone',
    async (_name, url) => {
      const { page } = await visit(context, url());
      // The theme eases colours when the scheme changes; axe must see them settled, not midway.
      await page.addStyleTag({
        content: '*, *::before, *::after { transition: none !important; }',
      });
      const found: string[] = [];
      try {
        for (const { name, colorScheme, viewport, all } of settings) {
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize(viewport);
          // The theme follows the colour scheme, and the layout the width, on their next frame.
          await page.waitForFunction(
            (scheme) => document.documentElement.dataset.theme === scheme,
            colorScheme,
          );
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
          const axe = new AxeBuilder({ page });
          const results = await (
            all ? axe.withTags(WCAG_TAGS) : axe.withRules(COLOUR_RULES)
          ).analyze();
          for (const violation of results.violations) {
            const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
            found.push(`${name}: ${violation.id} (${violation.help}) at ${targets.join(', ')}`);
          }
        }
      } finally {
        await page.close();
      }
      expect(found).toEqual([]);
    },
  );
});
