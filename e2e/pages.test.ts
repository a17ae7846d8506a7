/**
 * Every page, as visitors see it, opened once and looked at in each setting: every page of both
 * builds' sitemaps and the real build's search and 404 pages, at phone, tablet, laptop and desktop
 * widths, in the light and the dark scheme.
 *
 * - Layout: no page scrolls sideways; from 1024 px no table is wider than its column; the release
 *   tables and the timeline never scroll at any width.
 * - Accessibility: axe-core finds no violation of WCAG 2.0, 2.1 and 2.2 A and AA, at a phone's and
 *   a laptop's width (where the layout, and what is shown, differs) in the light scheme; in the
 *   dark scheme, where only colours change, the rules about colour run again. It checks the real
 *   build's pages, and the fixture build's supported versions (every status, on its build day, and
 *   the folded older releases), advisory list and one advisory page, since the real build may have
 *   no advisory.
 * - Each page is photographed at a phone's and a laptop's width into test-results/screenshots/,
 *   which CI attaches to a pull request's run for reviewers.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { advisoryRoute, routes } from '../src/lib/site';
import { FIXTURE_BUILD_DAY } from '../tests/fixtures/releases';
import { fixtureUrl, launchBrowser, sitemapPaths, siteUrl, visit } from './browser';

const WIDTHS = [320, 390, 768, 1024, 1280, 1920] as const;
const SCHEMES = ['light', 'dark'] as const;
/** From this width, tables fit their column whole. */
const WHOLE_TABLES_FROM = 1024;
/** The widths pages are photographed and checked with axe at. */
const PHONE = 390;
const LAPTOP = 1280;
const SCREENSHOT_DIR = join('test-results', 'screenshots');
/** How long one page may take for all its settings together. */
const EVERY_SETTING_TIMEOUT = 240_000;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The axe rules whose outcome depends on colours: all that the dark scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type Build = 'site' | 'fixtures';

interface PageCase {
  readonly build: Build;
  readonly path: string;
  readonly url: () => string;
  /** Whether axe checks the page (layout is checked on every page). */
  readonly axe: boolean;
}

const fixtureAxePages = new Set<string>([
  routes.supportedVersions,
  routes.advisoryList,
  advisoryRoute('MILEX-2022-001'),
]);

const pages: readonly (readonly [Build, string, string, PageCase])[] = [
  ...[...new Set([...sitemapPaths(), '/search', '/no-such-page'])].map((path): PageCase => ({
    build: 'site',
    path,
    url: () => siteUrl(path),
    axe: true,
  })),
  ...sitemapPaths('build-fixtures').map((path): PageCase => ({
    build: 'fixtures',
    path,
    url: () => fixtureUrl(path),
    axe: fixtureAxePages.has(path),
  })),
].map(
  (page) =>
    [page.build, page.path, page.axe ? 'layout and accessibility' : 'layout', page] as const,
);

for (const path of fixtureAxePages) {
  if (!pages.some(([build, p]) => build === 'fixtures' && p === path)) {
    throw new Error(
      `axe is to check ${path} of the fixture build, which its sitemap does not list`,
    );
  }
}

let browser: Browser;
const contexts: Partial<Record<Build, BrowserContext>> = {};

beforeAll(async () => {
  // Only this run's pictures: a page renamed or removed leaves none behind.
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  browser = await launchBrowser();
  contexts.site = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The fixture build's own day, when its table has a release of each status and one ending
  // soon, the longest status there is.
  contexts.fixtures = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await contexts.fixtures.clock.setFixedTime(new Date(`${FIXTURE_BUILD_DAY}T12:00:00Z`));
});

afterAll(async () => {
  await browser.close();
});

let camera: Promise<unknown> = Promise.resolve();

/**
 * Photographs the whole page, one page at a time, with the page in front: tests run two pages
 * at once, and Chromium does not paint a page behind another afresh (its picture repeated the
 * top of the page). The viewport grows to the page's height for the shot, then shrinks back.
 */
function photograph(page: Page, path: string, settled: () => Promise<void>): Promise<void> {
  const shot = camera.then(async () => {
    await page.bringToFront();
    const viewport = page.viewportSize();
    if (viewport === null) throw new Error('the page has no viewport size');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height });
    await settled();
    await page.screenshot({ path });
    await page.setViewportSize(viewport);
  });
  camera = shot.catch(() => undefined);
  return shot;
}

