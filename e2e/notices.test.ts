/**
 * Security release notices in a real browser: the banner on every page of the fixture build
 * while a notice is coming on the visitor's UTC day (whatever the time zone), gone after,
 * closeable, reached by keyboard and axe-clean in both colour schemes; the lists on
 * Announcements and releases and a notice's page. The real build is checked for what holds for
 * any notices it has, none included.
 */
import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { advisoryRoute, noticeRoute, outputs, routes } from '../src/lib/site';
import type { Notice } from '../src/lib/notices/model';
import { comingOn } from '../src/lib/notices/lists';
import { FIXTURE_BUILD_DAY } from '../tests/fixtures/releases';
import { fixtureUrl, launchBrowser, siteUrl, visit } from './browser';

/** The banner's close button, by its accessible name. */
const CLOSE = 'Close the security release notice';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

/** The notices a build published, as its notices.json lists them. */
const published = (dir: string): Notice[] =>
  (
    JSON.parse(readFileSync(`${dir}/${outputs.noticesJson.slice(1)}`, 'utf8')) as {
      notices: (Notice & { advisories: string[]; status: string })[];
    }
  ).notices;

const fixtureNotices = published('build-fixtures');

/** The ids the banner shows, in order; none when there is no banner. */
function bannerIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-notice-banner] [data-notice]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.notice ?? ''));
}

/** A page of the fixture build opened with the clock at `instant`, in `timezoneId`. */
async function openAt(
  instant: string,
  url = fixtureUrl(routes.scope),
  options: { readonly timezoneId?: string; readonly javaScript?: boolean } = {},
): Promise<{ page: Page; problems: string[]; context: BrowserContext }> {
  const javaScript = options.javaScript ?? true;
  const context = await browser.newContext({
    timezoneId: options.timezoneId ?? 'UTC',
    javaScriptEnabled: javaScript,
  });
  contexts.push(context);
  await context.clock.setFixedTime(new Date(instant));
  const { page, problems } = await visit(context, url, { javaScript });
  return { page, problems, context };
}

describe('the fixture build has a notice in each state', () => {
  it('coming, moved, out of sequence and released', () => {
    const on = FIXTURE_BUILD_DAY;
    expect(comingOn(fixtureNotices, on).length).toBeGreaterThan(1);
    expect(fixtureNotices.some((n) => (n.moves ?? []).length > 0 && n.releaseDay >= on)).toBe(true);
    expect(fixtureNotices.some((n) => n.outOfSequence && n.releaseDay >= on)).toBe(true);
    expect(fixtureNotices.some((n) => (n as { status?: string }).status === 'released')).toBe(true);
  });
});

describe('the banner', () => {
  const coming = comingOn(fixtureNotices, FIXTURE_BUILD_DAY);
  const first = coming[0];
  if (first === undefined) throw new Error('the fixture build has no coming notice');

  it('is in the static page, for the build day, without JavaScript', async () => {
    const { page } = await openAt(`${FIXTURE_BUILD_DAY}T12:00:00Z`, undefined, {
      javaScript: false,
    });
    expect(await bannerIds(page)).toEqual(coming.map((n) => n.id));
    const link = page.locator(`[data-notice-banner] [data-notice="${first.id}"] a`);
    // The link's text is the title of the page it opens.
    expect(await link.textContent()).toBe(first.title);
    expect(await link.getAttribute('href')).toBe(
      new URL(fixtureUrl(noticeRoute(first.id))).pathname,
    );
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', 'America/Los_Angeles'])(
    'follows the UTC day in %s: shown through the release day, gone after',
    async (timezoneId) => {
      const releaseDay = first.releaseDay;
      const last = await openAt(`${releaseDay}T23:59:00Z`, undefined, { timezoneId });
      expect(await bannerIds(last.page)).toEqual(
        comingOn(fixtureNotices, releaseDay).map((n) => n.id),
      );
      expect(await bannerIds(last.page)).toContain(first.id);
      expect(last.problems).toEqual([]);
      const after = await openAt(`${releaseDay}T23:59:00Z`, undefined, { timezoneId });
      await after.context.clock.setFixedTime(
        new Date(Date.parse(`${releaseDay}T23:59:00Z`) + 120_000),
      );
      await after.page.reload();
      await after.page.waitForFunction(
        () => document.documentElement.dataset.hasHydrated === 'true',
      );
      expect(await bannerIds(after.page)).not.toContain(first.id);
    },
  );

  it('is gone once every notice is past, from a page built before', async () => {
    const lastDay =
      coming
        .map((n) => n.releaseDay)
        .sort()
        .at(-1) ?? FIXTURE_BUILD_DAY;
    const { page, problems } = await openAt(`${lastDay}T23:59:59Z`);
    expect(await bannerIds(page)).not.toEqual([]);
    const after = await openAt(
      new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000 + 1000).toISOString(),
    );
    expect(await after.page.locator('[data-notice-banner]').count()).toBe(0);
    expect(await after.page.locator('.theme-announcement-bar').count()).toBe(0);
    expect([...problems, ...after.problems]).toEqual([]);
  });

  it('closes, stays closed on the next page, and comes back for a newer notice', async () => {
    const { page, context } = await openAt(`${FIXTURE_BUILD_DAY}T12:00:00Z`);
    await page.getByRole('button', { name: CLOSE }).click();
    expect(await page.locator('[data-notice-banner]').count()).toBe(0);
    const next = await context.newPage();
    await next.goto(fixtureUrl(routes.reporting), { waitUntil: 'load' });
    await next.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    expect(await next.locator('[data-notice-banner]').isVisible()).toBe(false);
    // The theme keeps the closed bar's id: a bar with another id (a newer notice) shows again.
    // (Docusaurus names its storage keys with a suffix of its own for each site.)
    const keys = await next.evaluate(() => {
      const found = Object.keys(localStorage).filter((key) =>
        key.startsWith('docusaurus.announcement.id'),
      );
      for (const key of found) localStorage.setItem(key, 'milex-notice:an-older-notice');
      return found;
    });
    expect(keys).toHaveLength(1);
    await next.reload({ waitUntil: 'load' });
    await next.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    expect(await next.locator('[data-notice-banner]').isVisible()).toBe(true);
  });

  it('is reached by keyboard: its links, then its close button, which Enter presses', async () => {
    const { page } = await openAt(`${FIXTURE_BUILD_DAY}T12:00:00Z`);
    const stops: string[] = [];
    for (let i = 0; i < 10 && !stops.includes(CLOSE); i += 1) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          return element?.getAttribute('aria-label') ?? element?.textContent.trim() ?? '';
        }),
      );
    }
    expect(stops).toEqual(expect.arrayContaining([...coming.map((n) => n.title), CLOSE]));
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-notice-banner]').count()).toBe(0);
  });

  it.each(['light', 'dark'] as const)('passes axe in the %s scheme', async (colorScheme) => {
    const { page } = await openAt(`${FIXTURE_BUILD_DAY}T12:00:00Z`);
    await page.emulateMedia({ colorScheme });
    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
    const results = await new AxeBuilder({ page })
      .setLegacyMode()
      .include('.theme-announcement-bar')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(await bannerIds(page)).not.toEqual([]);
  });
});

