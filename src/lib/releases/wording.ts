/**
 * The sentences that say where a release stands, written once for every view: the pages render
 * the dates as <time> elements, the calendar and the feeds as text. A sentence is a list of words
 * and dates; `wordsText` writes it out with the dates in a given form.
 */
import { addDays } from '../formats/dates';
import type { Lifecycle, PhaseSpan, ReleaseState } from './lifecycle';
import { recommendedRelease, stateOn, summarize } from './lifecycle';
import { branchNumbers, type Release } from './model';

export type Word = string | { readonly date: string };
export type Words = readonly Word[];

/** The words as one string, each date written by `date`. */
export function wordsText(words: Words, date: (iso: string) => string): string {
  return words.map((word) => (typeof word === 'string' ? word : date(word.date))).join('');
}

/** What end of life means, for every view that announces it. */
export const END_OF_LIFE =
  'its security support has ended, and it receives no more security advisories';

/** How a sentence speaks of `state`'s day: as now, or, in a dated entry read later, as then. */
export type Tense = 'present' | 'past';

/**
 * What the end of a span hangs on, when it is not a date the table fixes: a newer minor release
 * of the line that may come out sooner, or one the table plans for a day still to come.
 */
function endWords(span: PhaseSpan, day: string, tense: Tense): Words {
  const past = tense === 'past';
  if (span.openEnded === true) {
    return [
      `, or until a newer ${majorName(span.source)} minor release ${past ? 'came' : 'comes'} out, if sooner`,
    ];
  }
  const newer = span.endsBefore;
  if (newer !== undefined && newer.initialRelease > day) {
    return past
      ? [
          `, the day before Milex ${newer.branch} was to come out (planned for `,
          { date: newer.initialRelease },
          ')',
        ]
      : [
          `, the day before Milex ${newer.branch} comes out (the table plans it for `,
          { date: newer.initialRelease },
          ')',
        ];
  }
  return [];
}

/**
 * The support a supported release has from `state`'s day on, without subject or full stop:
 * "in active support until ⟨1 Mar 2023⟩, then in security support only until ⟨1 Sep 2023⟩".
 * Empty for a state that is not supported.
 */
export function supportWords(state: ReleaseState, tense: Tense = 'present'): Words {
  const { lifecycle, span, status, day } = state;
  const last = lifecycle.phases.at(-1);
  if (span === undefined || last === undefined) return [];
  const end: Words = [{ date: last.to }, ...endWords(last, day, tense)];
  const active = lifecycle.phases.filter((s) => s.phase === 'active' && s.to >= span.from).at(-1);
  if (status === 'active' && active !== undefined) {
    return active === last
      ? ['in active and security support until ', ...end]
      : [
          'in active support until ',
          { date: active.to },
          ...endWords(active, day, tense),
          ', then in security support only until ',
          ...end,
        ];
  }
  return status === 'security' ? ['in security support only, until ', ...end] : [];
}

/** "Milex 1" for `1.2` or `1.x`. */
export const majorName = (branch: string): string => `Milex ${String(branchNumbers(branch).major)}`;

/** True when some of the support still to come on `state`'s day is the line's. */
export function withLine(state: ReleaseState): boolean {
  const { lifecycle, span } = state;
  const line = lifecycle.line;
  return (
    line !== undefined &&
    span !== undefined &&
    lifecycle.phases.some((s) => s.to >= span.from && s.source === line.branch)
  );
}

/**
 * The sentence on a supported release's support, saying which row it comes from: "Milex 1.2 is
 * the most recent Milex 1 minor release, supported with the 1.x line: in active support until …."
 * or "Milex 1.2 is in active support until …." Empty for a state that is not supported.
 */
export function supportSentence(
  state: ReleaseState,
  subject: string,
  verb: 'is' | 'was' = 'is',
): Words {
  const support = supportWords(state, verb === 'was' ? 'past' : 'present');
  if (support.length === 0) return [];
  const { lifecycle } = state;
  const opening =
    withLine(state) && lifecycle.line !== undefined
      ? `${subject} ${verb} the most recent ${majorName(lifecycle.branch)} minor release, supported with the ${lifecycle.line.branch} line: `
      : `${subject} ${verb} `;
  return [opening, ...support, '.'];
}

/** " Milex 1.2, a newer minor release of the 1.x line, came out on ⟨…⟩, …", or nothing. */
export function supersededSentence(lifecycle: Lifecycle): Words {
  const newer = lifecycle.supersededBy;
  if (newer === undefined) return [];
  return [
    ` Milex ${newer.branch}, a newer minor release of the ${lifecycle.line?.branch ?? ''} line, came out on `,
    { date: newer.initialRelease },
    ', and only the most recent minor release is supported.',
  ];
}

/**
 * Why a release that is end of life is, in a sentence or two: the day its support ended, and the
 * newer minor release that ended it, when that is what did.
 */
export function endOfLifeSentence(lifecycle: Lifecycle): Words {
  const superseded = supersededSentence(lifecycle);
  if (lifecycle.securityUntil === undefined) {
    return ['It receives no security advisories.', ...superseded];
  }
  return [
    'Its security support ended after ',
    { date: lifecycle.securityUntil },
    ': it receives no more security advisories.',
    ...superseded,
  ];
}

/** The state on the day after `day`: what a release moves to when `day` ends. */
export const stateAfter = (lifecycle: Lifecycle, day: string): ReleaseState =>
  stateOn(lifecycle, addDays(day, 1));

/**
 * What to do once a release is end of life on `day`: upgrade to the release the table supports
 * that day, or, when it supports none, say so, without claiming that no newer release exists. In
 * the past tense for a dated entry that a reader may see years later (the lifecycle feed).
 */
export function afterEndOfLife(
  table: readonly Release[],
  day: string,
  tense: Tense = 'present',
): string {
  const recommended = recommendedRelease(table, day);
  if (recommended === undefined) {
    return `No other release listed on Supported versions ${tense === 'past' ? 'was' : 'is'} supported on that day.`;
  }
  return tense === 'past'
    ? `On that day, the supported release to upgrade to was Milex ${recommended.lifecycle.branch}.`
    : `Upgrade to a supported release, such as Milex ${recommended.lifecycle.branch}.`;
}

/**
 * Why a feed or calendar of the table's dates has nothing new, when on `day` no listed release is
 * supported and none is planned or in beta: so that its subscribers do not take a quiet feed for a
 * broken one. Undefined while a release is supported or coming.
 */
export function nothingDueSentence(
  table: readonly Release[],
  day: string,
  item: 'entry' | 'event',
): string | undefined {
  const summary = summarize(table, day);
  if (summary.kind === 'supported' || summary.next !== undefined) return undefined;
  return `As of ${day}, no Milex release listed on Supported versions is supported or planned, so no new ${item} is due; the next comes with a new release.`;
}
