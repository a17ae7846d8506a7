import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { releases } from '../src/data/releases';
import {
  checkerAnchor,
  checkerName,
  pageNames,
  reportChannels,
  routes,
  site,
} from '../src/lib/site';
import { team } from '../src/data/team';
import { formatDate } from '../src/lib/formats/dates';
import { newestFirst } from '../src/lib/releases/model';
import { SOCIAL_CARD_PATH, SOCIAL_CARD_SIZE } from '../src/lib/buildTime/socialCard';
import { COMPILE_HINT } from '../plugins/leanClient';
import { preferredChannel } from '../src/lib/site/reportChannels';
import { fixtureChannelViews } from '../tests/fixtures/reportChannels';
import {
  fixtureUrl,
  get,
  launchBrowser,
  sitemapPaths,
  sitemapUrls,
  siteUrl,
  visit,
} from './browser';

/** The channel the real build's report links open: the first of src/data/site.ts's. */
const preferred = preferredChannel(reportChannels);

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser.close();
});

describe('every page in sitemap.xml', () => {
  it('lists every policy page and the home page', async () => {
    const listed = new Set(await sitemapUrls());
    for (const path of Object.values(routes)) expect(listed).toContain(siteUrl(path));
  });

  it('shows the page before its scripts load: they start after the load event', async () => {
    const { page, problems } = await visit(context, siteUrl(routes.scope));
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js') && entry.name.includes('/assets/js/'));
      return {
        loaded: navigation?.loadEventStart ?? Number.NaN,
        firstScript: Math.min(...scripts.map((entry) => entry.startTime)),
        scripts: scripts.length,
      };
    });
    expect(timing.scripts).toBeGreaterThan(1);
    expect(timing.firstScript).toBeGreaterThanOrEqual(timing.loaded);
    expect(await page.locator('head script[defer]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("starts its two startup bundles with V8's compile hint", async () => {
    const { page } = await visit(context, siteUrl(routes.scope));
    const startup = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\/assets\/js\/(libraries|main)\.[^/]*\.js$/.test(name)),
    );
    expect(startup).toHaveLength(2);
    for (const url of startup) {
      const text = await (await get(url)).text();
      expect(text.startsWith(`${COMPILE_HINT}\n`), url).toBe(true);
    }
    await page.close();
  });

  it('prefetches the code of the pages it links to once the page is idle, each file once', async () => {
    const { page, problems } = await visit(context, siteUrl(routes.overview));
    const prefetched = async (): Promise<string[]> =>
      page
        .locator('link[rel="prefetch"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    // Idle callbacks add the links a few at a time; wait until the list stops growing.
    let hrefs: string[] = [];
    await expect
      .poll(async () => {
        const previous = hrefs.length;
        hrefs = await prefetched();
        return hrefs.length > 0 && hrefs.length === previous;
      })
      .toBe(true);
    expect(new Set(hrefs).size, hrefs.join('\n')).toBe(hrefs.length);
    for (const href of hrefs) expect(href).toMatch(/\/assets\/js\/[^/]+\.js$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('serves its social card itself: a PNG of the size Open Graph recommends', async () => {
    const response = await get(siteUrl(SOCIAL_CARD_PATH));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/png/);
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    // The IHDR chunk comes first: width and height, big-endian, at bytes 16 and 20.
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(SOCIAL_CARD_SIZE);
  });

  it('keeps the report button clear of the search box at tablet and desktop widths too', async () => {
    const { page } = await visit(context, siteUrl(routes.home));
    for (const width of [480, 700, 1000, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await nextFrames(page);
      expect(await reportButtonLayout(page), `${String(width)} px`).toEqual(CLEAR);
    }
    await page.close();
  });
});

/**
 * Each page in the sitemap, a test of its own (so a slow machine slows the run, never fails it),
 * two at a time.
 */
describe('every page in sitemap.xml, one visit each', () => {
  it.concurrent.each(sitemapPaths())(
    '%s loads and hydrates with a title, a description, one h1, the report link and no problem, opens other sites without giving them the page, and shows the report button whole on a 360 px phone',
    async (path) => {
      const url = siteUrl(path);
      const { page, problems } = await visit(context, url);
      expect(problems).toEqual([]);
      expect(await page.title()).toMatch(/\S.* \| Milex Security$|^Milex Security/);
      const description = await page
        .locator('meta[name="description"]')
        .first()
        .getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(20);
      // Shared in chat or social media, a link shows the page's title and description and the
      // site's own card, from the address the site is published at.
      const card = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map(
            (meta) => [
              meta.getAttribute('property') ?? meta.getAttribute('name') ?? '',
              meta.getAttribute('content'),
            ],
          ),
        ),
      );
      expect(card).toMatchObject({
        'og:title': await page.title(),
        'og:description': description,
        'og:image': new URL(SOCIAL_CARD_PATH, inject('configuredRoot')).href,
        'og:image:width': String(SOCIAL_CARD_SIZE.width),
        'og:image:height': String(SOCIAL_CARD_SIZE.height),
        'twitter:card': 'summary_large_image',
      });
      expect(await page.locator('h1').count()).toBe(1);
      // One click to the report channel from every page.
      const report = page.locator('nav.navbar a[data-report-link="navbar"]');
      expect(await report.getAttribute('href')).toBe(preferred.url);
      // Links to other sites get neither this page as opener nor its address as referrer.
      const configured = new URL(inject('configuredRoot')).origin;
      const own = new URL(url).origin;
      const links = await page.locator('a[href]').evaluateAll((anchors) =>
        anchors.map((a) => ({
          href: (a as HTMLAnchorElement).href,
          rel: a.getAttribute('rel') ?? '',
        })),
      );
      const unsafe = links.filter(({ href, rel }) => {
        const { origin, protocol } = new URL(href);
        const outside = protocol.startsWith('http') && origin !== own && origin !== configured;
        return outside && !(rel.includes('noopener') && rel.includes('noreferrer'));
      });
      expect(unsafe).toEqual([]);

      // On a phone (sideways scrolling at every width is e2e/pages.test.ts's).
      await page.setViewportSize(PHONE);
      await nextFrames(page);
      const phoneReport = page.locator('nav.navbar a.navbar__item[data-report-link="navbar"]');
      expect(await phoneReport.isVisible()).toBe(true);
      expect(await reportButtonLayout(page)).toEqual(CLEAR);
      await page.close();
    },
  );
});

