/**
 * The support rule, once: each release's phases and events, worked out from the table, which
 * every view reads (the table, the timeline, the checker, the versions JSON, the calendar, the
 * lifecycle feed, the badges).
 *
 * The policy has two levels of support. A row's own dates give its phases. A line (`3.x`) also
 * covers its most recent minor release: a minor release listed beside its line is, on each day,
 * in the better of its own phase and, from its release until a newer minor of the line comes out,
 * the line's. So the newest `3.y` keeps the line's security support after its own dates end, and
 * an older minor stops with its own row. With only a line, or only minor releases, each row's
 * phases are its own dates.
 *
 * "Today" is always a parameter: the static build passes the build day, the browser the
 * visitor's UTC day after hydration.
 */
import { addDays, daysBetween } from '../formats/dates';
import { compareText } from '../formats/order';
import {
  branchNumbers,
  isLine,
  isSupported,
  newestFirst,
  type Release,
  type Status,
} from './model';

export type Phase = 'beta' | 'active' | 'security';

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  beta: 'Beta',
  active: 'Active support',
  security: 'Security support only',
};

export interface PhaseSpan {
  readonly phase: Phase;
  /** First day of the phase. */
  readonly from: string;
  /** Last day of the phase (inclusive). */
  readonly to: string;
  /** The row whose dates give it: the release's own branch, or its line (`3.x`). */
  readonly source: string;
  /**
   * The line's support, with no newer minor release of the line in the table: it ends sooner if
   * one comes out first, so `to` is the latest day.
   */
  readonly openEnded?: boolean;
  /** The line's support, ending the day before this newer minor release of the line comes out. */
  readonly endsBefore?: Release;
}

export type LifecycleEventKind = 'beta' | 'released' | 'security-only' | 'eol';

export interface LifecycleEvent {
  readonly kind: LifecycleEventKind;
  /** The first day the release is in its new state. */
  readonly day: string;
}

/** A release's whole life, derived once from the table. */
export interface Lifecycle {
  /** `1.2`, `1.x`, or a minor release the table does not list (for the version checker). */
  readonly branch: string;
  /** Its row in the table; undefined for a minor release the table does not list. */
  readonly release?: Release;
  /** The line whose dates also cover it, when the table lists both. */
  readonly line?: Release;
  /** In order, no gaps, no days of no phase: beta, then active support, then security only. */
  readonly phases: readonly PhaseSpan[];
  /** Beta, release, move to security support only, end of life; in order. */
  readonly events: readonly LifecycleEvent[];
  /**
   * Last day of active support, and of security support (after it, the release is end of life).
   * Undefined only for a minor release the table does not list whose line support had ended.
   */
  readonly activeUntil?: string;
  readonly securityUntil?: string;
  /**
   * The last days come from the line and no newer minor release of it is in the table yet: they
   * end sooner if one comes out first. `securityUntil` is then the latest day.
   */
  readonly untilNextMinor: boolean;
  /** The newer minor release of the line whose release ended this one's support from the line. */
  readonly supersededBy?: Release;
}

/** A row's lifecycle: its release is known, and it has phases. */
export type RowLifecycle = Lifecycle & {
  readonly release: Release;
  readonly activeUntil: string;
  readonly securityUntil: string;
};

/** The phases of one row's own dates; a phase of no days is left out. */
function ownPhases(release: Release): PhaseSpan[] {
  const source = release.branch;
  const spans: PhaseSpan[] = [];
  if (release.betaRelease !== undefined && release.betaRelease < release.initialRelease) {
    spans.push({
      phase: 'beta',
      from: release.betaRelease,
      to: addDays(release.initialRelease, -1),
      source,
    });
  }
  spans.push({
    phase: 'active',
    from: release.initialRelease,
    to: release.activeSupportUntil,
    source,
  });
  if (release.securitySupportUntil > release.activeSupportUntil) {
    spans.push({
      phase: 'security',
      from: addDays(release.activeSupportUntil, 1),
      to: release.securitySupportUntil,
      source,
    });
  }
  return spans;
}

/** The spans of `spans` within `from`..`to` (either open when undefined). */
function clip(spans: readonly PhaseSpan[], from?: string, to?: string): PhaseSpan[] {
  return spans.flatMap((span) => {
    const start = from !== undefined && from > span.from ? from : span.from;
    const end = to !== undefined && to < span.to ? to : span.to;
    return start <= end ? [{ ...span, from: start, to: end }] : [];
  });
}

const RANK: Readonly<Record<Phase, number>> = { beta: 1, security: 2, active: 3 };

/**
 * On each day, the best phase of `primary` and `secondary` (active over security over beta; the
 * first list on a tie), as spans in order, neighbours of one phase and source joined.
 */
