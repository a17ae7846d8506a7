/**
 * An advisory as a CSAF 2.0 document (profile "Security Advisory"), the machine-readable advisory
 * format of national CERTs and vendors: the same checked advisory as its page, feeds and OSV record.
 * File names follow section 5.1; the provider's own files are in csafProvider.ts.
 */
import { compareVersions, fullVersion } from '../releases/versions';
import { cvssV31Base } from '../content/advisories/cvss';
import {
  SEVERITY_LABELS,
  type Advisory,
  type AffectedBranch,
  type AffectedRange,
} from '../advisories/model';
import { rangeText } from '../advisories/range';

/** Who publishes the documents: the same in every document and in the provider metadata. */
export interface CsafPublisher {
  readonly category: 'vendor';
  readonly name: string;
  /** The publisher's web address, https. */
  readonly namespace: string;
}

export interface CsafOptions {
  readonly publisher: CsafPublisher;
  /** Who makes the product, and the product's name: `Milex`, `Milex`. */
  readonly vendor: string;
  readonly product: string;
  /** Where this document is published. */
  readonly documentUrl: string;
  /** The advisory's page. */
  readonly pageUrl: string;
  /** The advisory's OSV record. */
  readonly osvUrl: string;
  /** The text below the front matter, links absolute (as in the OSV record). */
  readonly body: string;
}

type ProductId = string;

/**
 * What the users of one affected range are told to do: update to the range's own fix, or, for a
 * branch that got none, to a fixed version after its last affected one. Never to a version the
 * advisory lists as affected, or to an older one.
 */
function remediation(
  product: string,
  { range }: AffectedBranch,
  fixedIn: readonly string[],
  productId: ProductId,
  pageUrl: string,
): Record<string, unknown> {
  const last = fullVersion(range.lastAffected ?? range.introduced);
  const later = fixedIn
    .filter((version) => {
      const parsed = fullVersion(version);
      return parsed !== undefined && last !== undefined && compareVersions(parsed, last) > 0;
    })
    .map((version) => `${product} ${version}`);
  const details =
    range.fixed !== undefined
      ? `Update to ${product} ${range.fixed}.`
      : later.length > 0
        ? `No fix is published for ${product} ${rangeText(range)}: update to ${later.join(' or ')}.`
        : undefined;
  return details === undefined
    ? {
        category: 'none_available',
        details: `No fix is available for ${product} ${rangeText(range)}.`,
        product_ids: [productId],
        url: pageUrl,
      }
    : { category: 'vendor_fix', details, product_ids: [productId], url: pageUrl };
}

/** The range in the `vers` syntax CSAF recommends for product_version_range. */
function versRange({ introduced, fixed, lastAffected }: AffectedRange): string {
  // One affected version is written alone: vers lists each version once.
  if (fixed === undefined && (lastAffected ?? introduced) === introduced) {
    return `vers:semver/${introduced}`;
  }
  return `vers:semver/>=${introduced}|${fixed !== undefined ? `<${fixed}` : `<=${lastAffected ?? introduced}`}`;
}

/** `2022-09-20` as the date-time CSAF requires: the start of that UTC day. */
export const csafDateTime = (day: string): string => `${day}T00:00:00.000Z`;

/** Section 5.1: the tracking id in lower case, every run of other characters made one `_`. */
export function csafFileName(trackingId: string): string {
  return `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;
}

/** The CSAF 2.0 document of `advisory`. */
export function csafDocument(advisory: Advisory, options: CsafOptions): Record<string, unknown> {
  const { publisher, vendor, product, documentUrl, pageUrl, osvUrl, body } = options;
  const affectedIds: ProductId[] = advisory.affected.map(
    ({ branch }) => `milex-${branch}-affected`,
  );
  const fixedIds: ProductId[] = advisory.fixedIn.map((version) => `milex-${version}`);

  // Publication, then each change: the version is the number of the last.
  const changes =
    advisory.revisions ??
    (advisory.updated === undefined ? [] : [{ date: advisory.updated, summary: 'Updated.' }]);
  const revisions = [{ date: advisory.published, summary: 'Initial publication.' }, ...changes].map(
    ({ date, summary }, index) => ({
      date: csafDateTime(date),
      number: String(index + 1),
      summary,
    }),
  );
  const cvss = advisory.cvss === undefined ? undefined : cvssV31Base(advisory.cvss);
  const severity = `Severity: ${SEVERITY_LABELS[advisory.severity]}${
    advisory.cvss === undefined ? '' : ` (${advisory.cvss})`
  }.`;
  const vulnerability = (cve: string | undefined): Record<string, unknown> => ({
    ...(cve === undefined ? {} : { cve }),
    title: advisory.title,
    notes: [{ category: 'summary', title: 'Summary', text: advisory.summary }],
    product_status: { known_affected: affectedIds, fixed: fixedIds },
    remediations: advisory.affected.map((entry, index) =>
      remediation(product, entry, advisory.fixedIn, affectedIds[index] ?? '', pageUrl),
    ),
    ...(cvss === undefined || advisory.cvss === undefined
      ? {}
      : {
          scores: [
            {
              cvss_v3: { version: '3.1', vectorString: advisory.cvss, ...cvss },
              products: affectedIds,
            },
          ],
        }),
    // The team's severity in words, and the vector CSAF 2.0 cannot score (CVSS v4.0).
    threats: [{ category: 'impact', details: severity, product_ids: affectedIds }],
  });
  const credits = advisory.credits ?? [];

  return {
    document: {
      category: 'csaf_security_advisory',
      csaf_version: '2.0',
      lang: 'en',
      title: advisory.title,
      publisher,
      // The team's severity, in the words the site shows.
      aggregate_severity: { text: SEVERITY_LABELS[advisory.severity] },
      distribution: { tlp: { label: 'WHITE', url: 'https://www.first.org/tlp/' } },
      notes: [
        { category: 'summary', title: 'Summary', text: advisory.summary },
        { category: 'details', title: 'Details', text: body },
      ],
      references: [
        { category: 'self', summary: 'This document', url: documentUrl },
        { category: 'external', summary: 'The advisory on its site', url: pageUrl },
        { category: 'external', summary: 'The advisory as an OSV record', url: osvUrl },
      ],
      ...(credits.length === 0
        ? {}
        : {
            acknowledgments: credits.map(({ name, url }) => ({
              names: [name],
              ...(url === undefined ? {} : { urls: [url] }),
            })),
          }),
      tracking: {
        id: advisory.id,
        status: 'final',
        version: revisions.at(-1)?.number ?? '1',
        initial_release_date: csafDateTime(advisory.published),
        current_release_date: csafDateTime(advisory.updated ?? advisory.published),
        revision_history: revisions,
      },
    },
    product_tree: {
      branches: [
        {
          category: 'vendor',
          name: vendor,
          branches: [
            {
              category: 'product_name',
              name: product,
              branches: [
                ...advisory.affected.map(({ branch, range }, index) => ({
                  category: 'product_version_range',
                  name: versRange(range),
                  product: {
                    product_id: affectedIds[index],
                    name: `${product} ${rangeText(range)} (branch ${branch})`,
                  },
                })),
                ...advisory.fixedIn.map((version, index) => ({
                  category: 'product_version',
                  name: version,
                  product: { product_id: fixedIds[index], name: `${product} ${version}` },
                })),
              ],
            },
          ],
        },
      ],
    },
    vulnerabilities:
      (advisory.cve ?? []).length > 0
        ? (advisory.cve ?? []).map((cve) => vulnerability(cve))
        : [vulnerability(undefined)],
  };
}
