/**
 * Where a release stands on a given day. The day is always a parameter: the static build
 * passes the build day, the browser passes the visitor's UTC day after hydration.
 */
import { addDays, daysBetween } from './dates';
import { newestFirst } from './releases';
import type { Release } from './types';

export type Status = 'planned' | 'beta' | 'active' | 'security' | 'eol';

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  planned: 'Planned',
  beta: 'Beta',
  active: 'Active support',
  security: 'Security support only',
  eol: 'End of life',
};

/** Support that ends within this many days is flagged as ending soon. */
export const ENDING_SOON_DAYS = 90;

/** The release's status on `today` (UTC, `YYYY-MM-DD`). End dates are inclusive. */
export function statusOn(release: Release, today: string): Status {
  // ISO dates compare correctly as strings.
  if (today > release.securitySupportUntil) return 'eol';
  if (today > release.activeSupportUntil) return 'security';
  if (today >= release.initialRelease) return 'active';
  if (release.betaRelease !== undefined && today >= release.betaRelease) return 'beta';
  return 'planned';
}

export function isSupported(status: Status): boolean {
  return status === 'active' || status === 'security';
}

export interface ReleaseState {
  readonly release: Release;
  readonly status: Status;
  /** Days of security support left, counting today; only for supported releases. */
  readonly daysLeft?: number;
  /** Supported, with at most ENDING_SOON_DAYS days left. */
  readonly endingSoon: boolean;
}

export function stateOn(release: Release, today: string): ReleaseState {
  const status = statusOn(release, today);
  if (!isSupported(status)) return { release, status, endingSoon: false };
  const daysLeft = daysBetween(today, release.securitySupportUntil) + 1;
  return { release, status, daysLeft, endingSoon: daysLeft <= ENDING_SOON_DAYS };
}

/** Every release's state, newest first. */
export function statesOn(releases: readonly Release[], today: string): ReleaseState[] {
  return newestFirst(releases).map((release) => stateOn(release, today));
}

/** The release to run: the newest one in active support, else the newest in security support. */
export function recommendedRelease(
  releases: readonly Release[],
  today: string,
): ReleaseState | undefined {
  const states = statesOn(releases, today);
  return (
    states.find((state) => state.status === 'active') ??
    states.find((state) => state.status === 'security')
  );
}

export type Summary =
  | { readonly kind: 'supported'; readonly recommended: ReleaseState }
  | { readonly kind: 'none-supported'; readonly lastEnded?: Release; readonly next?: Release };

/** Where things stand on `today`: which release to run, or that none is supported. */
export function summarize(releases: readonly Release[], today: string): Summary {
  const recommended = recommendedRelease(releases, today);
  if (recommended !== undefined) return { kind: 'supported', recommended };
  const states = statesOn(releases, today);
  const lastEnded = states.find((state) => state.status === 'eol')?.release;
  // The soonest upcoming release, if one is planned or in beta.
  const next = states.filter((s) => s.status === 'planned' || s.status === 'beta').at(-1)?.release;
  return {
    kind: 'none-supported',
    ...(lastEnded === undefined ? {} : { lastEnded }),
    ...(next === undefined ? {} : { next }),
  };
}

/**
 * Splits states (newest first) into those shown at once and the end-of-life releases older
 * than the newest end-of-life one, which a long table tucks away.
 */
export function splitOlderEndOfLife(states: readonly ReleaseState[]): {
  readonly current: readonly ReleaseState[];
  readonly older: readonly ReleaseState[];
} {
  const newestEol = states.find((state) => state.status === 'eol');
  const isOlder = (state: ReleaseState): boolean => state.status === 'eol' && state !== newestEol;
  return { current: states.filter((s) => !isOlder(s)), older: states.filter(isOlder) };
}

export type Phase = 'beta' | 'active' | 'security';

export interface PhaseSpan {
  readonly phase: Phase;
  /** First day of the phase. */
  readonly from: string;
  /** Last day of the phase (inclusive). */
  readonly to: string;
}

/** A release's phases as day spans, in order; a phase of no days is left out. */
export function phasesOf(release: Release): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  if (release.betaRelease !== undefined && release.betaRelease < release.initialRelease) {
    spans.push({
      phase: 'beta',
      from: release.betaRelease,
      to: addDays(release.initialRelease, -1),
    });
  }
  spans.push({ phase: 'active', from: release.initialRelease, to: release.activeSupportUntil });
  if (release.securitySupportUntil > release.activeSupportUntil) {
    spans.push({
      phase: 'security',
      from: addDays(release.activeSupportUntil, 1),
      to: release.securitySupportUntil,
    });
  }
  return spans;
}
