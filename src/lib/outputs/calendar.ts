/**
 * `/releases.ics` (RFC 5545, https://www.rfc-editor.org/rfc/rfc5545): the last day of active and
 * of security support of each release, and the day of each security release a notice announces,
 * as all-day events people can subscribe to. UIDs come from the branch and the kind of event, or
 * the notice's id, only, so a rebuild updates events instead of duplicating them.
 * Each event carries two reminders (VALARM), a month and a week before, at the start of that day in
 * UTC, as endoflife.date's calendars do; only those still to come on the day the file is made, so a
 * new subscriber is not met with a pile of missed reminders for releases long gone.
 */
import { addDays, isIsoDate, utcDayOf } from '../formats/dates';
import { compareText } from '../formats/order';
import { lifecycles, type RowLifecycle } from '../releases/lifecycle';
import { compareBranches, type Release } from '../releases/model';
import {
  afterEndOfLife,
  END_OF_LIFE,
  nothingDueSentence,
  stateAfter,
  supportSentence,
  wordsText,
} from '../releases/wording';
import { isHttpsUrl } from '../formats/urls';
import type { Notice } from '../notices/model';
import { branchesText, noticeSummary } from '../notices/wording';

export interface IcsOptions {
  /** The supported-versions page (https), linked from every event. */
  readonly pageUrl: string;
  /** The site's host, e.g. `www.milex.org`: makes UIDs unique to this publisher. */
  readonly host: string;
  /** When the file was generated: every event's DTSTAMP. */
  readonly generatedAt: Date;
  /** The security release notices, each an event on its release day, and their pages (https). */
  readonly notices?: readonly { readonly notice: Notice; readonly pageUrl: string }[];
}

/** RFC 5545 §3.1: content lines longer than 75 octets are folded. */
const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line into lines of at most 75 octets joined by CRLF and a space (RFC 5545
 * §3.1), never splitting a UTF-8 character; the space that starts a continuation counts.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Days before an end of support that its reminders come, and how each reminder says so. */
export const REMINDERS: readonly { readonly daysBefore: number; readonly when: string }[] = [
  { daysBefore: 30, when: 'in a month' },
  { daysBefore: 7, when: 'in a week' },
];

/** `2021-11-29` as an iCalendar DATE, `20211129`. */
const icsDate = (iso: string): string => iso.replace(/-/g, '');

/** An instant as an iCalendar UTC DATE-TIME, `20261122T180000Z`. */
const icsDateTime = (instant: Date): string =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** One all-day event of the calendar, with its reminders. */
interface CalendarEvent {
  /** Stable across rebuilds, so a subscribed calendar updates the event instead of adding one. */
  readonly uid: string;
  readonly day: string;
  readonly summary: string;
  readonly description: string;
  readonly url: string;
  /** How many times the event was rescheduled, for an event that can be. */
  readonly sequence?: number;
}

type EventKind = 'active-end' | 'security-end' | 'support-end';

interface SupportEvent {
  readonly lifecycle: RowLifecycle;
  readonly kind: EventKind;
  /** The last day of support, inclusive. */
  readonly day: string;
}

const SUMMARIES: Readonly<Record<EventKind, (branch: string) => string>> = {
  'active-end': (branch) => `Milex ${branch}: last day of active support`,
  'security-end': (branch) => `Milex ${branch}: last day of security support`,
  'support-end': (branch) => `Milex ${branch}: last day of active and security support`,
};

function description(
  { lifecycle, kind, day }: SupportEvent,
  pageUrl: string,
  today: string,
  table: readonly Release[],
): string {
  const { branch, note } = lifecycle.release;
  const subject = `After this day (UTC) Milex ${branch}`;
  const after =
    kind === 'active-end'
      ? wordsText(supportSentence(stateAfter(lifecycle, day), subject), (iso) => iso)
      : `${subject} is end of life: ${END_OF_LIFE}. ${afterEndOfLife(table, addDays(day, 1))}`;
  // What the day hangs on, when the table does not fix it: the span that ends on it.
  const span = lifecycle.phases.find((s) => s.to === day);
  const newer = span?.endsBefore;
  const sooner =
    span?.openEnded === true
      ? [
          `The day is the latest: this support ends sooner if a newer minor release of the ${span.source} line comes out first.`,
        ]
      : newer !== undefined && newer.initialRelease > today
        ? [
            `It is the day before Milex ${newer.branch} comes out, which the table plans for ${newer.initialRelease}.`,
          ]
        : [];
  return [
    after,
    ...sooner,
    ...(note === undefined ? [] : [`Note: ${note}`]),
    `Supported versions: ${pageUrl}`,
  ].join('\n');
}

/**
 * One event per end of support, from each release's lifecycle: the last day before it moves to
 * security support only, and the last day before end of life (one event when both fall on a day).
 */
