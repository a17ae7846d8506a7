/**
 * Release status in a real browser, on the fixture site (built as of FIXTURE_BUILD_DAY):
 * the static HTML shows the build day, the hydrated page the visitor's own UTC day.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { routes } from '../src/lib/site';
import { FIXTURE_BUILD_DAY } from '../tests/fixtures/releases';
import { fixtureUrl, launchBrowser, visit } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const page_ = fixtureUrl(routes.supportedVersions);

/** Branch and status of each row of the main table. */
function statuses(page: Page): Promise<string[][]> {
  return page
    .locator('table')
    .first()
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        (row as HTMLElement).dataset.branch ?? '',
        (row as HTMLElement).dataset.status ?? '',
      ]),
    );
}

function asOf(page: Page): Promise<string | null> {
  return page.getByText(/^Status as of/).textContent();
}

/** Opens `url` in a new context whose clock reads `instant`, in time zone `timezoneId`. */
async function openAt(
  instant: string,
  timezoneId = 'UTC',
  url = page_,
): Promise<{ page: Page; problems: string[]; context: BrowserContext }> {
  const context = await browser.newContext({ timezoneId });
  await context.clock.setFixedTime(new Date(instant));
  const { page, problems } = await visit(context, url);
  return { page, problems, context };
}

describe('status without JavaScript: the build day', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
    ({ page } = await visit(context, page_, { javaScript: false }));
  });
  afterAll(async () => {
    await context.close();
  });

  it('says which day the status is as of', async () => {
    expect(await asOf(page)).toBe('Status as of 1 Oct 2022 (UTC).');
    expect(FIXTURE_BUILD_DAY).toBe('2022-10-01');
  });

  it('shows each release with its status on that day, in words', async () => {
    expect(await statuses(page)).toEqual([
      ['2.x', 'planned'],
      ['1.x', 'active'],
      ['1.2', 'active'],
      ['1.1', 'security'],
      ['1.0', 'eol'],
    ]);
    expect(await page.locator('tr[data-branch="1.1"] td').first().textContent()).toBe(
      'Security support only (ending soon: 66 days left)',
    );
    expect(await page.getByText(/^Run Milex 1\.2/).count()).toBe(1);
  });

  it('says what the checker needs, and where the same answers are without it', async () => {
    const text = await page.getByText(/^The checker needs JavaScript/).textContent();
    expect(text).toContain('the affected versions of each advisory');
    expect(await page.getByRole('link', { name: 'Security advisories' }).count()).toBeGreaterThan(
      0,
    );
  });

  it('folds older end-of-life releases into a "show all releases" control that opens without JavaScript', async () => {
    const details = page.locator('details[data-older-releases]');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await details.locator('tr[data-branch="0.9"]').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await details.locator('tr[data-branch="0.9"]').isVisible()).toBe(true);
  });

  it('on a phone shows each release as a card, and is still one table to assistive technology', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      const table = page.locator('table').first();
      const row = table.locator('tr[data-branch="1.1"]');
      // A card: the row is a box of its own, its values one under the other, each labelled.
      expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
      const labels = await row
        .locator('td')
        .evaluateAll((cells) => cells.map((td) => getComputedStyle(td, '::before').content));
      // Each value is labelled with its column's heading, which a screen reader does not hear
      // twice (the label's alternative text is empty).
      const headings = await table.locator('thead th').allTextContents();
      expect(labels).toEqual(headings.slice(1).map((heading) => `"${heading}" / ""`));
      // To a screen reader, the same table: headers, row headers and cells, labels not read twice.
      const tree = await table.ariaSnapshot();
      expect(tree).toMatch(/^- table "Milex release branches/);
      expect(tree).toContain('- columnheader "Beta release"');
      expect(tree).toContain('- rowheader "1.1"');
      expect(tree).toContain('- cell "10 Jan 2022"');
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('draws the timeline, its phases told apart by pattern as well as colour', async () => {
    expect(await page.getByRole('img', { name: /Timeline of Milex releases/ }).count()).toBe(1);
    // The beta and security-only patterns each paint two opaque colours (the active phase is
    // solid); a transparent one would leave a plain bar, told from the others by colour alone.
    const paints = await page.locator('[data-timeline] pattern').evaluateAll((patterns) =>
      patterns.map((pattern) =>
        [...pattern.children].map((shape) => {
          const style = getComputedStyle(shape);
          return shape.tagName === 'line' ? style.stroke : style.fill;
        }),
      ),
    );
    const opaque = (colour: string): boolean =>
      colour.startsWith('rgb(') || /^rgba\(.*, 1\)$/.test(colour);
    expect(paints.map((colours) => new Set(colours.filter(opaque)).size)).toEqual([2, 1, 2]);
  });
});