function best(primary: readonly PhaseSpan[], secondary: readonly PhaseSpan[]): PhaseSpan[] {
  const all = [...primary, ...secondary];
  const starts = [...new Set(all.flatMap((s) => [s.from, addDays(s.to, 1)]))].sort();
  const result: PhaseSpan[] = [];
  starts.forEach((day, index) => {
    const next = starts[index + 1];
    if (next === undefined) return;
    const covering = all.filter((s) => s.from <= day && day <= s.to);
    const top = covering.reduce<PhaseSpan | undefined>(
      (winner, s) => (winner === undefined || RANK[s.phase] > RANK[winner.phase] ? s : winner),
      undefined,
    );
    if (top === undefined) return;
    const last = result.at(-1);
    const to = addDays(next, -1);
    // A span keeps what its end is made of (openEnded, endsBefore): the later piece's.
    if (last?.phase === top.phase && last.source === top.source && addDays(last.to, 1) === day) {
      result[result.length - 1] = { ...top, from: last.from, to };
    } else result.push({ ...top, from: day, to });
  });
  return result;
}

function eventsOf(phases: readonly PhaseSpan[]): LifecycleEvent[] {
  const beta = phases.find((s) => s.phase === 'beta');
  const firstActive = phases.find((s) => s.phase === 'active');
  const lastActive = phases.filter((s) => s.phase === 'active').at(-1);
  const last = phases.at(-1);
  return [
    ...(beta === undefined ? [] : [{ kind: 'beta' as const, day: beta.from }]),
    ...(firstActive === undefined ? [] : [{ kind: 'released' as const, day: firstActive.from }]),
    // A release whose two ends coincide goes straight from active support to end of life.
    ...(lastActive !== undefined && last?.phase === 'security'
      ? [{ kind: 'security-only' as const, day: addDays(lastActive.to, 1) }]
      : []),
    ...(last === undefined ? [] : [{ kind: 'eol' as const, day: addDays(last.to, 1) }]),
  ];
}

/** The listed minor releases of `major`, oldest first. */
function minorsOf(table: readonly Release[], major: number): Release[] {
  return newestFirst(
    table.filter((r) => !isLine(r.branch) && branchNumbers(r.branch).major === major),
  ).reverse();
}

/**
 * The lifecycle of minor release `major.minor` (listed or not) or of a row: its own phases and,
 * when the table lists its line beside minor releases, the line's while it is the most recent.
 */
function lifecycleOfBranch(table: readonly Release[], branch: string): Lifecycle | undefined {
  const release = table.find((r) => r.branch === branch);
  const { major, minor } = branchNumbers(branch);
  const own = release === undefined ? [] : ownPhases(release);
  const line =
    minor === undefined ? undefined : table.find((r) => r.branch === `${String(major)}.x`);
  const minors = minorsOf(table, major);
  if (line === undefined || minors.length === 0) {
    return release === undefined ? undefined : finish(branch, release, undefined, own, false);
  }
  // The line covers this minor from its release (or, unlisted, after the last listed one below
  // it) until the day before the next listed minor release of the line comes out.
  const newer = minors.find((r) => (branchNumbers(r.branch).minor ?? 0) > (minor ?? 0));
  const older = minors.filter((r) => (branchNumbers(r.branch).minor ?? 0) < (minor ?? 0)).at(-1);
  const from = release?.initialRelease ?? older?.initialRelease;
  const to = newer === undefined ? undefined : addDays(newer.initialRelease, -1);
  const linePhases = ownPhases(line).filter((s) => s.phase !== 'beta');
  const covered = clip(linePhases, from, to).map((span): PhaseSpan => {
    if (newer === undefined) return { ...span, openEnded: true };
    // Cut at the newer minor's release, where the line's phase would have gone on.
    const whole = linePhases.find((s) => s.phase === span.phase);
    return span.to === to && whole !== undefined && whole.to > span.to
      ? { ...span, endsBefore: newer }
      : span;
  });
  const phases = best(own, covered);
  const lastSpan = phases.at(-1);
  const fromLine = lastSpan?.source === line.branch;
  const cut = to !== undefined && lastSpan?.to === to && line.securitySupportUntil > to;
  // A newer minor release ended this one's support from the line (for a minor the table does not
  // list, before it had any).
  const supersededBy = (fromLine && cut) || phases.length === 0 ? newer : undefined;
  return finish(branch, release, line, phases, lastSpan?.openEnded === true, supersededBy);
}

function finish(
  branch: string,
  release: Release | undefined,
  line: Release | undefined,
  phases: readonly PhaseSpan[],
  untilNextMinor: boolean,
  supersededBy?: Release,
): Lifecycle {
  const lastActive = phases.filter((s) => s.phase === 'active').at(-1);
  const last = phases.at(-1);
  return {
    branch,
    ...(release === undefined ? {} : { release }),
    ...(line === undefined ? {} : { line }),
    phases,
    events: eventsOf(phases),
    ...(lastActive === undefined ? {} : { activeUntil: lastActive.to }),
    ...(last === undefined ? {} : { securityUntil: last.to }),
    untilNextMinor,
    ...(supersededBy === undefined ? {} : { supersededBy }),
  };
}

