/**
 * The CSAF 2.0 provider as aggregators and scanners meet it (specification section 7.1): the
 * provider metadata, the ROLIE feed and service documents, each advisory's document and its hash,
 * and the CSAF line of security.txt, and, when the build signs, every signature as GnuPG checks
 * it. The fixture build publishes the fixture advisories, signed after the build by
 * scripts/sign-site.sh with a key made for that build; the real build publishes those in
 * advisories/, signed by the deploy's signing job.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { csafProblems } from '../src/lib/content/advisories/csaf';
import { isItemFile } from '../src/lib/content/folder';
import { outputs, routes } from '../src/lib/site';
import { csafFileName } from '../src/lib/outputs/csafDocument';
import { parseSecurityTxt } from '../src/lib/outputs/securityTxt';
import { providerMetadataSchema } from '../tests/csafSchemas';
import { fixtureUrl, get, siteUrl } from './browser';
import { ensureGpg } from './chromium';

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
    .filter(isItemFile)
    .map((name) => name.replace(/\.md$/, ''))
    .sort();

interface Metadata {
  canonical_url: string;
  role: string;
  public_openpgp_keys?: { fingerprint: string; url: string }[];
  distributions: {
    directory_url: string;
    rolie: { feeds: { url: string; tlp_label: string }[] };
  }[];
}

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
  const metadata = JSON.parse(await served(urlOf(outputs.csafProviderMetadata))) as Metadata;
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
    expect(inYear.includes(`${url}.asc`), url).toBe(metadata.role === 'csaf_trusted_provider');
  }
  for (const name of ['index.txt', 'changes.csv', 'category-white.json']) {
    expect(listed).toContain(`${folderUrl}${name}`);
  }
  const categories = JSON.parse(await served(servedUrl(`${folderUrl}category-white.json`))) as {
    categories: { category: { term: string }[] };
  };
  expect(categories.categories.category.length).toBeGreaterThan(0);
  await checkSignatures(metadata, feed.entry, urlOf, servedUrl);
  return feed.entry;
}

/** A GnuPG home of its own for each check, so no key of the machine's is trusted. */
let gpg: string;
beforeAll(() => {
  gpg = ensureGpg();
});
const homes: string[] = [];
afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

/** `gpg` in `home`, answering with its machine-readable status lines (doc/DETAILS in GnuPG). */
function gpgIn(home: string, args: readonly string[]) {
  return spawnSync(gpg, ['--homedir', home, '--batch', '--no-tty', '--status-fd', '1', ...args], {
    encoding: 'utf8',
  });
}

/**
 * A signing provider's signatures, as a consumer checks them (requirements 19 and 20): it claims
 * the trusted role exactly when it lists public keys and a signature for every document; each key
 * is published where the metadata says, under its own fingerprint; and GnuPG, with only those
 * keys, finds every document's signature and security.txt's good, made by one of them. A
 * provider that does not sign claims no more than `csaf_provider` and publishes no signature.
 */
