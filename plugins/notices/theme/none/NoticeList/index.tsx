/**
 * The lists on Announcements and releases when the site has no notice: each says so, and the
 * code that sorts and words notices stays out of the page (plugins/notices, getThemePath).
 */
export { default } from '@site/src/components/EmptyNoticeList';
