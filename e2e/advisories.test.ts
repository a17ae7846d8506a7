/**
 * The advisories section as visitors and tools meet it. The fixture build publishes the fixture
 * advisories (tests/fixtures/advisories/) under /security/ on another host; the real build has
 * none, and must say so in its list, its feeds and its OSV file.
 */
import { readdirSync, readFileSync } from 'node:fs';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import {
  advisoryRoute,
  checkerAnchor,
  checkerName,
  outputs,
  pageNames,
  routes,
  site,
} from '../src/lib/site';
import { fixtureAdvisories } from '../tests/fixtures/advisories';
import { FIXTURE_BUILD_DAY } from '../tests/fixtures/releases';
import { isItemFile } from '../src/lib/content/folder';
import { fixtureUrl, get, launchBrowser, sitemapUrls, siteUrl, visit } from './browser';

const NEWEST_FIRST = [
  'MILEX-2022-002',
  'MILEX-2022-001',
  'MILEX-2022-004',
  'MILEX-2022-003',
  'MILEX-2021-001',
];
const FIXTURE_ROOT = 'https://fixtures.example/security/';

const schema = JSON.parse(readFileSync('tests/schemas/osv-schema-1.7.5.json', 'utf8')) as object;
// See src/lib/osv.test.ts: Ajv's strict mode rejects the official schema itself.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateOsv = ajv.compile(schema);

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
});

async function fetchText(url: string): Promise<string> {
  const response = await get(url);
  expect(response.status, url).toBe(200);
  return response.text();
}

function xml(text: string): Record<string, unknown> {
  expect(SyntaxValidator.validate(text)).toBe(true);
  return parser.parse(text) as Record<string, unknown>;
}

/** The served address of an absolute URL the fixture build wrote. */
function servedFixture(url: string): string {
  expect(url.startsWith(FIXTURE_ROOT), url).toBe(true);
  return fixtureUrl(url.slice(FIXTURE_ROOT.length));
}

let browser: Browser;
let context: BrowserContext;
let noScript: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  noScript = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser.close();
});

const listedIds = (page: import('playwright-core').Page) =>
  page
    .locator('li[data-advisory]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-advisory')));

