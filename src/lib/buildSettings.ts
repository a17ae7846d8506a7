/**
 * Everything a build takes from its environment, checked together so that a build with several
 * wrong settings names them all in one run: the site's address (SITE_URL, BASE_URL), the day the
 * pages show statuses for (BUILD_DAY) and how long security.txt stays valid
 * (SECURITY_TXT_EXPIRES_DAYS).
 */
import { isIsoDate } from './dates';
import { DEFAULT_EXPIRES_DAYS, MAX_EXPIRES_DAYS } from './securityTxt';
import { type SiteAddress, siteAddress } from './siteConfig';

/** The environment variables a build reads: maintainers' settings, never shown on public pages. */
export const BUILD_VARIABLES = [
  'SITE_URL',
  'BASE_URL',
  'BUILD_DAY',
  'SECURITY_TXT_EXPIRES_DAYS',
] as const;

export type BuildEnvironment = Readonly<Partial<Record<(typeof BUILD_VARIABLES)[number], string>>>;

export interface BuildSettings {
  readonly address: SiteAddress;
  /** `YYYY-MM-DD`, UTC. */
  readonly buildDay: string;
  readonly securityTxtExpiresDays: number;
}

/** An environment variable, where empty means unset (CI passes unset repository variables as ""). */
const setting = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value;

export function buildSettings(
  env: BuildEnvironment,
  {
    production,
    today,
    defaults,
  }: { readonly production: boolean; readonly today: string; readonly defaults: SiteAddress },
): { readonly settings: BuildSettings } | { readonly problems: readonly string[] } {
  const address = siteAddress(
    { siteUrl: setting(env.SITE_URL), baseUrl: setting(env.BASE_URL), production },
    defaults,
  );
  const problems: string[] = [...address.problems];

  const buildDay = setting(env.BUILD_DAY) ?? today;
  if (!isIsoDate(buildDay)) {
    problems.push(
      `BUILD_DAY must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(buildDay)}`,
    );
  }

  const rawDays = setting(env.SECURITY_TXT_EXPIRES_DAYS);
  const days = rawDays === undefined ? DEFAULT_EXPIRES_DAYS : Number(rawDays);
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRES_DAYS) {
    problems.push(
      `SECURITY_TXT_EXPIRES_DAYS=${JSON.stringify(rawDays)} is wrong: security.txt's Expires period must be a whole number of days from 1 to ${String(MAX_EXPIRES_DAYS)} (RFC 9116 recommends less than a year)`,
    );
  }

  if (!('address' in address) || problems.length > 0) return { problems };
  return { settings: { address: address.address, buildDay, securityTxtExpiresDays: days } };
}
