import { XMLParser } from 'fast-xml-parser';
// fast-xml-parser's own XMLValidator is deprecated in favour of this package.
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';

import { site } from '../site';

import { errorOf } from '../../../tests/errorOf';
import { fifteenReleases, fixtureReleases, lineAndMinors } from '../../../tests/fixtures/releases';
import { lifecycleAtom, lifecycleEvents } from './lifecycleFeed';
import { escapeXml } from '../formats/xml';
import type { Release } from '../releases/model';

const options = {
  today: '2022-10-01',
  siteUrl: 'https://example.org/security/',
  feedUrl: 'https://example.org/security/releases.atom',
  pageUrl: 'https://example.org/security/supported-versions',
  host: 'example.org',
};

interface Entry {
  id: string;
  title: string;
  published: string;
  updated: string;
  summary: { '#text': string; '@_type': string };
  link: { '@_rel': string; '@_href': string }[];
}

interface Feed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  author: { name: string };
  link: { '@_rel': string; '@_href': string; '@_type': string }[];
  entry?: Entry[];
}

function parse(xml: string): Feed {
  expect(SyntaxValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    // Titles such as "1.0" stay text.
    parseTagValue: false,
    isArray: (name) => name === 'entry' || name === 'link',
  });
  return (parser.parse(xml) as { feed: Feed }).feed;
}

const feedOn = (today: string, releases: readonly Release[] = fixtureReleases): Feed =>
  parse(lifecycleAtom(releases, { ...options, today }));

const entriesOn = (today: string, releases: readonly Release[] = fixtureReleases): Entry[] =>
  feedOn(today, releases).entry ?? [];