/** One row's lifecycle in `table` (by default, a table of that row alone). */
export function lifecycleOf(release: Release, table: readonly Release[] = [release]): RowLifecycle {
  const lifecycle = lifecycleOfBranch(table, release.branch);
  if (lifecycle?.release !== release)
    throw new Error(`${release.branch} is not a row of the table`);
  return lifecycle as RowLifecycle;
}

/** Every row's lifecycle, newest first. */
export function lifecycles(table: readonly Release[]): RowLifecycle[] {
  return newestFirst(table).map((release) => lifecycleOf(release, table));
}

/**
 * The lifecycle a minor release `branch` (such as `1.3`) has under the table: its row's, or for a
 * minor release the table does not list, the line's while it is the most recent. Undefined when
 * the table says nothing of it (no row, and no line listed beside minor releases).
 */
export function lifecycleOfMinor(table: readonly Release[], branch: string): Lifecycle | undefined {
  return lifecycleOfBranch(table, branch);
}

/** Support that ends within this many days is flagged as ending soon. */
export const ENDING_SOON_DAYS = 90;

/** Where a release stands on one day. */
export interface ReleaseState {
  readonly lifecycle: Lifecycle;
  /** The day, `YYYY-MM-DD` (UTC). */
  readonly day: string;
  readonly status: Status;
  /** The phase the day is in; undefined before the first and after the last. */
  readonly span?: PhaseSpan;
  /** Days of security support left, counting today; only for supported releases. */
  readonly daysLeft?: number;
  /** Supported, with at most ENDING_SOON_DAYS days left. */
  readonly endingSoon: boolean;
}

/** A row's state: its release is known. */
export type RowState = ReleaseState & { readonly lifecycle: RowLifecycle };

/** The status on `today` (UTC, `YYYY-MM-DD`). End dates are inclusive. */
export function stateOn<L extends Lifecycle>(
  lifecycle: L,
  today: string,
): ReleaseState & { readonly lifecycle: L } {
  const span = lifecycle.phases.find((s) => s.from <= today && today <= s.to);
  const first = lifecycle.phases[0];
  const status: Status =
    span !== undefined ? span.phase : first !== undefined && today < first.from ? 'planned' : 'eol';
  if (span === undefined || !isSupported(status)) {
    return {
      lifecycle,
      day: today,
      status,
      ...(span === undefined ? {} : { span }),
      endingSoon: false,
    };
  }
  // A day in a phase means the lifecycle has a last day.
  const daysLeft = daysBetween(today, lifecycle.securityUntil ?? span.to) + 1;
  return {
    lifecycle,
    day: today,
    status,
    span,
    daysLeft,
    endingSoon: daysLeft <= ENDING_SOON_DAYS,
  };
}

/** Every row's state, newest first. */
export function statesOn(table: readonly Release[], today: string): RowState[] {
  return lifecycles(table).map((lifecycle) => stateOn(lifecycle, today));
}

/**
 * The release to run: the newest in active support, else the newest in security support. A line
 * listed beside its minor releases is not one to run: its most recent minor release is.
 */
export function recommendedRelease(table: readonly Release[], today: string): RowState | undefined {
  const states = statesOn(table, today).filter(
    ({ lifecycle }) =>
      !(
        isLine(lifecycle.branch) &&
        minorsOf(table, branchNumbers(lifecycle.branch).major).length > 0
      ),
  );
  return (
    states.find((state) => state.status === 'active') ??
    states.find((state) => state.status === 'security')
  );
}

export type Summary =
  | { readonly kind: 'supported'; readonly recommended: RowState }
  | { readonly kind: 'none-supported'; readonly lastEnded?: RowLifecycle; readonly next?: Release };

/** Where things stand on `today`: which release to run, or that none is supported. */
export function summarize(table: readonly Release[], today: string): Summary {
  const recommended = recommendedRelease(table, today);
  if (recommended !== undefined) return { kind: 'supported', recommended };
  const states = statesOn(table, today);
  // The one whose support ended last.
  const lastEnded = states
    .filter((state) => state.status === 'eol')
    .map((state) => state.lifecycle)
    .sort((a, b) => compareText(b.securityUntil, a.securityUntil))[0];
  // The soonest upcoming release, if one is planned or in beta.
  const next = states
    .filter((s) => s.status === 'planned' || s.status === 'beta')
    .map((s) => s.lifecycle.release)
    .sort((a, b) => compareText(a.initialRelease, b.initialRelease))[0];
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
export function splitOlderEndOfLife<S extends ReleaseState>(
  states: readonly S[],
): { readonly current: readonly S[]; readonly older: readonly S[] } {
  const newestEol = states.find((state) => state.status === 'eol');
  const isOlder = (state: S): boolean => state.status === 'eol' && state !== newestEol;
  return { current: states.filter((s) => !isOlder(s)), older: states.filter(isOlder) };
}