function supportEvents(releases: readonly Release[]): SupportEvent[] {
  const events = lifecycles(releases).flatMap((lifecycle): SupportEvent[] => {
    const securityOnly = lifecycle.events.find((e) => e.kind === 'security-only');
    const eol = lifecycle.events.find((e) => e.kind === 'eol');
    return [
      ...(securityOnly === undefined
        ? []
        : [{ lifecycle, kind: 'active-end' as const, day: addDays(securityOnly.day, -1) }]),
      ...(eol === undefined
        ? []
        : [
            {
              lifecycle,
              kind:
                securityOnly === undefined ? ('support-end' as const) : ('security-end' as const),
              day: addDays(eol.day, -1),
            },
          ]),
    ];
  });
  // Same input, same file: order by day, then branch, then kind.
  return events.sort(
    (a, b) =>
      compareText(a.day, b.day) ||
      compareBranches(a.lifecycle.release.branch, b.lifecycle.release.branch) ||
      compareText(a.kind, b.kind),
  );
}

function optionProblems(options: IcsOptions): string[] {
  const problems: string[] = [];
  if (!isHttpsUrl(options.pageUrl)) {
    problems.push(
      `pageUrl must be an absolute https:// URL, got ${JSON.stringify(options.pageUrl)}`,
    );
  }
  if (options.host === '' || /[\s\p{Cc}]/u.test(options.host)) {
    problems.push(
      `host must be a host name such as www.milex.org, got ${JSON.stringify(options.host)}`,
    );
  }
  // A caller in plain JavaScript may pass a string; getTime() would then throw a TypeError.
  if (!(options.generatedAt instanceof Date) || Number.isNaN(options.generatedAt.getTime())) {
    problems.push('generatedAt is not a valid date');
  }
  return problems;
}

/** The calendar for `releases`; throws one error listing every problem with `options`. */
export function releasesToIcs(releases: readonly Release[], options: IcsOptions): string {
  const problems = optionProblems(options);
  for (const release of releases) {
    for (const day of [release.activeSupportUntil, release.securitySupportUntil]) {
      if (!isIsoDate(day))
        problems.push(`${release.branch}: ${JSON.stringify(day)} is not a YYYY-MM-DD day`);
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `releases.ics cannot be written:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const { pageUrl, host, generatedAt } = options;
  const stamp = icsDateTime(generatedAt);
  const today = utcDayOf(generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Milex Security//Release lifecycle//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('Milex release support dates')}`,
    `X-WR-CALDESC:${escapeText(
      [
        'The last day of active and of security support of each Milex release, and the day of each security release announced by a notice.',
        // A notice to come is an event due: only when there is none is the calendar quiet.
        (options.notices ?? []).some(({ notice }) => notice.releaseDay >= today)
          ? undefined
          : nothingDueSentence(releases, today, 'event'),
      ]
        .filter((part) => part !== undefined)
        .join(' '),
    )}`,
    ...[
      ...supportEvents(releases).map((event): CalendarEvent => ({
        uid: `milex-${event.lifecycle.release.branch}-${event.kind}@${host}`,
        day: event.day,
        summary: SUMMARIES[event.kind](event.lifecycle.release.branch),
        description: description(event, pageUrl, today, releases),
        url: pageUrl,
      })),
      ...(options.notices ?? []).map(({ notice, pageUrl: noticeUrl }): CalendarEvent => ({
        uid: `milex-notice-${notice.id}@${host}`,
        day: notice.releaseDay,
        summary: `${notice.outOfSequence ? 'Out-of-sequence security release' : 'Security release'}: ${branchesText(notice.branches)}`,
        description: [noticeSummary(notice), `${notice.title}: ${noticeUrl}`].join('\n'),
        url: noticeUrl,
        // RFC 5545 §3.8.7.4: a calendar that has the event updates it when the day moves.
        sequence: notice.moves?.length ?? 0,
      })),
    ].flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      ...(event.sequence === undefined ? [] : [`SEQUENCE:${String(event.sequence)}`]),
      `DTSTART;VALUE=DATE:${icsDate(event.day)}`,
      // All-day events end on the next day, exclusive (RFC 5545 §3.6.1).
      `DTEND;VALUE=DATE:${icsDate(addDays(event.day, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      `URL:${event.url}`,
      'TRANSP:TRANSPARENT',
      ...REMINDERS.filter(({ daysBefore }) => addDays(event.day, -daysBefore) >= today).flatMap(
        ({ daysBefore, when }) => [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          // An absolute UTC instant: a reminder relative to an all-day event would follow each
          // reader's own midnight, and the site's days are UTC days.
          `TRIGGER;VALUE=DATE-TIME:${icsDate(addDays(event.day, -daysBefore))}T000000Z`,
          `DESCRIPTION:${escapeText(`${event.summary}: ${when} (${event.day}, UTC)`)}`,
          'END:VALARM',
        ],
      ),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