describe('Announcements and releases, and a notice’s page', () => {
  const ids = (page: Page, which: string): Promise<string[]> =>
    page
      .locator(`[data-notice-list="${which}"] [data-notice]`)
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.notice ?? ''));

  it('lists coming notices first, soonest first, then past ones with their advisories', async () => {
    const { page, problems } = await openAt(
      `${FIXTURE_BUILD_DAY}T12:00:00Z`,
      fixtureUrl(routes.announcements),
    );
    const coming = comingOn(fixtureNotices, FIXTURE_BUILD_DAY);
    expect(await ids(page, 'coming')).toEqual(coming.map((n) => n.id));
    const past = fixtureNotices.filter((n) => !coming.includes(n));
    expect((await ids(page, 'past')).sort()).toEqual(past.map((n) => n.id).sort());
    // Each advisory a release brought is linked, named after the page it opens.
    const advisoryPage = await page.context().newPage();
    for (const notice of past) {
      for (const id of (notice as Notice & { advisories: string[] }).advisories) {
        const link = page.locator(
          `[data-notice-list="past"] [data-notice="${notice.id}"] a[href$="${advisoryRoute(id)}"]`,
        );
        expect(await link.count()).toBe(1);
        await advisoryPage.goto(fixtureUrl(advisoryRoute(id)));
        expect(await link.textContent()).toBe(await advisoryPage.locator('h1').textContent());
      }
    }
    expect(problems).toEqual([]);
  });

  it('moves a notice to the past once its day is over, on the visitor’s day', async () => {
    const soonest = comingOn(fixtureNotices, FIXTURE_BUILD_DAY)[0];
    if (soonest === undefined) throw new Error('no coming notice');
    const dayAfter = new Date(Date.parse(`${soonest.releaseDay}T00:00:00Z`) + 86_400_000 + 60_000);
    const { page } = await openAt(dayAfter.toISOString(), fixtureUrl(routes.announcements));
    expect(await ids(page, 'coming')).not.toContain(soonest.id);
    const entry = page.locator(`[data-notice-list="past"] [data-notice="${soonest.id}"]`);
    expect(await entry.textContent()).toContain('was planned for');
  });

  it('gives each notice a page with its facts, titled by the notice', async () => {
    for (const notice of fixtureNotices) {
      const { page, problems } = await openAt(
        `${FIXTURE_BUILD_DAY}T12:00:00Z`,
        fixtureUrl(noticeRoute(notice.id)),
      );
      expect(await page.locator('h1').textContent()).toBe(notice.title);
      const facts = page.locator('[data-notice-facts]');
      expect(await facts.textContent()).toContain(notice.id);
      expect(await page.locator('[data-notice-body]').textContent()).not.toBe('');
      expect(problems).toEqual([]);
    }
  });
});

describe('the real build', () => {
  const notices = published('build');
  const coming = (day: string) => comingOn(notices, day);

  it('shows the banner only while one of its notices is coming, and the lists say so', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const today = new Date().toISOString().slice(0, 10);
    const { page, problems } = await visit(context, siteUrl(routes.announcements));
    expect(await bannerIds(page)).toEqual(coming(today).map((n) => n.id));
    const list = page.locator('[data-notice-list="coming"]');
    if (coming(today).length === 0) {
      expect(await list.textContent()).toBe('No security release is announced at the moment.');
    } else {
      expect(await list.locator('[data-notice]').count()).toBe(coming(today).length);
    }
    expect(problems).toEqual([]);
  });
});