/** Waits until the theme follows `scheme` and the layout has settled at the new size. */
async function settle(page: Page, scheme: string): Promise<void> {
  await page.waitForFunction((s) => document.documentElement.dataset.theme === s, scheme);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * What is wrong with the layout as it stands, in words: the page scrolling sideways (and what
 * sticks out), a table scrolling in its column (from 1024 px, or at any width for the release
 * tables), a table caption cut, the timeline or its legend cut.
 */
function layoutProblems(tablesWhole: boolean): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const nameOf = (element: Element): string => {
    const id = element.id === '' ? '' : `#${element.id}`;
    const classes = [...element.classList]
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('');
    const text = element.textContent.trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()}${id}${classes}> "${text}"`;
  };
  /** Whether an element shows anything (display: none and closed <details> show nothing). */
  const shown = (element: Element): boolean => element.getClientRects().length > 0;

  if (root.scrollWidth > root.clientWidth) {
    const sticking = [...document.body.querySelectorAll('*')]
      .filter(
        (element) =>
          shown(element) && element.getBoundingClientRect().right > root.clientWidth + 0.5,
      )
      // The innermost ones say most: leave out an element whose child is listed too.
      .filter(
        (element, _i, all) => !all.some((other) => other !== element && element.contains(other)),
      )
      .slice(0, 5)
      .map(nameOf);
    problems.push(
      `the page scrolls sideways by ${String(root.scrollWidth - root.clientWidth)} px: ${sticking.join(', ')}`,
    );
  }

  for (const table of document.querySelectorAll('main table')) {
    if (!shown(table)) continue;
    const isReleaseTable = table.querySelector('tr[data-branch]') !== null;
    // From 1024 px the releases are a table, not the cards of a narrow column.
    if (tablesWhole && isReleaseTable && getComputedStyle(table).display !== 'table') {
      problems.push(`${nameOf(table)} is shown as cards, not as a table`);
    }
    if (tablesWhole || isReleaseTable) {
      // Infima lets a Markdown table scroll inside itself; ours sits in a box that can scroll.
      const width = Math.max(table.getBoundingClientRect().width, table.scrollWidth);
      for (
        let box: Element | null = table.parentElement;
        box !== null && box.tagName !== 'MAIN';
        box = box.parentElement
      ) {
        if (width > box.clientWidth + 1) {
          problems.push(
            `${nameOf(table)} is ${String(Math.round(width))} px wide in ${nameOf(box)}, ${String(box.clientWidth)} px wide`,
          );
          break;
        }
      }
    }
    const caption = table.querySelector('caption');
    if (caption !== null && caption.scrollWidth > caption.clientWidth + 1) {
      problems.push(`the caption of ${nameOf(table)} is cut`);
    }
  }

  for (const chart of document.querySelectorAll('[data-timeline]')) {
    const box = chart.getBoundingClientRect();
    if (chart.scrollWidth > chart.clientWidth + 1) problems.push('the timeline scrolls sideways');
    for (const part of chart.querySelectorAll('li, text')) {
      const rect = part.getBoundingClientRect();
      if (rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)) {
        problems.push(`the timeline's ${nameOf(part)} sticks out of the chart`);
      }
    }
  }
  return problems;
}

/**
 * What axe-core finds wrong with the page as it stands, in words: every WCAG A and AA rule, or
 * only the rules about colour. Axe runs in the page itself ("legacy mode"): by default it also
 * opens a blank page to gather the results of each frame, which doubles the time of every run,
 * for frames from other origins this site has none of (the test fails on a page with a frame).
 */
async function axeViolations(page: Page, rules: 'all' | 'colour'): Promise<string[]> {
  const frames = page.frames().length - 1;
  if (frames > 0) return [`the page has ${String(frames)} frame(s), which legacy mode leaves out`];
  const axe = new AxeBuilder({ page }).setLegacyMode();
  const results = await (
    rules === 'all' ? axe.withTags(WCAG_TAGS) : axe.withRules(COLOUR_RULES)
  ).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 5);
    return `${violation.id} (${violation.help}) at ${targets.join(', ')}`;
  });
}

