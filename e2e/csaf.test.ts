/**
 * The CSAF 2.0 provider as aggregators and scanners meet it (specification section 7.1): the
 * provider metadata, the ROLIE feed and service documents, each advisory's document and its hash,
 * and the CSAF line of security.txt. The fixture build publishes the fixture advisories; the real
 * build publishes those in advisories/, none yet.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';

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
): Promise<Feed['feed']['entry']> {
  const servedUrl = servedAt(urlOf, configuredRoot);
  const metadataUrl = `${configuredRoot}${outputs.csafProviderMetadata.slice(1)}`;
  const metadata = JSON.parse(await served(urlOf(outputs.csafProviderMetadata))) as {
    canonical_url: string;
    distributions: { rolie: { feeds: { url: string; tlp_label: string }[] } }[];
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
  return feed.entry;
}

describe('the CSAF provider (fixture build)', () => {
  it('lists every fixture advisory in its feed, and nothing else, each document valid with its hash', async () => {
    const root = inject('fixtureConfiguredRoot');
    const servedUrl = servedAt(fixtureUrl, root);
    const entries = await checkProvider(fixtureUrl, root);
    expect(entries.map((entry) => entry.id).sort()).toEqual(idsIn('tests/fixtures/advisories'));
    for (const entry of entries) {
      const self = entry.link.find((link) => link.rel === 'self')?.href ?? '';
      const hash = entry.link.find((link) => link.rel === 'hash')?.href ?? '';
      expect(self).toBe(entry.content.src);
      expect(hash).toBe(`${self}.sha512`);
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
      const [digest, name] = (await served(servedUrl(hash))).trim().split(/ +/);
      expect(digest).toBe(createHash('sha512').update(text).digest('hex'));
      expect(name).toBe(csafFileName(id));
    }
  });
});

describe('the CSAF provider (real build)', () => {
  it('is valid, and its feed lists exactly the advisories in advisories/: none yet, an empty feed', async () => {
    const entries = await checkProvider(siteUrl, inject('configuredRoot'));
    expect(entries.map((entry) => entry.id).sort()).toEqual(idsIn('advisories'));
  });
});
