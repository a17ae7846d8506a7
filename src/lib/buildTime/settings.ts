/**
 * Everything a build takes from its environment, checked together so that a build with several
 * wrong settings names them all in one run: the site's address (SITE_URL, BASE_URL), the day the
 * pages show statuses for (BUILD_DAY), how long security.txt stays valid
 * (SECURITY_TXT_EXPIRES_DAYS), the repository that pages' edit links open (REPOSITORY_URL,
 * REPOSITORY_BRANCH, or what GitHub Actions says), and whether the deploy signs the build once it
 * is built (SIGNED_AFTER_BUILD).
 */
import { isIsoDate, isPublishableDay, UNPUBLISHABLE_DAY } from '../formats/dates';
import { DEFAULT_EXPIRES_DAYS, MAX_EXPIRES_DAYS } from '../outputs/securityTxt';
import { isHttpsUrl, type SiteAddress, siteAddress } from '../formats/urls';

/** The environment variables a build reads: maintainers' settings, never shown on public pages. */
export const BUILD_VARIABLES = [
  'SITE_URL',
  'BASE_URL',
  'BUILD_DAY',
  'SECURITY_TXT_EXPIRES_DAYS',
  'REPOSITORY_URL',
  'REPOSITORY_BRANCH',
  'SIGNED_AFTER_BUILD',
] as const;

/**
 * What GitHub Actions tells every job (docs.github.com/actions/reference/variables-reference),
 * read for the site's repository when REPOSITORY_URL and REPOSITORY_BRANCH are not set.
 */
type ActionsVariable =
  | 'GITHUB_ACTIONS'
  | 'GITHUB_SERVER_URL'
  | 'GITHUB_REPOSITORY'
  | 'GITHUB_EVENT_NAME'
  | 'GITHUB_REF_TYPE'
  | 'GITHUB_REF_NAME'
  | 'GITHUB_BASE_REF';

export type BuildEnvironment = Readonly<
  Partial<Record<(typeof BUILD_VARIABLES)[number] | ActionsVariable, string>>
>;

export interface BuildSettings {
  readonly address: SiteAddress;
  /** `YYYY-MM-DD`, UTC. */
  readonly buildDay: string;
  readonly securityTxtExpiresDays: number;
  /**
   * Where a policy page's file can be edited, to which Docusaurus adds `docs/<file>`; undefined
   * when the repository or its branch is not known, so that no page shows a wrong edit link.
   */
  readonly editUrl?: string;
  /**
   * The site's repository, from the same settings as `editUrl`: its address (`https://…`, no
   * `.git`) and its branch as a URL path. The team's pages link it and its MAINTAINING.md; undefined
   * when not known.
   */
  readonly repository?: { readonly url: string; readonly branch: string };
  /**
   * Whether the deploy's signing job signs this build once it is built (scripts/sign-site.sh):
   * the build then publishes the committed public keys and links the signatures that job writes.
   * The build itself never signs, and never has the key.
   */
  readonly signedAfterBuild: boolean;
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
  } else if (!isPublishableDay(buildDay)) {
    problems.push(`BUILD_DAY ${buildDay} ${UNPUBLISHABLE_DAY}`);
  }

  const rawDays = setting(env.SECURITY_TXT_EXPIRES_DAYS);
  // Plain decimal digits only: Number() would also read "0x10" as 16 and "1e2" as 100.
  const days =
    rawDays === undefined
      ? DEFAULT_EXPIRES_DAYS
      : /^[0-9]+$/.test(rawDays)
        ? Number(rawDays)
        : Number.NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRES_DAYS) {
    problems.push(
      `SECURITY_TXT_EXPIRES_DAYS=${JSON.stringify(rawDays)} is wrong: security.txt's Expires period must be a whole number of days from 1 to ${String(MAX_EXPIRES_DAYS)} (RFC 9116 recommends less than a year)`,
    );
  }

  const edit = editUrl(env);
  problems.push(...edit.problems);

  const signed = setting(env.SIGNED_AFTER_BUILD) ?? 'false';
  if (signed !== 'true' && signed !== 'false') {
    problems.push(
      `SIGNED_AFTER_BUILD must be true (the deploy signs this build once it is built) or false, got ${JSON.stringify(signed)}`,
    );
  }

  if (!('address' in address) || problems.length > 0) return { problems };
  return {
    settings: {
      address: address.address,
      buildDay,
      securityTxtExpiresDays: days,
      signedAfterBuild: signed === 'true',
      ...(edit.url === undefined ? {} : { editUrl: edit.url }),
      ...(edit.repository === undefined ? {} : { repository: edit.repository }),
    },
  };
}

