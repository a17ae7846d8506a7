/**
 * `npm run new-notice` starts a security release notice: it writes notices/MILEX-SR-<year>-<next
 * free number>.md from the template, published today (UTC), listing the release branches to
 * choose from. The build refuses the file until every placeholder is replaced.
 */
import { newNoticeFile, noticeTemplate } from '../src/lib/content/notices/template';
import { startItemFile } from './startItemFile';

startItemFile({
  command: 'new-notice',
  dir: 'notices',
  plan: newNoticeFile,
  text: noticeTemplate,
  page: 'Announcing a security release',
});
