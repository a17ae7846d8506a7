/**
 * The example notice on "Announcing a security release" (src/components/NoticeExample), drawn from
 * the release table so it is always one the build accepts. Browser-safe: the page draws it.
 */
import { addDays } from '../formats/dates';
import { statesOn } from '../releases/lifecycle';
import { isSupported, type Release } from '../releases/model';
import { NOTICE_DAYS } from './model';

/**
 * The example notice on "Announcing a security release": out of sequence, published `day`, for the
 * first day the two weeks allow, for the newest branch supported then. Undefined when the table
 * has no branch supported on that day, for which no notice can be given.
 */
export function noticeExample(releases: readonly Release[], day: string): string | undefined {
  const releaseDay = addDays(day, NOTICE_DAYS);
  const branch = statesOn(releases, releaseDay).find((state) => isSupported(state.status))
    ?.lifecycle.release.branch;
  if (branch === undefined) return undefined;
  return [
    '---',
    `id: MILEX-SR-${day.slice(0, 4)}-001`,
    `title: Out-of-sequence security release for Milex ${branch}`,
    `published: ${day}`,
    `releaseDay: ${releaseDay}`,
    'outOfSequence: true',
    `branches: ['${branch}']`,
    'highestSeverity: high',
    'issues: 2',
    '---',
    '',
    `An out-of-sequence security release of Milex ${branch} fixes two security issues. Plan to`,
    'update on the release day; the advisories will say what each issue is.',
    '',
  ].join('\n');
}
