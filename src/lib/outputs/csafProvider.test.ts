import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { providerMetadataSchema } from '../../../tests/csafSchemas';
import { fixtureAdvisories } from '../../../tests/fixtures/advisories';
import {
  changesCsv,
  folderFiles,
  providerMetadata,
  rolieFeed,
  rolieService,
  hashFile,
} from './csafProvider';

const publisher = {
  category: 'vendor',
  name: 'Milex security team',
  namespace: 'https://x.example',
} as const;
const feedUrl = 'https://x.example/.well-known/csaf/white/feed-tlp-white.json';
const options = {
  publisher,
  siteName: 'Milex Security',
  canonicalUrl: 'https://x.example/.well-known/csaf/provider-metadata.json',
  feedUrl,
  directoryUrl: 'https://x.example/.well-known/csaf/white/',
  listOnAggregators: true,
  mirrorOnAggregators: false,
  today: '2026-11-26',
  signingKeys: [],
};
const fingerprint = 'A'.repeat(40);
const signed = {
  ...options,
  signingKeys: [
    { fingerprint, url: `https://x.example/.well-known/csaf/openpgp/${fingerprint}.asc` },
  ],
};

describe('providerMetadata', () => {
  const valid = providerMetadataSchema();

  it('passes the official schema, with advisories and without', async () => {
    const advisories = (await fixtureAdvisories()).map(({ advisory }) => advisory);
    for (const list of [advisories, []]) {
      const metadata = providerMetadata(list, options);
      expect(valid(metadata), JSON.stringify(valid.errors)).toBe(true);
      expect(metadata).toMatchObject({ role: 'csaf_provider', metadata_version: '2.0', publisher });
    }
    // The schema can fail: a role CSAF does not define.
    expect(valid({ ...providerMetadata([], options), role: 'csaf_author' })).toBe(false);
  });

  it('claims to be a trusted provider, listing its public keys, only when it signs', () => {
    const metadata = providerMetadata([], signed);
    expect(valid(metadata), JSON.stringify(valid.errors)).toBe(true);
    expect(metadata).toMatchObject({
      role: 'csaf_trusted_provider',
      public_openpgp_keys: signed.signingKeys,
    });
    expect(providerMetadata([], options)).not.toHaveProperty('public_openpgp_keys');
  });

  it('dates itself by the newest advisory, or the build day when there is none', async () => {
    const advisories = (await fixtureAdvisories()).map(({ advisory }) => advisory);
    const newest = advisories
      .map((a) => a.updated ?? a.published)
      .sort()
      .at(-1);
    expect(providerMetadata(advisories, options).last_updated).toBe(`${newest}T00:00:00.000Z`);
    expect(providerMetadata([], options).last_updated).toBe('2026-11-26T00:00:00.000Z');
  });
});

describe('rolieFeed and rolieService', () => {
  it('list every document once, with its hashes and, when signed, its signature', async () => {
    const entries = (await fixtureAdvisories()).map(({ advisory }, index) => ({
      advisory,
      documentUrl: `https://x.example/${advisory.id}.json`,
      signed: index % 2 === 0,
    }));
    const { feed } = rolieFeed(entries, { feedUrl, title: 'T', today: '2026-11-26' }) as {
      feed: {
        entry: { id: string; link: { rel: string; href: string }[]; content: { src: string } }[];
      };
    };
    expect(feed.entry.map((entry) => entry.id)).toEqual(entries.map((e) => e.advisory.id));
    for (const [index, entry] of feed.entry.entries()) {
      const url = entries[index]?.documentUrl;
      expect(entry.link).toEqual([
        { rel: 'self', href: url },
        { rel: 'hash', href: `${url ?? ''}.sha256` },
        { rel: 'hash', href: `${url ?? ''}.sha512` },
        ...(index % 2 === 0 ? [{ rel: 'signature', href: `${url ?? ''}.asc` }] : []),
      ]);
      expect(entry.content.src).toBe(url);
    }
    expect(rolieFeed([], { feedUrl, title: 'T', today: '2026-11-26' })).toMatchObject({
      feed: {
        entry: [],
        updated: '2026-11-26T00:00:00.000Z',
        link: [{ rel: 'self', href: feedUrl }],
      },
    });
    expect(JSON.stringify(rolieService({ feedUrl, title: 'T' }))).toContain(`"href":"${feedUrl}"`);
  });
});

describe('hashFile', () => {
  it('is the SHA-512 of the text in hex, then the file name, as sha512sum writes it', () => {
    const text = '{"a":1}\n';
    expect(hashFile('sha512', text, 'milex-2026-001.json')).toBe(
      `${createHash('sha512').update(text).digest('hex')}  milex-2026-001.json\n`,
    );
    expect(hashFile('sha512', text, 'x.json')).toMatch(/^[0-9a-f]{128} {2}x\.json\n$/);
  });
});

describe('the directory distribution', () => {
  const documents = [
    { path: '2021/b.json', text: '{"b":1}\n', currentReleaseDate: '2022-10-01T00:00:00.000Z' },
    { path: '2022/a.json', text: '{"a":1}\n', currentReleaseDate: '2022-09-20T00:00:00.000Z' },
    {
      path: '2022/c.json',
      text: '{"c":1}\n',
      currentReleaseDate: '2022-10-01T00:00:00.000Z',
      signed: true,
    },
  ];

  it('writes changes.csv with no heading, the latest change first, as requirement 13 shows', () => {
    expect(changesCsv(documents)).toBe(
      [
        '"2021/b.json","2022-10-01T00:00:00.000Z"',
        '"2022/c.json","2022-10-01T00:00:00.000Z"',
        '"2022/a.json","2022-09-20T00:00:00.000Z"',
        '',
      ].join('\n'),
    );
  });

  it('writes each document with both hashes, the index, and a listing of each folder with the signatures to come', () => {
    const files = new Map(
      folderFiles(documents, {
        folderPath: '/.well-known/csaf/white/',
        listed: ['feed-tlp-white.json'],
        vendor: 'V',
        product: 'P',
      }),
    );
    expect(files.get('index.txt')).toBe('2021/b.json\n2022/a.json\n2022/c.json\n');
    expect(files.get('2022/a.json.sha256')).toBe(
      `${createHash('sha256').update('{"a":1}\n').digest('hex')}  a.json\n`,
    );
    const linksOf = (page: string | undefined): string[] =>
      [...(page ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(linksOf(files.get('index.html'))).toEqual([
      '2022/',
      '2021/',
      'category-white.json',
      'changes.csv',
      'feed-tlp-white.json',
      'index.txt',
    ]);
    expect(linksOf(files.get('2022/index.html'))).toEqual([
      'a.json',
      'a.json.sha256',
      'a.json.sha512',
      'c.json',
      'c.json.asc',
      'c.json.sha256',
      'c.json.sha512',
    ]);
    // The signature is listed for sign-site.sh to write; the build writes none.
    expect([...files.keys()].filter((path) => path.endsWith('.asc'))).toEqual([]);
    // A listing loads and runs nothing.
    expect(files.get('index.html')).toContain(`content="default-src 'none'"`);
    expect(files.get('index.html')).not.toMatch(/<script|<link|src=/);
  });
});
