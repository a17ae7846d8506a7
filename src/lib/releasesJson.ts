/**
 * The versions API: every release and its status on one day, as JSON for scripts and dashboards.
 * Field names follow endoflife.date's API v1 where they mean the same thing, so a client written
 * for endoflife.date reads ours with few changes. The schema is in releasesJsonSchema.ts.
 *
 * Our `activeSupportUntil` and `securitySupportUntil` are the last days (inclusive) of support,
 * as in src/data/releases.ts. endoflife.date's `eoasFrom` and `eolFrom` are the first days
 * without it, so each is the day after the matching `*Until`.
 */
import { addDays, isIsoDate } from './dates';
import { newestFirst } from './releases';
import { STATUS_LABELS, isSupported, stateOn, type Status } from './status';
import type { Release } from './types';

/** Semantic version of the JSON's shape: a new major for a change that can break a client. */
export const RELEASES_JSON_SCHEMA_VERSION = '1.0.0';

export interface ReleasesJsonRelease {
  readonly name: string;
  readonly label: string;
  readonly status: Status;
  readonly statusLabel: string;
  readonly betaReleaseDate: string | null;
  readonly releaseDate: string;
  readonly activeSupportUntil: string;
  readonly securitySupportUntil: string;
  readonly isEoas: boolean;
  readonly eoasFrom: string;
  readonly isEol: boolean;
  readonly eolFrom: string;
  readonly isSupported: boolean;
  readonly isMaintained: boolean;
  readonly daysOfSupportLeft: number | null;
  readonly note: string | null;
}

export interface ReleasesJson {
  readonly $schema: string;
  readonly schemaVersion: string;
  readonly generatedAt: string;
  readonly statusAsOf: string;
  readonly product: 'milex';
  readonly link: string;
  readonly total: number;
  readonly result: readonly ReleasesJsonRelease[];
}

export interface ReleasesJsonOptions {
  /** The UTC day the statuses are for, `YYYY-MM-DD`. */
  readonly today: string;
  readonly generatedAt: Date;
  /** Absolute URL of the published schema. */
  readonly schemaUrl: string;
  /** Absolute URL of the supported-versions page. */
  readonly pageUrl: string;
}

function entry(release: Release, today: string): ReleasesJsonRelease {
  const { status, daysLeft } = stateOn(release, today);
  const supported = isSupported(status);
  return {
    name: release.branch,
    label: `Milex ${release.branch}`,
    status,
    statusLabel: STATUS_LABELS[status],
    betaReleaseDate: release.betaRelease ?? null,
    releaseDate: release.initialRelease,
    activeSupportUntil: release.activeSupportUntil,
    securitySupportUntil: release.securitySupportUntil,
    // ISO dates compare correctly as strings.
    isEoas: today > release.activeSupportUntil,
    eoasFrom: addDays(release.activeSupportUntil, 1),
    isEol: status === 'eol',
    eolFrom: addDays(release.securitySupportUntil, 1),
    isSupported: supported,
    isMaintained: supported,
    daysOfSupportLeft: daysLeft ?? null,
    note: release.note ?? null,
  };
}

/** The versions API document for `releases` on `options.today`, newest release first. */
export function releasesJson(
  releases: readonly Release[],
  options: ReleasesJsonOptions,
): ReleasesJson {
  const { today, generatedAt, schemaUrl, pageUrl } = options;
  // statusOn compares strings, so a malformed day would give wrong statuses without an error.
  if (!isIsoDate(today)) {
    throw new RangeError(
      `releases.json: today must be a YYYY-MM-DD day, got ${JSON.stringify(today)}`,
    );
  }
  const result = newestFirst(releases).map((release) => entry(release, today));
  return {
    $schema: schemaUrl,
    schemaVersion: RELEASES_JSON_SCHEMA_VERSION,
    generatedAt: generatedAt.toISOString(),
    statusAsOf: today,
    product: 'milex',
    link: pageUrl,
    total: result.length,
    result,
  };
}
