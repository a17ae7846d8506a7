/** Which notices to show where, on a given day: pure, for the banner and the lists. */
import { compareText } from '../formats/order';
import { type Notice, noticeState } from './model';

/** The notices still to come on `day`, soonest release first: the banner's. */
export const comingOn = (notices: readonly Notice[], day: string): Notice[] =>
  notices
    .filter((notice) => noticeState(notice, day) === 'coming')
    .sort((a, b) => compareText(a.releaseDay, b.releaseDay) || compareText(a.id, b.id));

/** The others on `day`, latest release first: released, or past their day. */
export const pastOn = (notices: readonly Notice[], day: string): Notice[] =>
  notices
    .filter((notice) => noticeState(notice, day) !== 'coming')
    .sort((a, b) => compareText(b.releaseDay, a.releaseDay) || compareText(b.id, a.id));
