/**
 * The page walked with Tab and Enter alone, as a keyboard or switch user would: the skip link comes
 * first, every stop shows where focus is, and the report link, the version checker and the
 * "show all releases" control are reached and work.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { routes } from '../src/lib/site';
import { preferredChannel } from '../src/lib/site/reportChannels';
import { fixtureChannelViews } from '../tests/fixtures/reportChannels';
import { fixtureUrl, launchBrowser, visit } from './browser';

/** The channel the fixture build's navbar opens. */
const preferred = preferredChannel(fixtureChannelViews);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

interface Focused {
  readonly description: string;
  /** The focused element shows an outline or a ring. */
  readonly visible: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) {
      return { description: 'nothing', visible: false };
    }
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ringed = style.boxShadow !== 'none';
    const description = [
      element.tagName.toLowerCase(),
      element.getAttribute('data-report-link') === null ? '' : '[data-report-link]',
      element.id === '' ? '' : `#${element.id}`,
      ` "${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40)}"`,
    ].join('');
    return { description, visible: outlined || ringed };
  });
}

/** Presses Tab until `matches` holds for the focused element; every stop on the way must show focus. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<string[]> {
  const stops: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    stops.push(now.description);
    expect(now.visible, `focus is not visible on ${now.description}`).toBe(true);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      return stops;
    }
  }
  throw new Error(`Tab never reached ${selector}; stops: ${stops.join(' → ')}`);
}

describe('keyboard only, on the supported-versions page', () => {
  it('reaches and uses the skip link, the report link, the checker and "show all releases"', async () => {
    const context = await browser.newContext();
    const { page, problems } = await visit(context, fixtureUrl(routes.supportedVersions));

    const first = await tabTo(page, 'a', 1);
    expect(first[0]).toMatch(/Skip to main content/);

    await tabTo(page, `nav.navbar a.navbar__item[data-report-link="navbar"]`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      preferred.url,
    );

    await tabTo(page, 'details[data-older-releases] > summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('details[data-older-releases]').getAttribute('open')).not.toBeNull();

    await tabTo(page, 'input');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByLabel('Your Milex version').getAttribute('id'),
    );
    await page.keyboard.type('1.1');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^Milex 1\.1 belongs to the 1\.1 release/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the report channel from the navbar with Enter', async () => {
    const context = await browser.newContext();
    // The channel is another site: answer for it here, so the test needs no network.
    const opens = new URL(preferred.url).href;
    await context.route(
      (url) => url.href === opens,
      (route) => route.fulfill({ contentType: 'text/html', body: '<title>Report channel</title>' }),
    );
    const { page } = await visit(context, fixtureUrl(routes.scope));
    await tabTo(page, `nav.navbar a.navbar__item[data-report-link="navbar"]`);
    const [opened] = await Promise.all([
      context.waitForEvent('page', { timeout: 5000 }),
      page.keyboard.press('Enter'),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(opens);
    // Opened without a reference back to this page (noopener).
    expect(await opened.evaluate(() => window.opener === null)).toBe(true);
    await context.close();
  });

  it('skips to the main content', async () => {
    const context = await browser.newContext();
    const { page } = await visit(context, fixtureUrl(routes.supportedVersions));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next stop after skipping is inside the main content, not the navbar.
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await context.close();
  });
});
