/**
 * What a notice says, in the same words wherever it is shown: the banner, Announcements and
 * releases, its page, the feeds and the calendar. Plain text; dates as "11 Oct 2022", the same in
 * every time zone.
 */
import { SEVERITY_LABELS } from '../advisories/model';
import { formatDate } from '../formats/dates';
import { type Notice, noticeState } from './model';

/** "Milex 1.2", "Milex 1.2 and 1.1", "Milex 1.2, 1.1 and 1.0". */
export function branchesText(branches: readonly string[]): string {
  const last = branches.at(-1) ?? '';
  return `Milex ${branches.length > 1 ? `${branches.slice(0, -1).join(', ')} and ${last}` : last}`;
}

/**
 * "2 security issues, the highest of High severity", "2 security issues" or "issues of up to High
 * severity": what the notice says of them, if anything.
 */
export function extentText(notice: Notice): string | undefined {
  const { issues, highestSeverity } = notice;
  const count =
    issues === undefined ? undefined : `${String(issues)} security issue${issues === 1 ? '' : 's'}`;
  const severity =
    highestSeverity === undefined ? undefined : `${SEVERITY_LABELS[highestSeverity]} severity`;
  if (count !== undefined && severity !== undefined) {
    return `${count}, the highest of ${severity}`;
  }
  return count ?? (severity === undefined ? undefined : `issues of up to ${severity}`);
}

/** A one-line text as a sentence: it ends with a full stop, a question or an exclamation. */
const sentence = (text: string): string =>
  /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;

/**
 * One paragraph for a notice as it stands on `day`: when the release is, for which branches,
 * whether it is out of sequence, what it fixes and whether its day moved.
 */
export function noticeText(notice: Notice, day: string): string {
  const state = noticeState(notice, day);
  const when = formatDate(notice.releaseDay);
  const what = `${notice.outOfSequence ? 'An out-of-sequence security release' : 'A security release'} of ${branchesText(notice.branches)}`;
  const head =
    state === 'released'
      ? `${what} came out on ${when}.`
      : state === 'coming'
        ? `${what} is planned for ${when} (UTC).`
        : `${what} was planned for ${when} (UTC).`;
  const extent = extentText(notice);
  const moved = notice.moves?.at(-1);
  return [
    head,
    ...(extent === undefined
      ? []
      : [`It ${state === 'released' ? 'fixed' : 'will fix'} ${extent}.`]),
    ...(moved === undefined
      ? []
      : [
          `The day moved from ${formatDate(moved.from)} on ${formatDate(moved.date)}: ${sentence(moved.summary)}`,
        ]),
  ].join(' ');
}

/** What the notice says as published, whatever the day it is read: planned, or out. */
export const noticeSummary = (notice: Notice): string => noticeText(notice, notice.releaseDay);
