/**
 * The CSAF 2.0 provider's own files (specification section 7.1): the provider metadata
 * (requirement 7), the ROLIE feed of TLP:WHITE documents (15), its service document (16) and
 * category document (17), each document's SHA-256 and SHA-512 files (18) and, when the site is
 * signed after the build, the links to its OpenPGP signature (19) and the public keys (20); and
 * the folder of documents as a
 * directory distribution beside the feed: one folder per year (11), `index.txt` (12),
 * `changes.csv` (13) and a listing page of each folder (14), since the hosts the site deploys to
 * list no folders. The documents themselves are made in csaf.ts; the signatures by
 * scripts/sign-site.sh, in the deploy's signing job.
 */
import { createHash } from 'node:crypto';

import type { Advisory } from '../advisories/model';
import { type CsafPublisher, csafDateTime } from './csafDocument';

/** The CSAF 2.0 JSON schema, as ROLIE entries name their format. */
export const CSAF_SCHEMA_URL = 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json';

/** The day of the newest change among `advisories`, or `today` when there is none. */
const lastChange = (advisories: readonly Advisory[], today: string): string =>
  advisories
    .map((a) => a.updated ?? a.published)
    .sort()
    .at(-1) ?? today;

export interface ProviderOptions {
  readonly publisher: CsafPublisher;
  /** The site's name, as its title gives it: `Milex Security`. */
  readonly siteName: string;
  /** Where provider-metadata.json is published. */
  readonly canonicalUrl: string;
  readonly feedUrl: string;
  /** The folder of documents, by year (requirement 11), ending in "/". */
  readonly directoryUrl: string;
  /** Whether the team asks CSAF aggregators to list it, and to mirror its documents. */
  readonly listOnAggregators: boolean;
  readonly mirrorOnAggregators: boolean;
  readonly today: string;
  /**
   * The public keys of a provider that signs every document (requirements 19 and 20), where each
   * is published: with them, a trusted provider (section 7.2.3); with none, a provider, the most
   * an unsigned build meets.
   */
  readonly signingKeys: readonly PublishedKey[];
}

/** A public OpenPGP key, by its fingerprint, and where it is published. */
export interface PublishedKey {
  readonly fingerprint: string;
  readonly url: string;
}

/** provider-metadata.json: who publishes, and where the feed of documents is. */
export function providerMetadata(
  advisories: readonly Advisory[],
  options: ProviderOptions,
): Record<string, unknown> {
  return {
    canonical_url: options.canonicalUrl,
    distributions: [
      {
        directory_url: options.directoryUrl,
        rolie: {
          feeds: [
            {
              summary: `The CSAF documents of the ${options.siteName} advisories (TLP:WHITE).`,
              tlp_label: 'WHITE',
              url: options.feedUrl,
            },
          ],
        },
      },
    ],
    last_updated: csafDateTime(lastChange(advisories, options.today)),
    list_on_CSAF_aggregators: options.listOnAggregators,
    metadata_version: '2.0',
    mirror_on_CSAF_aggregators: options.mirrorOnAggregators,
    ...(options.signingKeys.length === 0
      ? {}
      : {
          public_openpgp_keys: options.signingKeys.map(({ fingerprint, url }) => ({
            fingerprint,
            url,
          })),
        }),
    publisher: options.publisher,
    role: options.signingKeys.length === 0 ? 'csaf_provider' : 'csaf_trusted_provider',
  };
}

/** One document in the feed: its advisory, where it is, and whether a signature is beside it. */
export interface FeedEntry {
  readonly advisory: Advisory;
  readonly documentUrl: string;
  readonly signed: boolean;
}