/** A phone's viewport. */
const PHONE = { width: 360, height: 740 };

/** Resolves once the page has drawn two frames: the layout has followed a change of size. */
function nextFrames(page: Page): Promise<unknown> {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

const CLEAR = { clipped: false, inView: true, overlaps: 0 };

/** Whether the navbar's report button shows whole, on screen, covered by no other control. */
function reportButtonLayout(page: Page) {
  return page.locator('nav.navbar a.navbar__item[data-report-link="navbar"]').evaluate((link) => {
    const box = link.getBoundingClientRect();
    const others = [
      ...document.querySelectorAll('nav.navbar button, nav.navbar a, nav.navbar input'),
    ]
      .filter((element) => element !== link && !link.contains(element))
      .map((element) => element.getBoundingClientRect())
      .filter((other) => other.width > 0 && other.height > 0);
    return {
      clipped: link.scrollWidth > link.clientWidth,
      inView: box.left >= 0 && box.right <= document.documentElement.clientWidth,
      overlaps: others.filter(
        (o) => o.left < box.right && o.right > box.left && o.top < box.bottom && o.bottom > box.top,
      ).length,
    };
  });
}

describe('the supported-versions page', () => {
  it('shows every release from src/data/releases.ts, newest first, with its dates', async () => {
    const { page, problems } = await visit(context, siteUrl(routes.supportedVersions));
    const rows = page.locator('table tbody tr');
    expect(
      await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.branch)),
    ).toEqual(newestFirst(releases).map((release) => release.branch));
    for (const release of releases) {
      const row = page.locator(`tr[data-branch="${release.branch}"]`);
      const times = await row
        .locator('time')
        .evaluateAll((elements) =>
          elements.map((time) => [time.getAttribute('datetime'), time.textContent]),
        );
      const dates: string[] = [
        ...('betaRelease' in release ? [release.betaRelease] : []),
        release.initialRelease,
        release.activeSupportUntil,
        release.securitySupportUntil,
      ];
      expect(times).toEqual(dates.map((iso) => [iso, formatDate(iso)]));
    }
    expect(problems).toEqual([]);
  });
});

describe('the home page', () => {
  it('offers the two ways in, and the report channel itself', async () => {
    const { page } = await visit(context, siteUrl(routes.home));
    const hero = page.locator('header').first();
    expect(
      await hero.getByRole('link', { name: pageNames.reporting, exact: true }).getAttribute('href'),
    ).toBe(new URL(siteUrl(routes.reporting)).pathname);
    expect(await hero.getByRole('link', { name: checkerName }).getAttribute('href')).toBe(
      `${new URL(siteUrl(routes.supportedVersions)).pathname}#${checkerAnchor}`,
    );
    expect(await hero.locator('a[data-report-link]').getAttribute('href')).toBe(preferred.url);
  });
});