/** A branch name git could have: no spaces or control characters, no "..", no leading "-" or "/". */
const isBranchName = (name: string): boolean =>
  !/[\s\p{Cc}]/u.test(name) && !name.includes('..') && !/^[-/]/.test(name);

/** A branch in a URL path: each part between slashes percent-encoded (a "+" becomes "%2B"). */
const branchPath = (name: string): string => name.split('/').map(encodeURIComponent).join('/');

/** The branch a GitHub Actions run builds: a pull request's target, or the branch pushed to. */
function actionsBranch(env: BuildEnvironment): string | undefined {
  if (env.GITHUB_EVENT_NAME?.startsWith('pull_request') === true)
    return setting(env.GITHUB_BASE_REF);
  return env.GITHUB_REF_TYPE === 'branch' ? setting(env.GITHUB_REF_NAME) : undefined;
}

/** Why `url` cannot be the repository's address in a public link, or undefined when it can. */
function repositoryUrlProblem(url: string): string | undefined {
  const expected =
    "the https:// address of the site's repository, such as https://github.com/milexdev/security-site";
  if (!isHttpsUrl(url)) return `REPOSITORY_URL ${JSON.stringify(url)} must be ${expected}`;
  const { username, password, search, hash } = new URL(url);
  // A clone address can carry a token (https://x-access-token:...@github.com/...): never publish it.
  if (username !== '' || password !== '') {
    return "REPOSITORY_URL must not hold a user name or password: it is shown in every page's edit link";
  }
  if (search !== '' || hash !== '') {
    return `REPOSITORY_URL ${JSON.stringify(url)} must be ${expected}, with no ? or #`;
  }
  return undefined;
}

/**
 * The base of the "Edit this page" links: the repository and branch from one source, either
 * REPOSITORY_URL and REPOSITORY_BRANCH, or what GitHub Actions is building. None when the
 * repository or the branch is unknown, so that no page shows a wrong link.
 */
function editUrl(env: BuildEnvironment): {
  readonly url?: string;
  readonly repository?: { readonly url: string; readonly branch: string };
  readonly problems: string[];
} {
  const settingUrl = setting(env.REPOSITORY_URL);
  const settingBranch = setting(env.REPOSITORY_BRANCH);
  const problems: string[] = [];
  let url: string | undefined;
  let branch: string | undefined;
  if (settingUrl !== undefined || settingBranch !== undefined) {
    url = settingUrl;
    branch = settingBranch;
    if (url === undefined) {
      problems.push('REPOSITORY_BRANCH is set but REPOSITORY_URL is not: set both, or neither');
    }
    if (branch === undefined) {
      problems.push(
        'REPOSITORY_URL is set but REPOSITORY_BRANCH is not: set the branch that edits go to, such as main',
      );
    }
  } else if (env.GITHUB_ACTIONS === 'true') {
    const server = setting(env.GITHUB_SERVER_URL);
    const repository = setting(env.GITHUB_REPOSITORY);
    url = server === undefined || repository === undefined ? undefined : `${server}/${repository}`;
    branch = actionsBranch(env);
  }
  if (url !== undefined) {
    const problem = repositoryUrlProblem(url);
    if (problem !== undefined) problems.push(problem);
  }
  if (branch !== undefined && !isBranchName(branch)) {
    problems.push(`REPOSITORY_BRANCH ${JSON.stringify(branch)} is not a branch name such as main`);
  }
  if (problems.length > 0 || url === undefined || branch === undefined) return { problems };
  const base = url.replace(/\/+$/, '').replace(/\.git$/, '');
  const path = branchPath(branch);
  return { url: `${base}/edit/${path}/`, repository: { url: base, branch: path }, problems };
}