/** The ROLIE feed (RFC 8322, as CSAF requirement 15 profiles it) of every TLP:WHITE document. */
export function rolieFeed(
  entries: readonly FeedEntry[],
  {
    feedUrl,
    title,
    today,
  }: { readonly feedUrl: string; readonly title: string; readonly today: string },
): Record<string, unknown> {
  return {
    feed: {
      id: 'milex-csaf-feed-tlp-white',
      title,
      link: [{ rel: 'self', href: feedUrl }],
      category: [{ scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' }],
      updated: csafDateTime(
        lastChange(
          entries.map((e) => e.advisory),
          today,
        ),
      ),
      entry: entries.map(({ advisory, documentUrl, signed }) => ({
        id: advisory.id,
        title: advisory.title,
        link: [
          { rel: 'self', href: documentUrl },
          ...HASHES.map((algorithm) => ({ rel: 'hash', href: `${documentUrl}.${algorithm}` })),
          ...(signed ? [{ rel: 'signature', href: `${documentUrl}${SIGNATURE_EXTENSION}` }] : []),
        ],
        published: csafDateTime(advisory.published),
        updated: csafDateTime(advisory.updated ?? advisory.published),
        summary: { content: advisory.summary },
        content: { type: 'application/json', src: documentUrl },
        format: { schema: CSAF_SCHEMA_URL, version: '2.0' },
      })),
    },
  };
}

/** The ROLIE service document (requirement 16): the one feed, by its address. */
export function rolieService({
  feedUrl,
  title,
}: {
  readonly feedUrl: string;
  readonly title: string;
}): Record<string, unknown> {
  return {
    service: {
      workspace: [
        {
          title: 'Public CSAF feed',
          collection: [
            {
              title,
              href: feedUrl,
              categories: {
                category: [
                  { scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' },
                ],
              },
            },
          ],
        },
      ],
    },
  };
}

/** A signature's file: the signed file's name, then this (requirement 19). */
export const SIGNATURE_EXTENSION = '.asc';

/** The hash files beside each document (requirement 18): many clients check only one of them. */
export const HASHES = ['sha256', 'sha512'] as const;
export type HashAlgorithm = (typeof HASHES)[number];

/** A document's hash file: the hash in hex, then its file name, as `sha256sum`/`sha512sum` write it. */
export function hashFile(algorithm: HashAlgorithm, content: string, fileName: string): string {
  return `${createHash(algorithm).update(content).digest('hex')}  ${fileName}\n`;
}

/** The category document of the TLP:WHITE feed (requirement 17, RFC 8322 section 6.2). */
export function rolieCategories({
  vendor,
  product,
}: {
  readonly vendor: string;
  readonly product: string;
}): Record<string, unknown> {
  return {
    categories: {
      category: [
        { term: vendor },
        { term: product },
        { term: 'csaf_security_advisory' },
        { term: 'en' },
      ],
    },
  };
}

/** One document of the directory distribution: its path in the folder, and its current date. */
export interface DirectoryEntry {
  /** `2022/milex-2022-001.json`: the year of its first release, and its file name. */
  readonly path: string;
  /** `/document/tracking/current_release_date`. */
  readonly currentReleaseDate: string;
}

/** `index.txt` (requirement 12): every document's path in the folder, one a line. */
export function indexTxt(entries: readonly DirectoryEntry[]): string {
  return entries.map(({ path }) => `${path}\n`).join('');
}

/**
 * `changes.csv` (requirement 13): each document's path and current release date, quoted, with no
 * heading, the latest change first (the path breaks ties, so the order never depends on input).
 */
export function changesCsv(entries: readonly DirectoryEntry[]): string {
  const quoted = (value: string): string => `"${value.replace(/"/g, '""')}"`;
  return [...entries]
    .sort((a, b) =>
      a.currentReleaseDate !== b.currentReleaseDate
        ? a.currentReleaseDate < b.currentReleaseDate
          ? 1
          : -1
        : a.path < b.path
          ? -1
          : a.path > b.path
            ? 1
            : 0,
    )
    .map(({ path, currentReleaseDate }) => `${quoted(path)},${quoted(currentReleaseDate)}\n`)
    .join('');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A folder's listing (requirement 14), as a static page: a link to each name in it, folders ending
 * in "/". It loads nothing and runs nothing (its own policy says so), whatever else the site does.
 */
export function directoryListing(title: string, names: readonly string[]): string {
  const items = names.map(
    (name) => `<li><a href="${escapeHtml(encodeURI(name))}">${escapeHtml(name)}</a></li>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>Index of ${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    `<h1>Index of ${escapeHtml(title)}</h1>`,
    '<ul>',
    ...items,
    '</ul>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A document as the folder holds it: its path there (`2022/x.json`), its text, its current date,
 * and whether it is signed after the build, when scripts/sign-site.sh writes its detached
 * signature beside it (`2022/x.json.asc`), which the folder's listing links.
 */
export interface FolderDocument extends DirectoryEntry {
  readonly text: string;
  readonly signed?: boolean;
}

/**
 * Every file of the TLP:WHITE folder but the feed and the signatures, by path in it: each
 * document with its hash files, `index.txt`, `changes.csv`, the category document, and a listing page of the folder and
 * of each year's folder. `listed` names other files of the folder (the feed) for its listing.
 */
export function folderFiles(
  documents: readonly FolderDocument[],
  {
    folderPath,
    listed,
    vendor,
    product,
  }: {
    /** The folder's path on the site, for the listings' titles: `/.well-known/csaf/white/`. */
    readonly folderPath: string;
    readonly listed: readonly string[];
    readonly vendor: string;
    readonly product: string;
  },
): [path: string, content: string][] {
  const files: [string, string][] = documents.flatMap(({ path, text }): [string, string][] => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return [
      [path, text],
      ...HASHES.map((algorithm): [string, string] => [
        `${path}.${algorithm}`,
        hashFile(algorithm, text, name),
      ]),
    ];
  });
  /** What each year's folder will hold once signed: its files, and the signatures to come. */
  const held = [
    ...files.map(([path]) => path),
    ...documents.flatMap(({ path, signed }) =>
      signed === true ? [`${path}${SIGNATURE_EXTENSION}`] : [],
    ),
  ];
  const years = [...new Set(documents.map(({ path }) => path.slice(0, path.indexOf('/'))))].sort(
    (a, b) => (a < b ? 1 : a > b ? -1 : 0),
  );
  const own = ['index.txt', 'changes.csv', CATEGORY_DOCUMENT];
  files.push(
    ['index.txt', indexTxt(documents)],
    ['changes.csv', changesCsv(documents)],
    [CATEGORY_DOCUMENT, `${JSON.stringify(rolieCategories({ vendor, product }), null, 2)}\n`],
    [
      'index.html',
      directoryListing(folderPath, [
        ...years.map((year) => `${year}/`),
        ...[...own, ...listed].sort(),
      ]),
    ],
    ...years.map((year): [string, string] => [
      `${year}/index.html`,
      directoryListing(
        `${folderPath}${year}/`,
        held
          .filter((path) => path.startsWith(`${year}/`))
          .map((path) => path.slice(year.length + 1))
          .sort(),
      ),
    ]),
  );
  return files;
}

/** Where clients look for the category document of a feed: beside it, named by its TLP label. */
export const CATEGORY_DOCUMENT = 'category-white.json';