describe('status with JavaScript: the visitor’s own day', () => {
  it('a page built on 1 Oct 2022 and opened a year later shows the later status, with no hydration error', async () => {
    const { page, problems, context } = await openAt('2023-10-01T12:00:00Z');
    await expect.poll(() => asOf(page)).toBe('Status as of 1 Oct 2023 (UTC).');
    // 1.2's own security support ended on 1 Sep 2023; as the most recent minor release of the
    // 1.x line, it keeps the line's until 15 Dec 2023.
    expect(await statuses(page)).toEqual([
      ['2.x', 'active'],
      ['1.x', 'security'],
      ['1.2', 'security'],
      ['1.1', 'eol'],
    ]);
    expect(await page.locator('tr[data-branch="1.2"] td').first().textContent()).toBe(
      'Security support only, with the 1.x line (ending soon: 76 days left)',
    );
    expect(await page.getByText(/^Run Milex 2\.x/).count()).toBe(1);
    expect(await page.locator('details[data-older-releases] summary').textContent()).toBe(
      'Show all releases (2 older end-of-life releases)',
    );
    expect(await page.locator('[data-today-marker]').getAttribute('data-today-marker')).toBe(
      '2023-10-01',
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('uses the UTC day in Pacific/Kiritimati (UTC+14), where it is already tomorrow', async () => {
    // Noon UTC on 1 Mar 2023, 1.2's last day of active support; 2 a.m. on 2 Mar in Kiritimati.
    const { page, problems, context } = await openAt('2023-03-01T12:00:00Z', 'Pacific/Kiritimati');
    await expect.poll(() => asOf(page)).toBe('Status as of 1 Mar 2023 (UTC).');
    expect(await page.locator('tr[data-branch="1.2"]').getAttribute('data-status')).toBe('active');
    expect(await page.locator('tr[data-branch="1.2"] time').allTextContents()).toEqual([
      '5 Sep 2022',
      '1 Mar 2023',
      '1 Sep 2023',
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('uses the UTC day in America/Los_Angeles (UTC-8), where it is still yesterday', async () => {
    // 2 a.m. UTC on 2 Mar 2023; 6 p.m. on 1 Mar in Los Angeles. 1.2 is security-only from 2 Mar.
    const { page, problems, context } = await openAt('2023-03-02T02:00:00Z', 'America/Los_Angeles');
    await expect.poll(() => asOf(page)).toBe('Status as of 2 Mar 2023 (UTC).');
    expect(await page.locator('tr[data-branch="1.2"]').getAttribute('data-status')).toBe(
      'security',
    );
    expect(await page.locator('tr[data-branch="1.2"] time').allTextContents()).toEqual([
      '5 Sep 2022',
      '1 Mar 2023',
      '1 Sep 2023',
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('"Is my version supported?" in the browser', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    ({ context } = await openAt('2022-10-01T12:00:00Z'));
  });
  afterAll(async () => {
    await context.close();
  });

  it('answers with the keyboard alone and puts the version in the address', async () => {
    const { page, problems } = await visit(context, page_);
    await page.getByLabel('Your Milex version').focus();
    await page.keyboard.type('1.0.3');
    await page.keyboard.press('Enter');
    const answer = page.getByRole('status');
    await expect
      .poll(() => answer.textContent())
      .toMatch(/^Milex 1\.0\.3 belongs to the 1\.0 release: End of life\./);
    expect(await answer.textContent()).toContain('Upgrade to Milex 1.2');
    expect(new URL(page.url()).searchParams.get('version')).toBe('1.0.3');
    expect(problems).toEqual([]);
  });

  it('pre-fills and answers from ?version= in a link', async () => {
    const { page } = await visit(context, `${page_}?version=v1.1.4`);
    await expect.poll(() => page.getByLabel('Your Milex version').inputValue()).toBe('v1.1.4');
    // The answer's code loads with the first question.
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/^Milex 1\.1\.4 belongs to the 1\.1 release/);
  });

  it('names the advisories that affect a version and the version to upgrade to, and none for a fixed one', async () => {
    const { page, problems } = await visit(context, page_);
    const input = page.getByLabel('Your Milex version');
    const answer = page.getByRole('status');
    const affecting = (): Promise<string[]> =>
      answer
        .locator('[data-affecting]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-affecting') ?? ''));
    const checkVersion = async (version: string): Promise<void> => {
      await input.fill(version);
      await page.getByRole('button', { name: 'Check' }).click();
      await expect.poll(() => answer.textContent()).toContain(`Milex ${version} belongs to`);
    };

    await checkVersion('1.1.4');
    expect(await affecting()).toEqual(['MILEX-2022-001', 'MILEX-2022-003']);
    expect(await answer.locator('[data-upgrade-to]').getAttribute('data-upgrade-to')).toBe('1.1.9');
    expect(await answer.textContent()).toContain('Upgrade to 1.1.9 or later');
    // Each advisory named links to its page.
    expect(await answer.getByRole('link', { name: 'MILEX-2022-001' }).getAttribute('href')).toBe(
      '/security/advisories/MILEX-2022-001',
    );

    await checkVersion('1.1.9');
    expect(await affecting()).toEqual([]);
    expect(await answer.textContent()).toContain('No published advisory affects Milex 1.1.9.');

    // 1.0 got no fix: the answer points to the release to move to, and says that an end-of-life
    // release is not covered by later advisories.
    await checkVersion('1.0.3');
    expect(await affecting()).toEqual(['MILEX-2021-001']);
    expect(await answer.textContent()).toContain(
      'Milex 1.0 is end of life, so no newer version of it is the answer: move to Milex 1.2, version 1.2.4 or later.',
    );
    expect(await answer.locator('[data-not-covered]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('reads a minor release the table does not list from its line', async () => {
    const { page } = await visit(context, `${page_}?version=1.3.0`);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(
        /^Milex 1\.3\.0 belongs to the 1\.3 release: Active support\. The table does not list 1\.3/,
      );
  });

  it('never runs or injects markup typed into it', async () => {
    const { page, problems } = await visit(
      context,
      `${page_}?version=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('does not look like a Milex version number');
    await page.getByLabel('Your Milex version').fill('"><script>alert(2)</script>');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('does not look like a Milex version number');
    expect(await page.locator('article img, article script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });
});
