/**
 * Calendar days in UTC. Every date on the site is an ISO `YYYY-MM-DD` string;
 * nothing here reads the clock or the local time zone, so a date shows the same
 * wherever the page is built or opened.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `value` is written `YYYY-MM-DD` and names a day that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2021-02-30 over to 2021-03-02; a real day survives the round trip.
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) {
    throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${JSON.stringify(value)}`);
  }
}

/** Days since 1970-01-01 (UTC) for an ISO date. */
export function toDayNumber(iso: string): number {
  assertIsoDate(iso);
  return Math.round(Date.parse(startOfDay(iso)) / MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The day `days` after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  return new Date((toDayNumber(iso) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The first instant of a UTC day, as an RFC 3339 timestamp: `2021-11-29T00:00:00Z`. */
export function startOfDay(iso: string): string {
  assertIsoDate(iso);
  return `${iso}T00:00:00Z`;
}

/** The UTC calendar day an instant falls on, as `YYYY-MM-DD`. */
export function utcDayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

// en-US gives "Sep" where en-GB now gives "Sept"; parts let us order day month year ourselves.
const dayMonthYear = new Intl.DateTimeFormat('en-US', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "29 Nov 2021" for "2021-11-29", in every time zone. */
export function formatDate(iso: string): string {
  assertIsoDate(iso);
  const parts = dayMonthYear.formatToParts(new Date(startOfDay(iso)));
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}`;
}
