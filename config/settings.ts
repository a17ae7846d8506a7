/**
 * The build's settings, from the environment, for both configurations (the site's and the fixture
 * build's).
 */
import { site } from '../src/lib/site';
import { buildSettings } from '../src/lib/buildTime/settings';
import { utcDayOf } from '../src/lib/formats/dates';

/**
 * SITE_URL and BASE_URL let one build target a project page, a sub-path or a custom domain;
 * BUILD_DAY pins the day the pages show statuses for (tests); SECURITY_TXT_EXPIRES_DAYS sets how
 * long security.txt stays valid; REPOSITORY_URL and REPOSITORY_BRANCH (or GitHub Actions) say where
 * pages are edited. All are checked at once, before anything is built.
 */
const checked = buildSettings(process.env, {
  production: process.env.NODE_ENV === 'production',
  today: utcDayOf(new Date()),
  defaults: { url: site.defaultUrl, baseUrl: site.defaultBaseUrl },
});
if (!('settings' in checked)) {
  throw new Error(
    `The build settings are wrong:\n${checked.problems.map((p) => `  - ${p}`).join('\n')}`,
  );
}

export const settings = checked.settings;
