/**
 * An advisory as an OSV record (https://ossf.github.io/osv-schema/, schema 1.7), the format
 * vulnerability scanners and osv.dev read: which package, which versions, how severe, who found it.
 */
import type { Advisory } from '../advisories/model';
import { startOfDay } from '../formats/dates';

export const OSV_SCHEMA_VERSION = '1.7.5';

export interface OsvOptions {
  /** The advisory's page (https). */
  readonly pageUrl: string;
  /** The body of the advisory, as Markdown. */
  readonly body: string;
  /** How the records name Milex: an OSV ecosystem and the package's name in it. */
  readonly ecosystem: string;
  readonly packageName: string;
  /** Put before the advisory's id; OSV accepts only registered prefixes, or "x_". */
  readonly idPrefix: string;
}

type OsvEvent =
  { readonly introduced: string } | { readonly fixed: string } | { readonly last_affected: string };

export interface OsvRecord {
  readonly schema_version: string;
  readonly id: string;
  readonly modified: string;
  readonly published: string;
  readonly aliases: readonly string[];
  readonly summary: string;
  readonly details: string;
  readonly severity?: readonly { readonly type: 'CVSS_V3' | 'CVSS_V4'; readonly score: string }[];
  readonly affected: readonly {
    readonly package: { readonly ecosystem: string; readonly name: string };
    readonly ranges: readonly {
      readonly type: 'ECOSYSTEM';
      readonly events: readonly OsvEvent[];
      readonly database_specific: { readonly branch: string };
    }[];
  }[];
  readonly references: readonly { readonly type: 'ADVISORY' | 'WEB'; readonly url: string }[];
  readonly credits?: readonly { readonly name: string; readonly contact?: readonly string[] }[];
  readonly database_specific: { readonly severity: string; readonly milex_id: string };
}

/** The OSV record of a validated advisory. */
export function osvRecord(advisory: Advisory, options: OsvOptions): OsvRecord {
  const ranges = advisory.affected.map(({ branch, range }) => {
    const { introduced, fixed, lastAffected } = range;
    const end: OsvEvent[] =
      fixed !== undefined
        ? [{ fixed }]
        : lastAffected !== undefined
          ? [{ last_affected: lastAffected }]
          : [];
    return {
      type: 'ECOSYSTEM' as const,
      events: [{ introduced }, ...end],
      database_specific: { branch },
    };
  });
  const { cvss, credits } = advisory;
  return {
    schema_version: OSV_SCHEMA_VERSION,
    id: `${options.idPrefix}${advisory.id}`,
    modified: startOfDay(advisory.updated ?? advisory.published),
    published: startOfDay(advisory.published),
    aliases: advisory.cve ?? [],
    // OSV wants a one-line summary; the advisory's paragraph opens the details instead.
    summary: advisory.title,
    details: `${advisory.summary.trim()}\n\n${options.body.trim()}\n`,
    ...(cvss === undefined
      ? {}
      : {
          severity: [{ type: cvss.startsWith('CVSS:4.0/') ? 'CVSS_V4' : 'CVSS_V3', score: cvss }],
        }),
    affected: [{ package: { ecosystem: options.ecosystem, name: options.packageName }, ranges }],
    references: [
      { type: 'ADVISORY', url: options.pageUrl },
      ...(advisory.cve ?? []).map((id) => ({
        type: 'WEB' as const,
        url: `https://www.cve.org/CVERecord?id=${id}`,
      })),
    ],
    ...(credits === undefined
      ? {}
      : {
          credits: credits.map(({ name, url }) => ({
            name,
            ...(url === undefined ? {} : { contact: [url] }),
          })),
        }),
    database_specific: { severity: advisory.severity, milex_id: advisory.id },
  };
}
