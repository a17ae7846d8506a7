/**
 * The advisory feeds as a real feed reader takes them: Debian's python3-feedparser, which (like
 * most readers) decides for itself whether an RSS title is HTML. Each title a reader shows must be
 * the advisory's title as written, with any markup in it shown as text, in every format: the
 * built feeds of the fixture build, and feeds written for titles that hold markup.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { outputs } from '../src/lib/site';
import type { Advisory } from '../src/lib/advisories/model';
import {
  advisoriesAtom,
  advisoriesJsonFeed,
  advisoriesRss,
} from '../src/lib/outputs/advisoryFeeds';
import { fixtureAdvisories } from '../tests/fixtures/advisories';
import { ensureFeedparser } from './chromium';

/**
 * Each entry's title as the reader shows it: HTML titles rendered to their text (feedparser has
 * already removed unsafe markup; any element left would be drawn, so it is kept as a tag).
 */
const READ_TITLES = `
import feedparser, html, json, re, sys
shown = []
for path in sys.argv[1:]:
    feed = feedparser.parse(path)
    if feed.bozo:
        raise SystemExit(f"{path}: {feed.bozo_exception}")
    titles = []
    for entry in feed.entries:
        detail = entry.title_detail
        text = entry.title
        if detail.type in ("text/html", "application/xhtml+xml"):
            text = "[element]" if re.search(r"<[a-zA-Z/]", text) else html.unescape(text)
        titles.append(text)
    shown.append(titles)
print(json.dumps(shown))
`;

let python: string;
let dir: string;
beforeAll(() => {
  python = ensureFeedparser();
  dir = mkdtempSync(join(tmpdir(), 'feeds-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** What the reader shows as the entries' titles, one list per file. */
function readTitles(files: readonly string[]): string[][] {
  return JSON.parse(
    execFileSync(python, ['-c', READ_TITLES, ...files], { encoding: 'utf8' }),
  ) as string[][];
}

/** The titles the JSON Feed gives, which JSON round-trips exactly: what every format must show. */
const jsonTitles = (text: string): string[] =>
  (JSON.parse(text) as { items: { title: string }[] }).items.map((item) => item.title);

describe('the advisory feeds in a feed reader (feedparser)', () => {
  it('show the fixture build’s titles as the JSON Feed gives them, in RSS and Atom', () => {
    const built = (path: string): string => join('build-fixtures', path.replace(/^\//, ''));
    const expected = jsonTitles(readFileSync(built(outputs.advisoriesJsonFeed), 'utf8'));
    expect(expected.length).toBeGreaterThan(0);
    expect(readTitles([built(outputs.advisoriesRss), built(outputs.advisoriesAtom)])).toEqual([
      expected,
      expected,
    ]);
  });

  it('show the notice feeds’ titles as the JSON Feed gives them, markup as written', () => {
    const built = (path: string): string => join('build-fixtures', path.replace(/^\//, ''));
    const expected = jsonTitles(readFileSync(built(outputs.noticesJsonFeed), 'utf8'));
    // The fixture notices include a title with markup in it (tests/fixtures/notices).
    expect(expected.some((title) => title.includes('<b>'))).toBe(true);
    expect(readTitles([built(outputs.noticesRss), built(outputs.noticesAtom)])).toEqual([
      expected,
      expected,
    ]);
  });

  it('show a title holding markup, entities and quotes as written, in RSS and Atom', async () => {
    const [first] = await fixtureAdvisories();
    if (first === undefined) throw new Error('no fixture advisory');
    const titles = [
      'A <b>bold</b> claim',
      'Tom & Jerry &amp; "quotes"',
      '1 < 2 > 0',
      "It's <img src=x>",
    ];
    const advisories: Advisory[] = titles.map((title, index) => ({
      ...first.advisory,
      id: `MILEX-2022-${String(101 + index)}`,
      title,
    }));
    const options = (feedUrl: string) => ({
      listUrl: 'https://example.org/advisories',
      feedUrl,
      pageUrl: (id: string) => `https://example.org/advisories/${id}`,
      host: 'example.org',
      today: '2022-10-01',
    });
    const rss = join(dir, 'rss.xml');
    const atom = join(dir, 'atom.xml');
    writeFileSync(rss, advisoriesRss(advisories, options('https://example.org/rss.xml')));
    writeFileSync(atom, advisoriesAtom(advisories, options('https://example.org/atom.xml')));
    const expected = jsonTitles(
      JSON.stringify(advisoriesJsonFeed(advisories, options('https://example.org/feed.json'))),
    );
    expect(expected.every((title, i) => title.endsWith(titles[i] ?? ''))).toBe(true);
    expect(readTitles([rss, atom])).toEqual([expected, expected]);
  });
});