async function checkSignatures(
  metadata: Metadata,
  entries: Feed['feed']['entry'],
  urlOf: (path: string) => string,
  servedUrl: (url: string) => string,
): Promise<void> {
  const keys = metadata.public_openpgp_keys ?? [];
  const signatures = entries.map(
    (entry) => entry.link.find((link) => link.rel === 'signature')?.href,
  );
  const securityTxt = await served(urlOf(outputs.securityTxt));
  if (metadata.role !== 'csaf_trusted_provider') {
    expect(metadata.role).toBe('csaf_provider');
    expect(keys).toEqual([]);
    expect(signatures.filter(Boolean)).toEqual([]);
    expect(parseSecurityTxt(securityTxt).signed).toBe(false);
    return;
  }
  expect(keys.length).toBeGreaterThan(0);
  const home = mkdtempSync(join(tmpdir(), 'csaf-gpg-'));
  homes.push(home);
  for (const { fingerprint: written, url } of keys) {
    // Written in lower case, as every version of csaf_checker compares it; the file is named in
    // upper case, as gpg prints it.
    expect(written).toMatch(/^[0-9a-f]{40}$/);
    const fingerprint = written.toUpperCase();
    expect(url).toMatch(new RegExp(`/\\.well-known/csaf/openpgp/${fingerprint}\\.asc$`));
    const file = join(home, `${fingerprint}.asc`);
    writeFileSync(file, await served(servedUrl(url)));
    // The file holds the key the metadata names, and nothing else.
    const shown = gpgIn(home, ['--with-colons', '--show-keys', file]).stdout;
    expect(shown.split('\n').filter((line) => line.startsWith('pub:'))).toHaveLength(1);
    expect(shown).toContain(`fpr:::::::::${fingerprint}:`);
    expect(gpgIn(home, ['--import', file]).status).toBe(0);
  }
  const fingerprints = keys.map(({ fingerprint }) => fingerprint.toUpperCase());
  /** The fingerprint of the primary key whose good signature gpg found, or the reason it did not. */
  const signer = (args: readonly string[]): string => {
    const run = gpgIn(home, ['--verify', ...args]);
    const valid = /^\[GNUPG:\] VALIDSIG (?:\S+ ){9}([0-9A-F]{40})$/m.exec(run.stdout);
    // gpg exits 0 for a good signature by a revoked or expired key too: only GOODSIG, and none
    // of those states, is a signature a client takes.
    const good =
      /^\[GNUPG:\] GOODSIG /m.test(run.stdout) &&
      !/^\[GNUPG:\] (?:EXPSIG|EXPKEYSIG|REVKEYSIG|KEYREVOKED|KEYEXPIRED) /m.test(run.stdout);
    return run.status === 0 && good && valid !== null
      ? (valid[1] ?? '')
      : `${run.stdout}${run.stderr}`;
  };
  for (const [index, entry] of entries.entries()) {
    const self = entry.content.src;
    expect(signatures[index], entry.id).toBe(`${self}.asc`);
    const document = join(home, 'document.json');
    writeFileSync(document, await served(servedUrl(self)));
    const signature = await served(servedUrl(`${self}.asc`));
    expect(signature).toMatch(/^-----BEGIN PGP SIGNATURE-----\n/);
    writeFileSync(`${document}.asc`, signature);
    expect(fingerprints, entry.id).toContain(signer([`${document}.asc`, document]));
  }
  writeFileSync(join(home, 'security.txt'), securityTxt);
  expect(parseSecurityTxt(securityTxt).signed).toBe(true);
  expect(fingerprints).toContain(signer([join(home, 'security.txt')]));
  // The check can fail: a document changed after signing does not verify.
  if (entries.length > 0) {
    const document = join(home, 'document.json');
    writeFileSync(document, `${readFileSync(document, 'utf8')} `);
    expect(fingerprints).not.toContain(signer([`${document}.asc`, document]));
  }
}

/** Feeds and data says the files are signed exactly when the provider metadata says they are. */
async function checkSigningStated(urlOf: (path: string) => string): Promise<void> {
  const metadata = JSON.parse(await served(urlOf(outputs.csafProviderMetadata))) as Metadata;
  const page = await served(urlOf(routes.feedsAndData));
  const stated = /data-signing="?(signed|unsigned)\b/.exec(page)?.[1];
  expect(stated).toBe(metadata.role === 'csaf_trusted_provider' ? 'signed' : 'unsigned');
}

describe('the CSAF provider (fixture build)', () => {
  it('is said to be signed on Feeds and data, as it is', async () => {
    await checkSigningStated(fixtureUrl);
  });

  it('is a trusted provider: it signs, with the key made for the fixture build', async () => {
    const metadata = JSON.parse(await served(fixtureUrl(outputs.csafProviderMetadata))) as Metadata;
    expect(metadata.role).toBe('csaf_trusted_provider');
  });

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
  it('is said on Feeds and data to be signed or not, as its provider metadata says', async () => {
    await checkSigningStated(siteUrl);
  });

  it('is a trusted provider exactly when the build is signed after it, a provider otherwise', async () => {
    const metadata = JSON.parse(await served(siteUrl(outputs.csafProviderMetadata))) as Metadata;
    // The deploy workflow signs the build after the tests (scripts/sign-site.sh), then runs these
    // again on the signed files with EXPECT_SIGNED_BUILD=true; a maintainer who built with
    // SIGNED_AFTER_BUILD=true has that set.
    const signed =
      process.env.EXPECT_SIGNED_BUILD === 'true' || process.env.SIGNED_AFTER_BUILD === 'true';
    expect(metadata.role).toBe(signed ? 'csaf_trusted_provider' : 'csaf_provider');
  });

  it('is valid, and its feed lists exactly the advisories in advisories/: none yet, an empty feed', async () => {
    const entries = await checkProvider(siteUrl, inject('configuredRoot'), 'build');
    expect(entries.map((entry) => entry.id).sort()).toEqual(idsIn('advisories'));
  });
});
