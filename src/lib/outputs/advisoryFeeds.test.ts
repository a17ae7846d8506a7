import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { beforeAll, describe, expect, it } from 'vitest';

import { site } from '../site';

import { fixtureAdvisories } from '../../../tests/fixtures/advisories';
import type { Advisory } from '../advisories/model';
import { advisoriesAtom, advisoriesJsonFeed, advisoriesRss } from './advisoryFeeds';

const options = (feedUrl: string) => ({
  listUrl: 'https://example.org/security/advisories',
  feedUrl,
  pageUrl: (id: string) => `https://example.org/security/advisories/${id}`,
  host: 'example.org:8443',
  today: '2022-10-01',
});
const rssOptions = options('https://example.org/security/advisories/rss.xml');
const atomOptions = options('https://example.org/security/advisories/atom.xml');
const jsonOptions = options('https://example.org/security/advisories/feed.json');

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
});

function parseXml(xml: string): Record<string, unknown> {
  expect(SyntaxValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Record<string, unknown>;
}

let advisories: Advisory[];
beforeAll(async () => {
  advisories = (await fixtureAdvisories()).map((loaded) => loaded.advisory);
});

interface RssItem {
  title: string;
  link: string[];
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  category: { '#text': string; '@_domain': string }[];
}

describe('advisoriesRss', () => {
  it('is RSS 2.0 with one item per advisory, newest first, with id, severity and CVEs', () => {
    const rss = parseXml(advisoriesRss(advisories, rssOptions)) as {
      rss: { '@_version': string; channel: { title: string; link: string[]; item: RssItem[] } };
    };
    expect(rss.rss['@_version']).toBe('2.0');
    const { channel } = rss.rss;
    expect(channel.link).toEqual(['https://example.org/security/advisories']);
    expect(channel.item.map((item) => item.guid['#text'])).toEqual([
      'MILEX-2022-002',
      'MILEX-2022-001',
      'MILEX-2022-004',
      'MILEX-2022-003',
      'MILEX-2021-001',
    ]);
    const first = channel.item[1];
    expect(first).toMatchObject({
      title: 'MILEX-2022-001 (High): Stored cross-site scripting in form names',
      link: ['https://example.org/security/advisories/MILEX-2022-001'],
      pubDate: 'Tue, 20 Sep 2022 00:00:00 GMT',
    });
    expect(first?.category).toEqual([
      { '#text': 'high', '@_domain': 'severity' },
      { '#text': 'CVE-2022-12345', '@_domain': 'cve' },
    ]);
  });

  it('gives a summary holding markup as text to readers that render descriptions as HTML', () => {
    const [advisory] = advisories;
    if (advisory === undefined) throw new Error('no fixture advisory');
    const summary = 'Use "><img src=x onerror=alert(1)> & <b>bold</b> carefully.';
    const rss = parseXml(advisoriesRss([{ ...advisory, summary }], rssOptions)) as {
      rss: { channel: { item: RssItem[] } };
    };
    const description = rss.rss.channel.item[0]?.description ?? '';
    // What a reader gets from the XML is HTML with no element in it, whose text is the summary.
    expect(description).not.toContain('<');
    const entities: Record<string, string> = {
      '&amp;': '&',
      '&lt;': '<',
      '&gt;': '>',
      '&quot;': '"',
      '&apos;': "'",
    };
    expect(description.replace(/&[a-z]+;/g, (entity) => entities[entity] ?? entity)).toBe(summary);
    expect(rss.rss.channel.item).toHaveLength(1);
  });

  it('is a valid, empty channel when there are no advisories', () => {
    const rss = parseXml(advisoriesRss([], rssOptions)) as {
      rss: {
        channel: { title: string; description: string; item?: unknown[]; lastBuildDate: string };
      };
    };
    expect(rss.rss.channel.title).toBe('Milex security advisories');
    expect(rss.rss.channel.description).toMatch(/This feed has no advisories yet\.$/);
    expect(advisoriesRss(advisories, rssOptions)).not.toContain(
      'No advisories have been published',
    );
    expect(rss.rss.channel.item).toBeUndefined();
    expect(rss.rss.channel.lastBuildDate).toBe('Sat, 01 Oct 2022 00:00:00 GMT');
  });
});

interface AtomEntry {
  id: string;
  title: string;
  published: string;
  updated: string;
  link: { '@_href': string }[];
  category: { '@_term': string }[];
}

describe('advisoriesAtom', () => {
  it('has the elements RFC 4287 requires, and entries with stable tag ids', () => {
    const xml = advisoriesAtom(advisories, atomOptions);
    const { feed } = parseXml(xml) as {
      feed: {
        id: string;
        title: string;
        updated: string;
        author: { name: string };
        entry: AtomEntry[];
      };
    };
    expect(feed.id).toBe(atomOptions.feedUrl);
    expect(feed.title).toBe('Milex security advisories');
    expect(feed.author.name).toBe(site.teamName);
    // As new as the newest change.
    expect(feed.updated).toBe('2022-09-28T00:00:00Z');
    const entry = feed.entry.find((e) => e.title.startsWith('MILEX-2022-001 '));
    expect(entry).toMatchObject({
      id: 'tag:example.org,2022:advisory:MILEX-2022-001',
      published: '2022-09-20T00:00:00Z',
      updated: '2022-09-22T00:00:00Z',
    });
    expect(entry?.category.map((c) => c['@_term'])).toEqual(['high', 'CVE-2022-12345']);
    expect(entry?.link[0]?.['@_href']).toBe(
      'https://example.org/security/advisories/MILEX-2022-001',
    );
    // Ids depend on the advisory and the id domain only, not on where the feed is published.
    const moved = advisoriesAtom(advisories, {
      ...atomOptions,
      listUrl: 'https://elsewhere.example/advisories',
      feedUrl: 'https://elsewhere.example/advisories/atom.xml',
      pageUrl: (id: string) => `https://elsewhere.example/advisories/${id}`,
    });
    const ids = (text: string) =>
      [...text.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids(moved)).toEqual(ids(xml));
    expect(ids(xml)).toHaveLength(advisories.length);
  });

  it('is dated by the build day when there are no advisories', () => {
    const { feed } = parseXml(advisoriesAtom([], atomOptions)) as {
      feed: { updated: string; subtitle: string; entry?: unknown[] };
    };
    expect(feed.subtitle).toMatch(/This feed has no advisories yet\.$/);
    expect(feed.updated).toBe('2022-10-01T00:00:00Z');
    expect(feed.entry).toBeUndefined();
  });

  it('escapes markup in titles and summaries', () => {
    const [first] = advisories;
    if (first === undefined) throw new Error('no fixture');
    const xml = advisoriesAtom(
      [{ ...first, title: '<b>"X" & Y</b>', summary: '<script>alert(1)</script>' }],
      atomOptions,
    );
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;b&gt;&quot;X&quot; &amp; Y&lt;/b&gt;');
    // A reader gets the text back as it was written.
    const { feed } = parseXml(xml) as {
      feed: { entry: { title: string; summary: { '#text': string } }[] };
    };
    expect(feed.entry[0]?.title).toContain('<b>"X" & Y</b>');
    expect(feed.entry[0]?.summary['#text']).toBe('<script>alert(1)</script>');
  });
});

describe('advisoriesJsonFeed', () => {
  it('is JSON Feed 1.1 with ids, severity and CVEs in each item', () => {
    const feed = JSON.parse(JSON.stringify(advisoriesJsonFeed(advisories, jsonOptions))) as {
      version: string;
      title: string;
      feed_url: string;
      home_page_url: string;
      items: Record<string, unknown>[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(jsonOptions.feedUrl);
    expect(feed.items).toHaveLength(advisories.length);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.url).toMatch(/^https:\/\/example\.org\/security\/advisories\/MILEX-/);
      expect(typeof item.content_text).toBe('string');
    }
    expect(feed.items[1]).toMatchObject({
      id: 'MILEX-2022-001',
      date_published: '2022-09-20T00:00:00Z',
      date_modified: '2022-09-22T00:00:00Z',
      tags: ['high', 'CVE-2022-12345'],
      _milex: {
        id: 'MILEX-2022-001',
        severity: 'high',
        cve: ['CVE-2022-12345'],
        affected: ['1.1', '1.2'],
        fixedIn: ['1.1.9', '1.2.3'],
      },
    });
  });

  it('has no items when there are no advisories', () => {
    expect(advisoriesJsonFeed([], jsonOptions)).toMatchObject({
      items: [],
      description: expect.stringMatching(/This feed has no advisories yet\.$/) as string,
    });
  });
});
