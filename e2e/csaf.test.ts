/**
 * The CSAF 2.0 provider as aggregators and scanners meet it (specification section 7.1): the
 * provider metadata, the ROLIE feed and service documents, each advisory's document and its hash,
 * and the CSAF line of security.txt. The fixture build publishes the fixture advisories; the real
 * build publishes those in advisories/, none yet.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, inject, it } from 'vitest';

import { csafProblems } from '../plugins/advisories/csaf';
import { isAdvisoryFile } from '../plugins/advisories/load';
import { outputs } from '../src/data/site';
import { csafFileName } from '../src/lib/outputs/csafDocument';
import { parseSecurityTxt } from '../src/lib/outputs/securityTxt';
import { providerMetadataSchema } from '../tests/csafSchemas';
import { fixtureUrl, get, siteUrl } from './browser';

const validMetadata = providerMetadataSchema();

/** The body of a file the site serves, which answers at once: CSAF asks for no redirects (requirement 6). */
async function served(url: string): Promise<string> {
  const response = await get(url, { redirect: 'manual' });
  expect(response.status, url).toBe(200);
  return response.text();
}

/** The advisory ids in a folder of advisory files. */
const idsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter(isAdvisoryFile)
    .map((name) => name.replace(/\.md$/, ''))
    .sort();

interface Feed {
  feed: {
    link: { rel: string; href: string }[];
    entry: { id: string; link: { rel: string; href: string }[]; content: { src: string } }[];
  };
}

/** Where a build serves an absolute address it wrote for the address it was built for. */
function servedAt(urlOf: (path: string) => string, configuredRoot: string) {
  return (url: string): string => {
    expect(url.startsWith(configuredRoot), url).toBe(true);
    return urlOf(url.slice(configuredRoot.length));
  };
}

/** Checks one build's provider from its metadata on; returns the feed's entries. */
async function checkProvider(
  urlOf: (path: string) => string,
  configuredRoot: string,
  /** The build's folder. */
  dir: string,
): Promise<Feed['feed']['entry']> {
  const servedUrl = servedAt(urlOf, configuredRoot);
  const metadataUrl = `${configuredRoot}${outputs.csafProviderMetadata.slice(1)}`;
  const metadata = JSON.parse(await served(urlOf(outputs.csafProviderMetadata))) as {
    canonical_url: string;
    distributions: {
      directory_url: string;
      rolie: { feeds: { url: string; tlp_label: string }[] };
    }[];
  };
  expect(validMetadata(metadata), JSON.stringify(validMetadata.errors)).toBe(true);
  expect(metadata.canonical_url).toBe(metadataUrl);

  // security.txt points to it (requirement 8).
  const txt = parseSecurityTxt(await served(urlOf(outputs.securityTxt)));
  expect(txt.fields.filter((f) => f.name === 'CSAF').map((f) => f.value)).toEqual([metadataUrl]);

  const [feedRef] = metadata.distributions.flatMap((d) => d.rolie.feeds);
  expect(feedRef?.tlp_label).toBe('WHITE');
  const feed = (JSON.parse(await served(servedUrl(feedRef?.url ?? ''))) as Feed).feed;
  expect(feed.link).toEqual([{ rel: 'self', href: feedRef?.url }]);

  const service = await served(urlOf(outputs.csafService));
  expect(service).toContain(`"href": "${feedRef?.url ?? ''}"`);

  // The directory distribution beside the feed: the same documents (requirements 11 to 14).
  const folder = metadata.distributions.map((d) => d.directory_url);
  expect(folder).toEqual([`${configuredRoot}${outputs.csafDocuments.slice(1)}`]);
  const folderUrl = folder[0] ?? '';
  const documentUrls = feed.entry.map((entry) => entry.content.src).sort();
  const index = (await served(servedUrl(`${folderUrl}index.txt`))).split('\n').filter(Boolean);
  expect(index.map((path) => `${folderUrl}${path}`).sort()).toEqual(documentUrls);
  const changes = (await served(servedUrl(`${folderUrl}changes.csv`)))
    .split('\n')
    .filter(Boolean)
    .map((line) => /^"([^"]+)","([^"]+)"$/.exec(line)?.slice(1) ?? []);
  expect(changes.map(([path]) => `${folderUrl}${path ?? ''}`).sort()).toEqual(documentUrls);
  const dates = changes.map(([, date]) => date ?? '');
  expect(dates).toEqual([...dates].sort().reverse());
  for (const [path, date] of changes) {
    const document = JSON.parse(await served(servedUrl(`${folderUrl}${path ?? ''}`))) as {
      document: { tracking: { current_release_date: string } };
    };
    expect(document.document.tracking.current_release_date).toBe(date);
  }
  // Each folder's listing page links every file in it, as a server's listing would. Hosts serve a
  // folder's index.html at the folder's address; `docusaurus serve`, which these tests use,
  // redirects it, so the page is read from the build.
  const links = (url: string): string[] =>
    [
      ...readFileSync(join(dir, url.slice(configuredRoot.length), 'index.html'), 'utf8').matchAll(
        /<a href="([^"]+)"/g,
      ),
    ].map((m) => new URL(m[1] ?? '', url).href);
  const listed = links(folderUrl);
  for (const url of documentUrls) {
    const year = url.slice(0, url.lastIndexOf('/') + 1);
    expect(listed).toContain(year);
    const inYear = links(year);
    for (const file of [url, `${url}.sha256`, `${url}.sha512`]) expect(inYear).toContain(file);
  }
  for (const name of ['index.txt', 'changes.csv', 'category-white.json']) {
    expect(listed).toContain(`${folderUrl}${name}`);
  }
  const categories = JSON.parse(await served(servedUrl(`${folderUrl}category-white.json`))) as {
    categories: { category: { term: string }[] };
  };
  expect(categories.categories.category.length).toBeGreaterThan(0);
  return feed.entry;
}

