/**
 * The versions API: every release and its status on one day, as JSON for scripts and dashboards,
 * with the published advisories that affect each and the version from which none does.
 * Field names follow endoflife.date's API v1 where they mean the same thing, so a client written
 * for endoflife.date reads ours with few changes. The schema is in releasesJsonSchema.ts.
 *
 * Our `activeSupportUntil` and `securitySupportUntil` are the row's own last days (inclusive) of
 * support, as in src/data/releases.ts. endoflife.date's `eoasFrom` and `eolFrom` are the first
 * days without it under the support rule (releases/lifecycle.ts), which for the most recent minor
 * release of a listed line includes the line's support.
 */
import { type AdvisoryExposure, branchExposure } from '../advisories/exposure';
import { addDays, isIsoDate } from '../formats/dates';
import { lifecycles, type RowLifecycle, stateOn } from '../releases/lifecycle';
import { isSupported, type Release, STATUS_LABELS, type Status } from '../releases/model';

/** Semantic version of the JSON's shape: a new major for a change that can break a client. */
export const RELEASES_JSON_SCHEMA_VERSION = '1.1.0';

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
  readonly line: string | null;
  readonly statusFrom: string | null;
  readonly supportEndsWithNextMinor: boolean;
  readonly advisories: readonly string[];
  readonly unaffectedFrom: string | null;
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
  /** The published advisories, newest first. */
  readonly advisories: readonly AdvisoryExposure[];
}

function entry(
  lifecycle: RowLifecycle,
  today: string,
  advisories: readonly AdvisoryExposure[],
): ReleasesJsonRelease {
  const { release } = lifecycle;
  const { status, daysLeft, span } = stateOn(lifecycle, today);
  const supported = isSupported(status);
  const exposure = branchExposure(advisories, release.branch);
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
    isEoas: today > lifecycle.activeUntil,
    eoasFrom: addDays(lifecycle.activeUntil, 1),
    isEol: status === 'eol',
    eolFrom: addDays(lifecycle.securityUntil, 1),
    isSupported: supported,
    isMaintained: supported,
    daysOfSupportLeft: daysLeft ?? null,
    note: release.note ?? null,
    line: lifecycle.line?.branch ?? null,
    statusFrom: span?.source ?? null,
    // Some support still to come is the line's, open to a newer minor release.
    supportEndsWithNextMinor: lifecycle.phases.some((s) => s.openEnded === true && s.to >= today),
    advisories: exposure.advisories.map((advisory) => advisory.id),
    // An end-of-life branch has no version to upgrade to: advisories no longer cover it.
    unaffectedFrom: status === 'eol' ? null : (exposure.unaffectedFrom ?? null),
  };
}

/** The versions API document for `releases` on `options.today`, newest release first. */
export function releasesJson(
  releases: readonly Release[],
  options: ReleasesJsonOptions,
): ReleasesJson {
  const { today, generatedAt, schemaUrl, pageUrl, advisories } = options;
  // statusOn compares strings, so a malformed day would give wrong statuses without an error.
  if (!isIsoDate(today)) {
    throw new RangeError(
      `releases.json: today must be a YYYY-MM-DD day, got ${JSON.stringify(today)}`,
    );
  }
  const result = lifecycles(releases).map((lifecycle) => entry(lifecycle, today, advisories));
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
