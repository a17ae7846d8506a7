import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';

import { errorOf } from '../../tests/errorOf';
import { fixtureReleases } from '../../tests/fixtures/releases';
import { escapeXml, lifecycleAtom, lifecycleEvents } from './atom';
import type { Release } from './types';

const options = {
  today: '2022-10-01',
  siteUrl: 'https://example.org/security/',
  feedUrl: 'https://example.org/security/releases.atom',
  pageUrl: 'https://example.org/security/supported-versions',
  host: 'example.org',
};

interface Feed {
  id: string;
  title: string;
  updated: string;
  author: { name: string };
  link: { '@_rel': string; '@_href': string; '@_type': string }[];
  entry?: {
    id: string;
    title: string;
    published: string;
    updated: string;
    summary: { '#text': string };
    link: { '@_href': string }[];
  }[];
}

function parse(xml: string): Feed {
  expect(SyntaxValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'entry' || name === 'link',
  });
  return (parser.parse(xml) as { feed: Feed }).feed;
}

describe('lifecycleAtom', () => {
  const feed = parse(lifecycleAtom(fixtureReleases, options));

  it('lists the events up to today, newest first, dated by the event', () => {
    // On 2022-10-01: 1.0 released and end of life; 1.1 released and security-only; 1.2 released.
    // 2.x is released only in 2023, and 1.1's end of life (2022-12-06) is still to come.
    expect(feed.entry?.map((entry) => [entry.updated, entry.title])).toEqual([
      ['2022-09-06T00:00:00Z', 'Milex 1.1 now gets security fixes only'],
      ['2022-09-05T00:00:00Z', 'Milex 1.2 released'],
      ['2022-02-28T00:00:00Z', 'Milex 1.1 released'],
      ['2021-11-30T00:00:00Z', 'Milex 1.0 reached end of life'],
      ['2021-08-30T00:00:00Z', 'Milex 1.0 released'],
    ]);
    for (const entry of feed.entry ?? []) expect(entry.published).toBe(entry.updated);
  });

  it('is as new as its newest entry, whatever the day it is built', () => {
    expect(feed.updated).toBe('2022-09-06T00:00:00Z');
    expect(parse(lifecycleAtom(fixtureReleases, { ...options, today: '2022-11-30' })).updated).toBe(
      '2022-09-06T00:00:00Z',
    );
  });

  it('adds end of life on the day after the last day of security support, not before', () => {
    const titles = (today: string): string[] =>
      (parse(lifecycleAtom(fixtureReleases, { ...options, today })).entry ?? []).map(
        (entry) => entry.title,
      );
    expect(titles('2022-12-05')).not.toContain('Milex 1.1 reached end of life');
    expect(titles('2022-12-06')).toContain('Milex 1.1 reached end of life');
  });

  it('goes straight to end of life when both support periods end on the same day', () => {
    const titles = (feed.entry ?? []).map((entry) => entry.title);
    expect(titles).not.toContain('Milex 1.0 now gets security fixes only');
  });

  it('keeps entry ids unique and stable across rebuilds', () => {
    const ids = (feed.entry ?? []).map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('tag:example.org,2021:milex-1.0-eol');
    const later = parse(lifecycleAtom(fixtureReleases, { ...options, today: '2030-01-01' }));
    const laterIds = (later.entry ?? []).map((entry) => entry.id);
    for (const id of ids) expect(laterIds).toContain(id);
  });

  it('identifies and links itself, links the site and each entry to the page', () => {
    expect(feed.id).toBe(options.feedUrl);
    expect(feed.author.name).toBe('Milex Security Team');
    const rels = Object.fromEntries(feed.link.map((link) => [link['@_rel'], link['@_href']]));
    expect(rels).toEqual({ self: options.feedUrl, alternate: options.siteUrl });
    for (const entry of feed.entry ?? []) {
      expect(entry.link.map((link) => link['@_href'])).toEqual([options.pageUrl]);
    }
  });

  it('has no entries before any release, and is dated today', () => {
    const empty = parse(lifecycleAtom(fixtureReleases, { ...options, today: '2020-01-01' }));
    expect(empty.entry).toBeUndefined();
    expect(empty.updated).toBe('2020-01-01T00:00:00Z');
  });

  it('escapes markup in a note', () => {
    const release: Release = { ...fixtureReleases[0], note: '<script>alert("x")</script> & more' };
    const xml = lifecycleAtom([release], options);
    expect(xml).not.toContain('<script>');
    const [newest] = parse(xml).entry ?? [];
    expect(newest?.summary['#text']).toContain('Note: <script>alert("x")</script> & more');
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
});

describe('lifecycleEvents', () => {
  it('dates security-only and end of life from the day after the support ends', () => {
    const events = lifecycleEvents([fixtureReleases[2]], '2030-01-01');
    expect(events.map((event) => [event.kind, event.day])).toEqual([
      ['eol', '2022-12-06'],
      ['security-only', '2022-09-06'],
      ['released', '2022-02-28'],
    ]);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