describe('the list of advisories (fixture build)', () => {
  it('lists every advisory newest first, with id, severity in words, date and releases', async () => {
    const { page, problems } = await visit(context, fixtureUrl(routes.advisoryList));
    expect(await page.locator('h1').textContent()).toBe('Security advisories');
    expect(await listedIds(page)).toEqual(NEWEST_FIRST);
    const second = await page.locator('li[data-advisory="MILEX-2022-001"]').textContent();
    for (const part of ['MILEX-2022-001', 'High', '20 Sep 2022', 'Milex 1.1, Milex 1.2']) {
      expect(second).toContain(part);
    }
    expect(problems).toEqual([]);
  });

  it('filters by severity and by release, says how many it shows, and keeps the filter in the address', async () => {
    const { page, problems } = await visit(context, fixtureUrl(routes.advisoryList));
    await page.getByLabel('Severity').selectOption('high');
    expect(await listedIds(page)).toEqual(['MILEX-2022-001']);
    expect(await page.getByRole('status').textContent()).toBe(
      `Showing 1 advisory of ${String(NEWEST_FIRST.length)}.`,
    );
    expect(new URL(page.url()).searchParams.get('severity')).toBe('high');

    await page.getByLabel('Severity').selectOption('');
    await page.getByLabel('Affected release').selectOption('1.1');
    expect(await listedIds(page)).toEqual(['MILEX-2022-001', 'MILEX-2022-003']);
    expect(new URL(page.url()).search).toBe('?release=1.1');
    expect(problems).toEqual([]);
  });

  it('opens filtered from a link', async () => {
    const { page, problems } = await visit(
      context,
      fixtureUrl(`${routes.advisoryList}?severity=moderate`),
    );
    expect(await listedIds(page)).toEqual(['MILEX-2022-004', 'MILEX-2022-003']);
    expect(await page.getByLabel('Severity').inputValue()).toBe('moderate');
    expect(problems).toEqual([]);
  });

  it('without JavaScript, lists every advisory and offers no filter that would not work', async () => {
    const { page, problems } = await visit(noScript, fixtureUrl(routes.advisoryList), {
      javaScript: false,
    });
    expect(await listedIds(page)).toEqual(NEWEST_FIRST);
    expect(await page.locator('select').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('advertises the three feeds in the head of every page, under the base path', async () => {
    const { page } = await visit(context, fixtureUrl(routes.scope));
    const feeds = await page
      .locator('head link[rel="alternate"][title^="Milex security advisories"]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('type'), l.getAttribute('href')]));
    expect(feeds).toEqual([
      ['application/rss+xml', '/security/advisories/rss.xml'],
      ['application/atom+xml', '/security/advisories/atom.xml'],
      ['application/feed+json', '/security/advisories/feed.json'],
    ]);
  });
});

describe('an advisory page (fixture build)', () => {
  it('opens with a summary box, then the text, whose links to other sites get no referrer', async () => {
    const { page, problems } = await visit(context, fixtureUrl(advisoryRoute('MILEX-2022-001')));
    expect(await page.title()).toBe('Stored cross-site scripting in form names | Milex Security');
    const box = page.getByRole('region', { name: 'Summary' });
    const text = await box.textContent();
    for (const part of [
      'SeverityHigh',
      'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:N',
      'CVE-2022-12345',
      'Milex 1.2: from 1.2.0, fixed in 1.2.3',
      'Fixed inMilex 1.1.9, Milex 1.2.3',
      'Ada Lovelace, Grace Hopper',
      'Published20 Sep 2022',
      'Updated22 Sep 2022',
    ]) {
      expect(text).toContain(part);
    }
    expect(await page.locator('article h2', { hasText: 'Workarounds' }).count()).toBe(1);
    const notes = page.getByRole('link', { name: 'release notes' });
    expect(await notes.getAttribute('rel')).toBe('noopener noreferrer');
    expect(problems).toEqual([]);
  });

  it('is laid out like a policy page: sidebar, breadcrumbs, table of contents, edit link, date', async () => {
    // Also guards src/components/AdvisoryPage, which hands the theme's DocItem the MDX module
    // wrapped, its exports (metadata, table of contents) copied over: an upgrade that moves them
    // leaves no table of contents or no page at all.
    const parts = {
      sidebar: '.theme-doc-sidebar-container nav',
      breadcrumbs: 'nav.theme-doc-breadcrumbs',
      title: 'article .theme-doc-markdown > header > h1',
      contents: '.theme-doc-toc-desktop',
      edit: 'a.theme-edit-this-page',
      lastUpdated: '[data-last-updated]',
      pagination: 'nav.pagination-nav',
    };
    const counts = async (url: string) => {
      const { page, problems } = await visit(context, url);
      expect(problems).toEqual([]);
      const found: Record<string, number> = {};
      for (const [name, selector] of Object.entries(parts)) {
        found[name] = await page.locator(selector).count();
      }
      return { page, found };
    };
    const policy = await counts(fixtureUrl(routes.disclosure));
    const { page, found } = await counts(fixtureUrl(advisoryRoute('MILEX-2022-001')));
    expect(found).toEqual(policy.found);
    expect(Object.values(found).every((count) => count === 1)).toBe(true);

    // The table of contents lists the sections of the advisory's text, in order.
    // Each heading ends with its anchor link, a zero-width space.
    const sections = (await page.locator('[data-advisory-body] h2').allTextContents()).map((text) =>
      text.replace(/\u200b/g, ''),
    );
    expect(sections.length).toBeGreaterThan(1);
    expect(await page.locator('.theme-doc-toc-desktop a').allTextContents()).toEqual(sections);
    // "Last updated" is the advisory's own last date, not a commit's.
    const [loaded] = (await fixtureAdvisories()).filter((l) => l.advisory.id === 'MILEX-2022-001');
    const { published, updated } = loaded?.advisory ?? {};
    expect(await page.locator('[data-last-updated]').getAttribute('data-last-updated')).toBe(
      updated ?? published,
    );
    expect(await page.locator('a.theme-edit-this-page').getAttribute('href')).toMatch(
      /\/tests\/fixtures\/advisories\/MILEX-2022-001\.md$/,
    );
    // The sidebar leads back to the list, and the navbar shows the section.
    await page
      .locator('.theme-doc-sidebar-container')
      .getByRole('link', { name: pageNames.advisoryList })
      .waitFor();
    expect(await page.locator('.navbar__link--active').textContent()).toBe(pageNames.advisoryList);
  });

  it('sidebar: once hydrated, each year has its caret button, which opens it in place', async () => {
    // Both visits on the build's own day: on a later day the notice banner above goes once
    // hydrated (e2e/notices.test.ts), which would move the labels for another reason.
    const onBuildDay = async (javaScriptEnabled: boolean) => {
      const opened = await browser.newContext({ javaScriptEnabled });
      await opened.clock.setFixedTime(new Date(`${FIXTURE_BUILD_DAY}T12:00:00Z`));
      return opened;
    };
    const [withScript, scriptless] = await Promise.all([onBuildDay(true), onBuildDay(false)]);
    const { page, problems } = await visit(withScript, fixtureUrl(advisoryRoute('MILEX-2022-001')));
    const sidebar = page.locator('nav[aria-label="Docs sidebar"]');
    // The HTML has none (advisorySidebar.test.ts): the buttons only work with JavaScript.
    await sidebar
      .getByRole('button', { name: "Collapse sidebar category 'Advisories of 2022'" })
      .waitFor();
    const other = sidebar.getByRole('button', {
      name: "Expand sidebar category 'Advisories of 2021'",
    });
    expect(await other.getAttribute('aria-expanded')).toBe('false');
    // Without JavaScript, each label keeps the room its button will take: nothing moves when it comes.
    const without = await visit(scriptless, fixtureUrl(advisoryRoute('MILEX-2022-001')), {
      javaScript: false,
    });
    const labelBoxes = (visited: typeof without) =>
      visited.page
        .locator('nav[aria-label="Docs sidebar"] .menu__list-item-collapsible > a')
        .evaluateAll((labels) =>
          labels.map((label) => {
            const { left, top, width, height } = label.getBoundingClientRect();
            return { left, top, width, height };
          }),
        );
    expect(await labelBoxes(without)).toEqual(await labelBoxes({ page, problems }));
    const links = await sidebar.getByRole('link').count();
    await other.click();
    await sidebar
      .getByRole('button', { name: "Collapse sidebar category 'Advisories of 2021'" })
      .waitFor();
    expect(await sidebar.locator(`a[href$="${advisoryRoute('MILEX-2021-001')}"]`).count()).toBe(1);
    expect(await sidebar.getByRole('link').count()).toBe(links + 1);
    expect(new URL(page.url()).pathname).toBe(`/security${advisoryRoute('MILEX-2022-001')}`);
    expect(problems).toEqual([]);
    await Promise.all([withScript.close(), scriptless.close()]);
  });

  it('shows its text as plain Markdown: braces and angle brackets as written, site links under the base path', async () => {
    const { page, problems } = await visit(context, fixtureUrl(advisoryRoute('MILEX-2022-003')));
    const body = page.locator('[data-advisory-body]');
    const text = await body.textContent();
    expect(text).toContain("{{ app.request.get('return') }}");
    expect(text).toContain('in every version < 1.1.7.');
    expect(await body.getByRole('link', { name: 'Supported versions' }).getAttribute('href')).toBe(
      '/security/supported-versions',
    );
    expect(problems).toEqual([]);
  });

  it('links to the version checker, which opens at the checker and answers for this advisory', async () => {
    const { page, problems } = await visit(context, fixtureUrl(advisoryRoute('MILEX-2022-002')));
    await page.locator('[data-advisory-facts]').getByRole('link', { name: checkerName }).click();
    await page.waitForURL((url) => url.hash === `#${checkerAnchor}`);
    expect(new URL(page.url()).pathname).toBe('/security/supported-versions');
    const input = page.getByLabel('Your Milex version');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    expect(await page.locator('[data-asked-advisory]').textContent()).toBe(
      'Checking for MILEX-2022-002, Authentication bypass in the API: type your version to see whether it affects it.',
    );
    const answer = page.getByRole('status');
    await input.fill('1.2.1');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => answer.textContent()).toContain('MILEX-2022-002 affects Milex 1.2.1.');
    await input.fill('1.2.4');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect
      .poll(() => answer.textContent())
      .toContain('MILEX-2022-002 does not affect Milex 1.2.4.');
    expect(problems).toEqual([]);
  });

  it('links to its own OSV record', async () => {
    const { page } = await visit(context, fixtureUrl(advisoryRoute('MILEX-2021-001')));
    const href = await page
      .getByRole('link', { name: 'this advisory as an OSV record' })
      .getAttribute('href');
    expect(href).toBe('/security/advisories/osv/MILEX-2021-001.json');
    const record = JSON.parse(await fetchText(new URL(href ?? '', page.url()).href)) as {
      id: string;
    };
    expect(record.id).toBe('x_MILEX-2021-001');
  });

  it('is listed in the sitemap, each advisory once', async () => {
    const sitemap = await fetchText(fixtureUrl('/sitemap.xml'));
    for (const id of NEWEST_FIRST) {
      expect(sitemap.split(`${FIXTURE_ROOT}advisories/${id}<`).length - 1, id).toBe(1);
    }
  });
});

describe('feeds and OSV records (fixture build)', () => {
  it('RSS: one item per advisory with id, severity and CVEs, each linking to a page that exists', async () => {
    const rss = xml(await fetchText(fixtureUrl(outputs.advisoriesRss))) as {
      rss: {
        channel: {
          item: {
            title: string;
            link: string[];
            guid: { '#text': string };
            category: { '#text': string; '@_domain': string }[];
          }[];
        };
      };
    };
    const { item } = rss.rss.channel;
    expect(item.map((i) => i.guid['#text'])).toEqual(NEWEST_FIRST);
    expect(item[1]?.title).toBe('MILEX-2022-001 (High): Stored cross-site scripting in form names');
    expect(item[1]?.category).toContainEqual({ '#text': 'high', '@_domain': 'severity' });
    expect(item[1]?.category).toContainEqual({ '#text': 'CVE-2022-12345', '@_domain': 'cve' });
    for (const entry of item) {
      const link = entry.link[0] ?? '';
      expect(link).toBe(`${FIXTURE_ROOT}advisories/${entry.guid['#text']}`);
      expect((await get(servedFixture(link))).status, link).toBe(200);
    }
  });

  it('Atom: the required elements, and every entry with an id, a date and its severity', async () => {
    const { feed } = xml(await fetchText(fixtureUrl(outputs.advisoriesAtom))) as {
      feed: {
        id: string;
        title: string;
        updated: string;
        author: { name: string };
        entry: { id: string; title: string; updated: string; category: { '@_term': string }[] }[];
      };
    };
    expect(feed.id).toBe(`${FIXTURE_ROOT}advisories/atom.xml`);
    expect(feed.author.name).toBe(site.teamName);
    expect(feed.entry).toHaveLength(NEWEST_FIRST.length);
    for (const entry of feed.entry) {
      // The same ids wherever the build is published.
      expect(entry.id).toMatch(/^tag:www\.milex\.org,\d{4}:advisory:MILEX-\d{4}-\d{3}$/);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(['low', 'moderate', 'high', 'critical']).toContain(entry.category[0]?.['@_term']);
    }
  });

  it('JSON Feed: version 1.1, every item with id, severity and CVEs', async () => {
    const feed = JSON.parse(await fetchText(fixtureUrl(outputs.advisoriesJsonFeed))) as {
      version: string;
      feed_url: string;
      items: { id: string; url: string; tags: string[]; _milex: { severity: string } }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${FIXTURE_ROOT}advisories/feed.json`);
    expect(feed.items.map((i) => i.id)).toEqual(NEWEST_FIRST);
    expect(feed.items[1]?.tags).toEqual(['high', 'CVE-2022-12345']);
    expect(feed.items.map((i) => i._milex.severity)).toEqual([
      'critical',
      'high',
      'moderate',
      'moderate',
      'low',
    ]);
  });

  it('OSV: every record is valid against the official schema, alone and in all.json', async () => {
    const all = JSON.parse(await fetchText(fixtureUrl(`${outputs.osv}all.json`))) as {
      id: string;
    }[];
    expect(all.map((r) => r.id)).toEqual(NEWEST_FIRST.map((id) => `x_${id}`));
    for (const id of NEWEST_FIRST) {
      const record = JSON.parse(await fetchText(fixtureUrl(`${outputs.osv}${id}.json`))) as object;
      expect(validateOsv(record), `${id}: ${JSON.stringify(validateOsv.errors)}`).toBe(true);
      expect(all).toContainEqual(record);
      expect(JSON.stringify(record)).toContain(`"url":"${FIXTURE_ROOT}advisories/${id}"`);
    }
  });
});

/**
 * The real build publishes exactly the advisories in advisories/, whatever they are: none yet, as
 * the site started, or any number a maintainer has added. (Each file is named after its id.)
 */
describe('the real build', () => {
  const ids = readdirSync('advisories')
    .filter(isItemFile)
    .map((name) => name.replace(/\.md$/, ''))
    .sort();

  it('lists every advisory in advisories/, or says plainly there is none, with and without JavaScript', async () => {
    for (const [browsing, javaScript] of [
      [context, true],
      [noScript, false],
    ] as const) {
      const { page, problems } = await visit(browsing, siteUrl(routes.advisoryList), {
        javaScript,
      });
      const listed = await page
        .locator('li[data-advisory]')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.advisory ?? ''));
      expect([...listed].sort()).toEqual(ids);
      const empty = page.locator('[data-advisories-empty]');
      if (ids.length === 0) {
        expect(await empty.textContent()).toContain(
          'No security advisories have been published yet.',
        );
      } else {
        expect(await empty.count()).toBe(0);
      }
      expect(problems).toEqual([]);
    }
  });

  it('writes the feeds and the OSV records with exactly those advisories, empty when there are none', async () => {
    const rss = xml(await fetchText(siteUrl(outputs.advisoriesRss))) as {
      rss: { channel: { title: string; item?: { guid: { '#text': string } }[] } };
    };
    expect(rss.rss.channel.title).toBe('Milex security advisories');
    expect((rss.rss.channel.item ?? []).map((item) => item.guid['#text']).sort()).toEqual(ids);
    const atom = xml(await fetchText(siteUrl(outputs.advisoriesAtom))) as {
      feed: { id: string; entry?: unknown[] };
    };
    expect(atom.feed.id).toBe(`${inject('configuredRoot')}advisories/atom.xml`);
    expect(atom.feed.entry ?? []).toHaveLength(ids.length);
    const json = JSON.parse(await fetchText(siteUrl(outputs.advisoriesJsonFeed))) as {
      items: unknown[];
    };
    expect(json.items).toHaveLength(ids.length);
    const osv = JSON.parse(await fetchText(siteUrl(`${outputs.osv}all.json`))) as {
      database_specific: { milex_id: string };
    }[];
    expect(osv.map((record) => record.database_specific.milex_id).sort()).toEqual(ids);
  });

  it('lists the advisory feeds and OSV records on Feeds and data, at addresses that answer', async () => {
    const { page, problems } = await visit(context, siteUrl(routes.feedsAndData));
    const configured = inject('configuredRoot');
    const hrefs = await page
      .locator('article a[href*="/advisories/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs).toEqual(
      [
        outputs.advisoriesRss,
        outputs.advisoriesAtom,
        outputs.advisoriesJsonFeed,
        `${outputs.osv}all.json`,
      ].map((path) => `${configured}${path.slice(1)}`),
    );
    for (const href of hrefs) {
      expect((await get(siteUrl(href.slice(configured.length)))).status, href).toBe(200);
    }
    expect(problems).toEqual([]);
  });

  it('has a page for each of them, and no other advisory page', async () => {
    const advisoryPages = (await sitemapUrls()).filter((url) =>
      new URL(url).pathname.includes('/advisories/'),
    );
    expect(advisoryPages.map((url) => url.slice(url.lastIndexOf('/') + 1)).sort()).toEqual(ids);
  });
});