describe('the team page', () => {
  it("lists every member in the data, or says it lists none, and links the team's own page", async () => {
    const { page, problems } = await visit(context, siteUrl(routes.team));
    const article = page.locator('article');
    if (team.length === 0) {
      expect(await article.locator('[data-team-empty]').count()).toBe(1);
    } else {
      const names = await article.locator('ul[data-team-members] > li').allTextContents();
      expect(names).toHaveLength(team.length);
    }
    expect(
      await article.getByRole('link', { name: site.membersPage.name }).getAttribute('href'),
    ).toBe(site.membersPage.url);
    expect(await article.locator('a[data-report-link]').getAttribute('href')).toBe(preferred.url);
    expect(problems).toEqual([]);
  });
});

describe('a page that does not exist', () => {
  it('answers 404 with a page that helps the visitor on', async () => {
    const page = await context.newPage();
    const response = await page.goto(siteUrl('/no-such-page'));
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');
    // The title is set when the page hydrates, which a loaded machine may do after the heading shows.
    await expect.poll(() => page.title()).toBe('Page not found | Milex Security');
    expect(
      await page
        .locator('main')
        .getByRole('link', { name: pageNames.reporting })
        .getAttribute('href'),
    ).toBe(new URL(siteUrl(routes.reporting)).pathname);
    expect(await page.locator('main a[data-report-link]').getAttribute('href')).toBe(preferred.url);
  });
});

describe('with JavaScript turned off', () => {
  let noScript: BrowserContext;
  beforeAll(async () => {
    noScript = await browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noScript.close();
  });

  it('the reporting page still gives the policy and the channel', async () => {
    const { page, problems } = await visit(noScript, siteUrl(routes.reporting), {
      javaScript: false,
    });
    expect(await page.locator('h1').textContent()).toBe(pageNames.reporting);
    expect(await page.locator('article a[data-report-link]').first().getAttribute('href')).toBe(
      preferred.url,
    );
    expect(await page.locator('nav.navbar a[data-report-link="navbar"]').getAttribute('href')).toBe(
      preferred.url,
    );
    expect(problems).toEqual([]);
  });

  it('the supported-versions table is in the HTML', async () => {
    const { page } = await visit(noScript, siteUrl(routes.supportedVersions), {
      javaScript: false,
    });
    expect(await page.locator('table tbody tr').count()).toBe(releases.length);
    expect(await page.locator('table caption').textContent()).toMatch(/support dates/);
  });
});

describe('the reporting page of the fixture build, which names two channels', () => {
  it('lists every channel in its order, with its how-to text, and the navbar opens the first', async () => {
    const { page, problems } = await visit(context, fixtureUrl(routes.reporting));
    expect(fixtureChannelViews.some((channel) => channel.openpgpKey !== undefined)).toBe(true);
    const channels = page.locator('article [data-report-channel]');
    expect(await channels.count()).toBe(fixtureChannelViews.length);
    for (const [index, channel] of fixtureChannelViews.entries()) {
      const section = channels.nth(index);
      // Without the theme's "#" link, a zero-width space.
      expect((await section.locator('h3').textContent())?.replace(/\u200b/g, '')).toBe(
        channel.name,
      );
      const button = section.locator('a[data-report-link]');
      expect(await button.textContent()).toBe(channel.action);
      expect(await button.getAttribute('href')).toBe(channel.url);
      expect(await section.locator('[data-how-to-file]').textContent()).toBe(channel.howToFile);
      expect(
        await section.locator('[data-openpgp-key] code').allTextContents(),
        'the fingerprint of its OpenPGP key, if it has one',
      ).toEqual(channel.openpgpKey === undefined ? [] : [channel.openpgpKey.fingerprint]);
      // An e-mail address opens the mail program from the page, not in a new, empty tab.
      expect(await button.getAttribute('target')).toBe(
        channel.url.startsWith('mailto:') ? '_self' : '_blank',
      );
    }
    const navbar = page.locator('nav.navbar a[data-report-link="navbar"]');
    expect(await navbar.textContent()).toBe(preferredChannel(fixtureChannelViews).action);
    expect(await navbar.getAttribute('href')).toBe(preferredChannel(fixtureChannelViews).url);
    expect(problems).toEqual([]);
  });
});