describe('every page', () => {
  it.concurrent.each(pages)(
    '%s build, %s: %s at every width, in both schemes',
    async (_build, _path, _checks, { build, path, url, axe }) => {
      const context = contexts[build];
      if (context === undefined) throw new Error(`no browser context for the ${build} build`);
      const { page } = await visit(context, url());
      const found: string[] = [];
      try {
        // The theme eases colours when the scheme changes; measure the settled page.
        await page.addStyleTag({
          content: '*, *::before, *::after { transition: none !important; }',
        });
        // Folded content (the older releases) is measured, checked and photographed open.
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
        });
        for (const scheme of SCHEMES) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const width of WIDTHS) {
            const setting = `${String(width)} px, ${scheme}`;
            await page.setViewportSize({ width, height: 900 });
            await settle(page, scheme);
            const problems = await page.evaluate(layoutProblems, width >= WHOLE_TABLES_FROM);
            found.push(...problems.map((problem) => `${setting}: ${problem}`));
            if (width !== PHONE && width !== LAPTOP) continue;
            if (scheme === 'light') {
              const name =
                path === '/' ? 'home' : path.replace(/^\//, '').replace(/[^a-zA-Z0-9-]+/g, '_');
              const dir = join(SCREENSHOT_DIR, build);
              mkdirSync(dir, { recursive: true });
              await photograph(page, join(dir, `${name}-${String(width)}.png`), () =>
                settle(page, scheme),
              );
            }
            if (axe) {
              const violations = await axeViolations(page, scheme === 'light' ? 'all' : 'colour');
              found.push(...violations.map((violation) => `${setting}: ${violation}`));
            }
          }
        }
      } finally {
        await page.close();
      }
      expect(found).toEqual([]);
    },
    // Twelve settings, four axe runs and two photographs of one page: on an idle machine a page
    // takes under 10 s, but npm test runs the unit and build tests beside these, and a long page
    // (Feeds and data) took over a minute under that load. How fast pages are is the benchmark's
    // to measure (npm run bench), not this test's.
    EVERY_SETTING_TIMEOUT,
  );
});

/** A4 paper's printable width in CSS pixels, with Chromium's default margins. */
const A4_PRINTABLE_WIDTH = 718;

describe('print', () => {
  const printed = [
    [
      'the supported versions (fixture build)',
      'fixtures',
      () => fixtureUrl(routes.supportedVersions),
    ],
    ['the reporting page', 'site', () => siteUrl(routes.reporting)],
  ] as const;

  it.each(printed)(
    '%s prints its text alone, dark on white, each link with its address, the table whole',
    async (_name, build, url) => {
      const context = contexts[build];
      if (context === undefined) throw new Error(`no browser context for the ${build} build`);
      const { page } = await visit(context, url());
      try {
        // A reader in the dark scheme, printing.
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        await page.setViewportSize({ width: A4_PRINTABLE_WIDTH, height: 1000 });
        await settle(page, 'dark');
        const furniture = await page.evaluate(() =>
          [
            '.navbar',
            '.theme-doc-sidebar-container',
            '.theme-doc-breadcrumbs',
            '.theme-doc-toc-desktop',
            '.theme-doc-toc-mobile',
            '.pagination-nav',
            '.footer',
            'input[type="search"]',
          ].filter((selector) =>
            [...document.querySelectorAll(selector)].some((e) => e.getClientRects().length > 0),
          ),
        );
        expect(furniture).toEqual([]);

        const ink = await page.evaluate(() => {
          const paragraph = document.querySelector('main article p');
          return paragraph === null ? '' : getComputedStyle(paragraph).color;
        });
        const channels = (ink.match(/\d+/g) ?? []).slice(0, 3).map(Number);
        expect(channels, `text colour ${ink}`).toHaveLength(3);
        expect(
          channels.every((c) => c < 100),
          `text colour ${ink}`,
        ).toBe(true);

        const links = await page.evaluate(() =>
          [...document.querySelectorAll('main a[href]:not(.button)')]
            .map((a) => ({
              href: a.getAttribute('href') ?? '',
              printed: getComputedStyle(a, '::after').content,
            }))
            .filter(({ href }) => !href.startsWith('#')),
        );
        expect(links.length).toBeGreaterThan(0);
        // Links within the site print the address it is published at: origin, then the path.
        const { origin } = new URL(
          build === 'site' ? inject('configuredRoot') : inject('fixtureConfiguredRoot'),
        );
        for (const { href, printed: shown } of links) {
          expect(shown).toBe(`" (${href.startsWith('/') ? origin + href : href})"`);
        }

        expect(await page.evaluate(layoutProblems, true)).toEqual([]);
        // Folded releases print too: paper cannot be clicked open.
        const folded = page.locator('details:not([open]) tr[data-branch]');
        for (const row of await folded.all()) expect(await row.isVisible()).toBe(true);
        expect(await folded.count()).toBe(build === 'fixtures' ? 1 : 0);
      } finally {
        await page.close();
      }
    },
  );
});