describe('lifecycleAtom', () => {
  const xml = lifecycleAtom(fixtureReleases, options);
  const feed = parse(xml);
  const entries = feed.entry ?? [];

  it('is an XML document with LF line ends and a final newline', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed ')).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).not.toContain('\r');
    expect(xml.endsWith('</feed>\n')).toBe(true);
  });

  it('lists the events up to today, newest first, dated by the event', () => {
    // On 2022-10-01: 1.0 had its beta, release and end of life (its two ends coincide, so no
    // security-only entry); 1.1 its beta, release and security-only phase; 1.2 (no beta) its
    // release. 1.1's end of life (2022-12-06) and everything of 2.x (from 2023) are to come.
    expect(entries.map((entry) => [entry.updated, entry.id, entry.title])).toEqual([
      [
        '2022-09-06T00:00:00Z',
        'tag:example.org,2022:milex-1.1-security-only',
        'Milex 1.1 moved to security support only',
      ],
      ['2022-09-05T00:00:00Z', 'tag:example.org,2022:milex-1.2-released', 'Milex 1.2 released'],
      ['2022-02-28T00:00:00Z', 'tag:example.org,2022:milex-1.1-released', 'Milex 1.1 released'],
      ['2022-01-10T00:00:00Z', 'tag:example.org,2022:milex-1.1-beta', 'Milex 1.1 beta published'],
      [
        '2021-11-30T00:00:00Z',
        'tag:example.org,2021:milex-1.0-eol',
        'Milex 1.0 reached end of life',
      ],
      ['2021-08-30T00:00:00Z', 'tag:example.org,2021:milex-1.0-released', 'Milex 1.0 released'],
      ['2021-05-17T00:00:00Z', 'tag:example.org,2021:milex-1.0-beta', 'Milex 1.0 beta published'],
    ]);
    for (const entry of entries) expect(entry.published).toBe(entry.updated);
  });

  it('explains each entry in plain text', () => {
    const byId = new Map(entries.map((entry) => [entry.id, entry.summary]));
    for (const entry of entries) expect(entry.summary['@_type']).toBe('text');
    // Each entry is in the past tense, and says what held on its day.
    expect(byId.get('tag:example.org,2022:milex-1.1-security-only')?.['#text']).toBe(
      'Active support for Milex 1.1 ended on 2022-09-05. As of that day, it was in security support only, until 2022-12-05 (UTC, inclusive).',
    );
    expect(byId.get('tag:example.org,2021:milex-1.0-beta')?.['#text']).toBe(
      'The first beta of Milex 1.0 came out on 2021-05-17, for testing. Betas get no security advisories. Stable release: 2021-08-30.',
    );
    // 1.1 came out after 1.0's end: no release to upgrade to is claimed.
    expect(byId.get('tag:example.org,2021:milex-1.0-eol')?.['#text']).toContain(
      'Milex 1.0 reached end of life on 2021-11-30: its security support has ended',
    );
    expect(byId.get('tag:example.org,2021:milex-1.0-eol')?.['#text']).toContain(
      'No other release listed on Supported versions was supported on that day.',
    );
    expect(byId.get('tag:example.org,2022:milex-1.1-beta')?.['#text']).toContain(
      'Betas get no security advisories.',
    );
    expect(byId.get('tag:example.org,2022:milex-1.2-released')?.['#text']).toContain(
      'Note: Security fixes cover Milex itself, not its end-of-life dependencies.',
    );
  });

  it("keeps every entry in the past tense, a line's open end included", () => {
    // 3.3, the line's most recent minor release, was supported until a newer one "came out": read
    // in 2026, no entry may say that one "comes out", or that a release is planned.
    const summaries = (
      parse(lifecycleAtom(lineAndMinors, { ...options, today: '2026-12-01' })).entry ?? []
    ).map((entry) => entry.summary['#text']);
    expect(summaries.some((text) => text.includes('minor release came out, if sooner'))).toBe(true);
    for (const text of summaries)
      expect(text).not.toMatch(/\bcomes out\b|\bplans\b|\bis planned\b/);
  });

  it('says why no entry is due, only while no listed release is supported or coming', () => {
    // 2.x, planned on the fixture day, is supported until 2025-09-01; after that nothing is listed.
    expect(feed.subtitle).not.toContain('no new entry is due');
    expect(feedOn('2025-09-01').subtitle).not.toContain('no new entry is due');
    expect(feedOn('2025-09-02').subtitle).toBe(
      'Milex betas and releases published, releases moving to security support only, and reaching end of life. As of 2025-09-02, no Milex release listed on Supported versions is supported or planned, so no new entry is due; the next comes with a new release.',
    );
  });

  it('is as new as its newest entry, whatever the day it is built', () => {
    expect(feed.updated).toBe('2022-09-06T00:00:00Z');
    expect(feedOn('2022-11-30').updated).toBe('2022-09-06T00:00:00Z');
    expect(feedOn('2022-12-06').updated).toBe('2022-12-06T00:00:00Z');
  });

  it('includes an event on its own day and not the day before', () => {
    const ids = (today: string): string[] => entriesOn(today).map((entry) => entry.id);
    expect(ids('2022-09-04')).not.toContain('tag:example.org,2022:milex-1.2-released');
    expect(ids('2022-09-05')).toContain('tag:example.org,2022:milex-1.2-released');
    // Active support includes its last day: security-only starts the day after.
    expect(ids('2022-09-05')).not.toContain('tag:example.org,2022:milex-1.1-security-only');
    expect(ids('2022-09-06')).toContain('tag:example.org,2022:milex-1.1-security-only');
  });

  it('adds end of life on the day after the last day of security support, not before', () => {
    const titles = (today: string): string[] => entriesOn(today).map((entry) => entry.title);
    expect(titles('2022-12-05')).not.toContain('Milex 1.1 reached end of life');
    expect(titles('2022-12-06')).toContain('Milex 1.1 reached end of life');
  });

  it('has no beta entry for a release without a beta, or with one on the release day', () => {
    const noBeta = fixtureReleases[1];
    expect(noBeta.branch).toBe('1.2');
    expect(entriesOn('2030-01-01', [noBeta]).map((entry) => entry.id)).toEqual([
      'tag:example.org,2023:milex-1.2-eol',
      'tag:example.org,2023:milex-1.2-security-only',
      'tag:example.org,2022:milex-1.2-released',
    ]);
    const sameDay: Release = { ...noBeta, betaRelease: noBeta.initialRelease };
    expect(entriesOn('2030-01-01', [sameDay])).toHaveLength(3);
  });

  it('goes straight to end of life when both support periods end on the same day', () => {
    const titles = entries.map((entry) => entry.title);
    expect(titles).not.toContain('Milex 1.0 is now in security support only');
  });

  it('keeps entry ids unique and stable across rebuilds', () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const laterIds = entriesOn('2030-01-01').map((entry) => entry.id);
    expect(new Set(laterIds).size).toBe(laterIds.length);
    for (const id of ids) expect(laterIds).toContain(id);
  });

  it('writes the same feed whatever the order of the input', () => {
    expect(lifecycleAtom([...fixtureReleases].reverse(), options)).toBe(xml);
  });

  it('orders entries of one day by branch number, newest branch first', () => {
    const dates = {
      initialRelease: '2025-01-01',
      activeSupportUntil: '2025-06-30',
      securitySupportUntil: '2025-12-31',
    } as const;
    const twins: Release[] = [
      { branch: '1.9', ...dates },
      { branch: '1.10', ...dates },
    ];
    expect(entriesOn('2025-01-01', twins).map((entry) => entry.title)).toEqual([
      'Milex 1.10 released',
      'Milex 1.9 released',
    ]);
  });

  it('gives fifteen releases four entries each once all is past, newest first', () => {
    // Each has a beta before its release and a security-only phase before its end of life.
    const all = entriesOn('2030-01-01', fifteenReleases);
    expect(all).toHaveLength(60);
    expect(new Set(all.map((entry) => entry.id)).size).toBe(60);
    const days = all.map((entry) => entry.updated);
    expect(days).toEqual([...days].sort().reverse());
    // 1.14: security support ends 2023-09-01, released 2022-09-01 after a beta on 2022-08-01.
    expect(all[0]?.id).toBe('tag:example.org,2023:milex-1.14-eol');
    expect(all.at(-1)?.id).toBe('tag:example.org,2017:milex-1.0-beta');
  });

  it('identifies and links itself, links the site and each entry to the page', () => {
    expect(feed.id).toBe(options.feedUrl);
    expect(feed.title).toBe('Milex release lifecycle');
    expect(feed.subtitle).toBeTruthy();
    expect(feed.author.name).toBe(site.teamName);
    const rels = Object.fromEntries(feed.link.map((link) => [link['@_rel'], link]));
    expect(rels.self?.['@_href']).toBe(options.feedUrl);
    expect(rels.self?.['@_type']).toBe('application/atom+xml');
    expect(rels.alternate?.['@_href']).toBe(options.siteUrl);
    expect(feed.link).toHaveLength(2);
    for (const entry of entries) {
      expect(entry.link.map((link) => [link['@_rel'], link['@_href']])).toEqual([
        ['alternate', options.pageUrl],
      ]);
    }
  });

  it('has no entries before any release, and is dated today', () => {
    const empty = feedOn('2020-01-01');
    expect(empty.entry).toBeUndefined();
    expect(empty.updated).toBe('2020-01-01T00:00:00Z');
    expect(feedOn('2020-01-01', []).updated).toBe('2020-01-01T00:00:00Z');
  });

  it('escapes markup in a note', () => {
    const note = `<script>alert("x")</script> & 'more'`;
    const release: Release = { ...fixtureReleases[0], note };
    const marked = lifecycleAtom([release], options);
    expect(marked).not.toContain('<script>');
    const [newest] = parse(marked).entry ?? [];
    expect(newest?.summary['#text']).toContain(`Note: ${note}`);
  });

  it('escapes markup in a branch and in URLs', () => {
    const branch = `9<b>&"'`;
    const release: Release = { ...fixtureReleases[0], branch };
    const pageUrl = `https://example.org/page?a=1&b=<2>&c="3"`;
    const marked = lifecycleAtom([release], { ...options, pageUrl });
    expect(marked).not.toContain('<b>');
    const entry = parse(marked).entry?.[0];
    expect(entry?.title).toBe(`Milex ${branch} reached end of life`);
    expect(entry?.id).toBe(`tag:example.org,2021:milex-${branch}-eol`);
    expect(entry?.link[0]?.['@_href']).toBe(pageUrl);
  });

  it('refuses a note or branch that XML cannot carry, even escaped', () => {
    const message = errorOf(() =>
      lifecycleAtom(
        [
          { ...fixtureReleases[0], note: 'bell \u0007' },
          { ...fixtureReleases[2], branch: 'half \uD83D' },
        ],
        options,
      ),
    );
    expect(message).toContain('"1.0": note contains U+0007');
    expect(message).toContain('branch contains U+D83D');
  });

  it('refuses bad options, naming each one', () => {
    const message = errorOf(() =>
      lifecycleAtom(fixtureReleases, {
        today: '2022-13-01',
        siteUrl: 'http://example.org/',
        feedUrl: 'releases.atom',
        pageUrl: options.pageUrl,
        host: 'example.org/security',
      }),
    );
    expect(message).toContain('today must be a YYYY-MM-DD day');
    expect(message).toContain('siteUrl must be an absolute https:// URL');
    expect(message).toContain('feedUrl must be an absolute https:// URL');
    expect(message).not.toContain('pageUrl');
    expect(message).toContain('host must be a host name');
  });

  it.each([
    ['today', { today: '2022-02-30' }],
    ['today', { today: '2022-10-01T00:00:00Z' }],
    ['siteUrl', { siteUrl: 'ftp://example.org/' }],
    ['feedUrl', { feedUrl: '/releases.atom' }],
    // URL() would drop the tab; the feed would carry it.
    ['pageUrl', { pageUrl: 'https://example.org/a\tb' }],
    ['host', { host: '' }],
    ['host', { host: 'example org' }],
  ])('refuses a bad %s alone, naming only it', (name, bad) => {
    const message = errorOf(() => lifecycleAtom(fixtureReleases, { ...options, ...bad }));
    expect(message).toContain(`${name} must be`);
    for (const other of ['today', 'siteUrl', 'feedUrl', 'pageUrl', 'host']) {
      if (other !== name) expect(message).not.toContain(`${other} must be`);
    }
  });
});

describe('lifecycleEvents', () => {
  it('dates security-only and end of life from the day after the support ends', () => {
    const events = lifecycleEvents([fixtureReleases[2]], '2030-01-01');
    expect(events.map((event) => [event.kind, event.day])).toEqual([
      ['eol', '2022-12-06'],
      ['security-only', '2022-09-06'],
      ['released', '2022-02-28'],
      ['beta', '2022-01-10'],
    ]);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  it('escapes an ampersand once, even when it starts an entity', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});
