// @vitest-environment jsdom
/**
 * What the built pages say, read from the HTML the server sends (every word and link checked here
 * is in the static HTML, so no browser is needed): each page has one name, every link to a page of
 * the site is named after that page, public pages hold no maintainer material, and every policy
 * page says when it last changed.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { MAX_PAGE_TITLE } from '../src/lib/content/item';
import { routes, sectionNames, site } from '../src/lib/site';
import { BUILD_VARIABLES } from '../src/lib/buildTime/settings';
import { formatDate, isIsoDate, utcDayOf } from '../src/lib/formats/dates';
import { fixtureSitemapUrls, fixtureUrl, get, sitemapUrls, siteUrl } from './browser';
import { NOT_COMMITTED, POLICY_FACTS, POLICY_LINKS } from './policyWords';

interface Page {
  readonly url: string;
  readonly document: Document;
}

async function load(url: string): Promise<Page> {
  // The 404 page answers with status 404; it is a page like the others all the same.
  const html = await (await get(url)).text();
  return { url, document: new DOMParser().parseFromString(html, 'text/html') };
}

/** Words as a reader sees them: no zero-width spaces, single spaces. */
const words = (node: Node | null | undefined): string =>
  (node?.textContent ?? '')
    .replace(/\u200b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A heading's own words, without the theme's "#" link beside it. */
function headingWords(heading: Element): string {
  const copy = heading.cloneNode(true) as Element;
  for (const anchor of copy.querySelectorAll('a.hash-link')) anchor.remove();
  return words(copy);
}

/**
 * What a link says: for the "Previous"/"Next" cards, the page name without the word above it; for a
 * card of a category's index page, its title (the card adds an icon and the page's description).
 */
const linkWords = (link: Element): string =>
  link.querySelector('h2[title]')?.getAttribute('title') ??
  words(link.querySelector('.pagination-nav__label') ?? link);

/** The page's name as its tab shows it: the title before " | Milex Security". */
const tabName = (page: Page): string => page.document.title.replace(` | ${site.title}`, '');

/** Docusaurus's breadcrumbs name the sidebar category a doc sits in. */
const isForTheTeam = (page: Page): boolean =>
  [...page.document.querySelectorAll('.breadcrumbs__item')].some(
    (item) => words(item) === sectionNames.forTeamMembers,
  );

/**
 * The text a visitor can read, scripts and styles left out, and the site's own words only: an
 * advisory's text is the team's to write (it may well say `npm install milex@4.2.1`).
 */
function readableText(page: Page): string {
  const body = page.document.body.cloneNode(true) as HTMLElement;
  for (const left of body.querySelectorAll('script, style, template, [data-advisory-body]')) {
    left.remove();
  }
  return words(body);
}

/** Words that belong in MAINTAINING.md or under "For team members", never on a public page. */
const MAINTAINER_MATERIAL: readonly (readonly [RegExp, string])[] = [
  ...BUILD_VARIABLES.map(
    (name) => [new RegExp(`\\b${name}\\b`), `the build setting ${name}`] as const,
  ),
  [/\bnpm\b/, 'an npm command'],
  [/\b(?:src|plugins|scripts|tests|static|\.github)\/\S/, "a path in the site's repository"],
  [/\bdocusaurus\.config|\bpostBuild\b|\bwebpack\b/i, 'how the site is built'],
];

const builds = [
  { name: 'the real build', urls: sitemapUrls, missing: () => siteUrl('/no-such-page') },
  {
    name: 'the fixture build',
    urls: fixtureSitemapUrls,
    missing: () => fixtureUrl('/no-such-page'),
  },
];

describe.each(builds)('$name', (build) => {
  /** Every page in the sitemap, by address. */
  const pages = new Map<string, Page>();
  let notFound: Page;

  beforeAll(async () => {
    for (const url of await build.urls()) pages.set(url, await load(url));
    notFound = await load(build.missing());
  });

  it('gives each page one name: its heading, its tab title, its sidebar entry and breadcrumb', () => {
    const problems: string[] = [];
    for (const page of pages.values()) {
      const h1 = page.document.querySelectorAll('h1');
      if (h1.length !== 1 || h1[0] === undefined) {
        problems.push(`${page.url}: ${String(h1.length)} h1 headings`);
        continue;
      }
      const name = headingWords(h1[0]);
      const others = {
        'tab title': tabName(page),
        'sidebar entry': page.document.querySelector('.menu__link[aria-current="page"]'),
        breadcrumb: page.document.querySelector('.breadcrumbs__item--active'),
      };
      for (const [where, other] of Object.entries(others)) {
        if (other === null) continue; // pages outside the docs have no sidebar or breadcrumbs
        const otherName = typeof other === 'string' ? other : words(other);
        if (otherName !== name)
          problems.push(`${page.url}: ${where} "${otherName}", heading "${name}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  // The tab title as a browser shows it, entities read: html-validate's long-title rule counts
  // them as written (&lt; as four), so it is off (.htmlvalidate.mjs) and this is the check.
  it(`keeps every tab title within ${String(MAX_PAGE_TITLE)} characters, as shown`, () => {
    const long = [...pages.values()]
      .map((page) => ({ url: page.url, title: page.document.title }))
      .filter(({ title }) => title.length > MAX_PAGE_TITLE)
      .map(({ url, title }) => `${url}: "${title}" is ${String(title.length)} characters`);
    expect(long).toEqual([]);
  });

  it('names every link to a page of the site after that page (or the heading it opens at)', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of [...pages.values(), notFound]) {
      for (const link of page.document.querySelectorAll('a[href]')) {
        const said = linkWords(link);
        // The "#" beside each heading, links that are an icon only (the breadcrumbs' home), and
        // links in an advisory's text, which the team words as it likes.
        if (link.classList.contains('hash-link') || said === '') continue;
        if (link.closest('[data-advisory-body]') !== null) continue;
        const address = new URL(link.getAttribute('href') ?? '', page.url);
        const hash = decodeURIComponent(address.hash.slice(1));
        address.hash = '';
        address.search = '';
        const target = pages.get(address.href);
        // Another site, or a file such as a feed: named by what it is, not after a page.
        if (target === undefined) continue;
        const opened =
          hash === '' ? target.document.querySelector('h1') : target.document.getElementById(hash);
        // A same-page jump to something that is not a heading (a footnote, the skip link).
        if (opened === null || !/^H[1-6]$/.test(opened.tagName)) continue;
        const name = headingWords(opened);
        checked += 1;
        if (said.toLowerCase() !== name.toLowerCase()) {
          problems.push(`${page.url}: the link "${said}" opens "${name}" (${address.href})`);
        }
      }
    }
    expect(problems).toEqual([]);
    // The navbar and footer alone link to several pages from every page.
    expect(checked).toBeGreaterThan(pages.size * 5);
  });

  it("says every fact of the team's policy, and links the projects it draws on", () => {
    const publicPages = [...pages.values()].filter((page) => !isForTheTeam(page));
    const text = publicPages.map(readableText).join(' ');
    const missing = POLICY_FACTS.filter(([pattern]) => !pattern.test(text)).map(([, what]) => what);
    expect(missing, 'facts of the policy that no public page states').toEqual([]);
    const links = new Set(
      publicPages.flatMap((page) =>
        [...page.document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      ),
    );
    expect(POLICY_LINKS.filter((link) => !links.has(link))).toEqual([]);
  });

  it('makes no commitment the policy does not make, on any public page', () => {
    // Each pattern finds the kind of sentence it is there for.
    for (const [pattern, what, example] of NOT_COMMITTED) expect(example, what).toMatch(pattern);
    const problems: string[] = [];
    for (const page of [...pages.values(), notFound].filter((p) => !isForTheTeam(p))) {
      const text = readableText(page);
      for (const [pattern, what] of NOT_COMMITTED) {
        const found = pattern.exec(text);
        if (found) problems.push(`${page.url}: ${what} ("${found[0]}")`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows no maintainer material (commands, build settings, file paths) outside "For team members"', () => {
    const problems: string[] = [];
    const publicPages = [...pages.values(), notFound].filter((page) => !isForTheTeam(page));
    for (const page of publicPages) {
      const text = readableText(page);
      for (const [pattern, what] of MAINTAINER_MATERIAL) {
        const found = pattern.exec(text);
        if (found) problems.push(`${page.url}: ${what} ("${found[0]}")`);
      }
    }
    expect(problems).toEqual([]);
    // The team's own pages are told apart, and the patterns do find such material there.
    const teamPages = [...pages.values()].filter(isForTheTeam);
    expect(teamPages.length).toBeGreaterThan(0);
    expect(
      teamPages.some((page) =>
        MAINTAINER_MATERIAL.some(([pattern]) => pattern.test(readableText(page))),
      ),
    ).toBe(true);
  });
});

/** Each policy page's source file, by its path under the site's base URL (`/scope`). */
const sources = new Map(
  readdirSync('docs')
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const [, frontMatter = ''] =
        /^---\n([\s\S]*?)\n---/.exec(readFileSync(`docs/${file}`, 'utf8')) ?? [];
      const { slug } = parseYaml(frontMatter) as { slug: string };
      return [slug, `docs/${file}`] as const;
    }),
);

/** The address of every "Edit this page" link on a page. */
const editLinks = (page: Page): string[] =>
  [...page.document.querySelectorAll('a.theme-edit-this-page')].map(
    (link) => link.getAttribute('href') ?? '',
  );

describe('edit links', () => {
  it("open each policy page's own file, in the repository the fixture build is given", async () => {
    // npm run build:fixtures (scripts/buildFixtures.ts) sets REPOSITORY_URL and REPOSITORY_BRANCH to these.
    const edit = 'https://git.example.org/milex/security-site/edit/main/';
    for (const [slug, file] of sources) {
      expect(editLinks(await load(fixtureUrl(slug))), slug).toEqual([`${edit}${file}`]);
    }
    // Pages that are not files of docs/ have none.
    expect(editLinks(await load(fixtureUrl('/')))).toEqual([]);
    expect(editLinks(await load(fixtureUrl('/advisories')))).toEqual([]);
  });

  it("come with a link to that repository and its MAINTAINING.md on the team's own page", async () => {
    const page = await load(fixtureUrl(routes.forTeamMembers));
    const hrefs = [...page.document.querySelectorAll('article a[href]')].map((link) =>
      link.getAttribute('href'),
    );
    expect(hrefs).toContain('https://git.example.org/milex/security-site');
    expect(hrefs).toContain('https://git.example.org/milex/security-site/blob/main/MAINTAINING.md');
  });

  it('are on every policy page of the real build or on none, and never point anywhere else', async () => {
    const found = new Map<string, string[]>();
    for (const [slug, file] of sources) {
      const links = editLinks(await load(siteUrl(slug)));
      found.set(file, links);
      for (const link of links)
        expect(link).toMatch(new RegExp(`^https://[^ ]+/edit/[^ ]+/${file}$`));
    }
    // Whether there are any depends on how the build was run (GitHub Actions, REPOSITORY_URL).
    const counts = new Set([...found.values()].map((links) => links.length));
    expect([...counts].every((count) => count <= 1) && counts.size === 1).toBe(true);
  });
});

describe('the real build', () => {
  /** The UTC day of the file's last commit, as Docusaurus reads it; undefined if never committed. */
  function lastCommitDay(file: string): string | undefined {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], {
      encoding: 'utf8',
    }).trim();
    return seconds === '' ? undefined : utcDayOf(new Date(Number(seconds) * 1000));
  }

  it('shows on every policy page the UTC day its file was last committed', async () => {
    expect(sources.size).toBeGreaterThan(5);
    const problems: string[] = [];
    let dated = 0;
    for (const [slug, file] of sources) {
      const url = siteUrl(slug);
      const page = await load(url);
      const shown = page.document.querySelector('[data-last-updated] time');
      const day = lastCommitDay(file);
      if (day === undefined) {
        // A page not committed yet has no history to read a date from.
        if (shown !== null) problems.push(`${file} is not committed, yet its page shows a date`);
        continue;
      }
      const iso = shown?.getAttribute('datetime') ?? '';
      if (shown === null || !isIsoDate(iso)) {
        problems.push(`${url} shows no last-updated day (${file} was last committed on ${day})`);
        continue;
      }
      dated += 1;
      if (iso !== day || words(shown) !== formatDate(day)) {
        problems.push(
          `${url} shows "${words(shown)}" (${iso}); ${file} was last committed on ${day}`,
        );
      }
      if (!words(shown.parentElement).startsWith('Last updated on')) {
        problems.push(`${url}: the date is not introduced as the last update`);
      }
    }
    expect(problems).toEqual([]);
    expect(dated, 'pages whose files are committed').toBeGreaterThan(0);
  });
});
