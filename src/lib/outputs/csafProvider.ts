/**
 * The CSAF 2.0 provider's own files (specification section 7.1): the provider metadata
 * (requirement 7), the ROLIE feed of TLP:WHITE documents (15) and its service document (16), and
 * each document's SHA-512 file (18). The documents themselves are made in csaf.ts.
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
  /** What the feed is described as coming from: `Milex security site`. */
  readonly siteName: string;
  /** Where provider-metadata.json is published. */
  readonly canonicalUrl: string;
  readonly feedUrl: string;
  /** Whether the team asks CSAF aggregators to list it, and to mirror its documents. */
  readonly listOnAggregators: boolean;
  readonly mirrorOnAggregators: boolean;
  readonly today: string;
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
        rolie: {
          feeds: [
            {
              summary: `The CSAF documents of the advisories on the ${options.siteName} (TLP:WHITE).`,
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
    publisher: options.publisher,
    role: 'csaf_provider',
  };
}

/** One document in the feed: its advisory, and where the document and its hash are. */
export interface FeedEntry {
  readonly advisory: Advisory;
  readonly documentUrl: string;
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
      entry: entries.map(({ advisory, documentUrl }) => ({
        id: advisory.id,
        title: advisory.title,
        link: [
          { rel: 'self', href: documentUrl },
          { rel: 'hash', href: `${documentUrl}.sha512` },
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

/** The `.sha512` file of a document (requirement 18): the hash in hex, then its file name. */
export function sha512File(content: string, fileName: string): string {
  return `${createHash('sha512').update(content).digest('hex')}  ${fileName}\n`;
}
