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

/**
 * The days the site publishes: from the Unix epoch to the last day whose year every output still
 * writes in four digits after the arithmetic done on it (the day after an end in the calendar and
 * the versions JSON, security.txt's Expires up to a year after the build day). A later day would
 * come out as "+010000-01-01" or stop the build in the middle of rendering a page.
 */
export const EARLIEST_DAY = '1970-01-01';
export const LATEST_DAY = '9998-12-31';

/** Whether a real day (`isIsoDate`) is one the site can publish, from EARLIEST_DAY to LATEST_DAY. */
export const isPublishableDay = (day: string): boolean => day >= EARLIEST_DAY && day <= LATEST_DAY;

/** What a message says of a real day the site cannot publish, after the field's name and day. */
export const UNPUBLISHABLE_DAY = `is outside the days the site can publish (${EARLIEST_DAY} to ${LATEST_DAY}): write the real day`;

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

// Written out rather than taken from Intl.DateTimeFormat: English short months ("Sep", not
// "Sept"), and no locale data to load, which costs a phone tens of milliseconds on first use.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "29 Nov 2021" for "2021-11-29", in every time zone: read from the text, never from a Date. */
export function formatDate(iso: string): string {
  assertIsoDate(iso);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${String(day)} ${MONTHS[month - 1] ?? ''} ${String(year)}`;
}

/**
 * When an id such as MILEX-2026-001 or MILEX-SR-2026-001 is numbered in a year other than the
 * year of its `published` day, what to say; undefined when they agree (or either is malformed).
 */
export function idYearProblem(id: unknown, published: unknown): string | undefined {
  if (typeof id !== 'string' || !isIsoDate(published)) return undefined;
  const match = /^(.*-)(\d{4})(-\d{3})$/.exec(id);
  const year = published.slice(0, 4);
  if (match === null || match[2] === year) return undefined;
  return `id ${id} is numbered in ${match[2] ?? ''}, but published ${published} is in ${year}: ids are numbered in the year they are published, as ${match[1] ?? ''}${year}${match[3] ?? ''}`;
}