describe('the CSAF provider (fixture build)', () => {
  it('lists every fixture advisory in its feed, and nothing else, each document valid with its hash', async () => {
    const root = inject('fixtureConfiguredRoot');
    const servedUrl = servedAt(fixtureUrl, root);
    const entries = await checkProvider(fixtureUrl, root, 'build-fixtures');
    expect(entries.map((entry) => entry.id).sort()).toEqual(idsIn('tests/fixtures/advisories'));
    for (const entry of entries) {
      const self = entry.link.find((link) => link.rel === 'self')?.href ?? '';
      const hashes = entry.link.filter((link) => link.rel === 'hash').map((link) => link.href);
      expect(self).toBe(entry.content.src);
      expect(hashes).toEqual([`${self}.sha256`, `${self}.sha512`]);
      const text = await served(servedUrl(self));
      const document = JSON.parse(text) as {
        document: { tracking: { id: string; initial_release_date: string } };
      };
      // Section 5.1's name, in a folder named after the year of first publication.
      const { id, initial_release_date: first } = document.document.tracking;
      expect(id).toBe(entry.id);
      expect(self).toBe(`${root}.well-known/csaf/white/${first.slice(0, 4)}/${csafFileName(id)}`);
      // The schema and the mandatory tests of section 6.1, as the BSI's validator runs them.
      expect(await csafProblems(document), id).toEqual([]);
      for (const [algorithm, hash] of [
        ['sha256', `${self}.sha256`],
        ['sha512', `${self}.sha512`],
      ] as const) {
        const [digest, name] = (await served(servedUrl(hash))).trim().split(/ +/);
        expect(digest).toBe(createHash(algorithm).update(text).digest('hex'));
        expect(name).toBe(csafFileName(id));
      }
    }
  });

  it('has hash files that coreutils checks: sha256sum -c and sha512sum -c, in each year folder', () => {
    const folder = join('build-fixtures', outputs.csafDocuments.slice(1));
    const years = readdirSync(folder, { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    );
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      const dir = join(folder, year.name);
      for (const algorithm of ['sha256', 'sha512']) {
        const files = readdirSync(dir).filter((name) => name.endsWith(`.${algorithm}`));
        expect(files.length).toBeGreaterThan(0);
        const out = execFileSync(`${algorithm}sum`, ['-c', ...files], {
          cwd: dir,
          encoding: 'utf8',
        });
        expect(out.trim().split('\n')).toEqual(
          files.map((file) => `${file.slice(0, -(algorithm.length + 1))}: OK`),
        );
      }
    }
  });
});

describe('the CSAF provider (real build)', () => {
  it('is valid, and its feed lists exactly the advisories in advisories/: none yet, an empty feed', async () => {
    const entries = await checkProvider(siteUrl, inject('configuredRoot'), 'build');
    expect(entries.map((entry) => entry.id).sort()).toEqual(idsIn('advisories'));
  });
});
