import { describe, expect, it } from 'vitest';

import { buildSettings } from './settings';

const options = {
  production: true,
  today: '2026-11-23',
  defaults: { url: 'https://www.milex.org', baseUrl: '/milex-security-team/' },
};

describe('buildSettings', () => {
  it('uses the defaults and today when nothing is set, or set to an empty string', () => {
    const expected = {
      settings: {
        address: { url: 'https://www.milex.org', baseUrl: '/milex-security-team/' },
        buildDay: '2026-11-23',
        securityTxtExpiresDays: 180,
        signedAfterBuild: false,
      },
    };
    expect(buildSettings({}, options)).toEqual(expected);
    expect(
      buildSettings(
        { SITE_URL: '', BASE_URL: '', BUILD_DAY: '', SECURITY_TXT_EXPIRES_DAYS: ' ' },
        options,
      ),
    ).toEqual(expected);
  });

  it('takes each setting from the environment', () => {
    expect(
      buildSettings(
        {
          SITE_URL: 'https://example.github.io',
          BASE_URL: '/security/',
          BUILD_DAY: '2022-10-01',
          SECURITY_TXT_EXPIRES_DAYS: '364',
          SIGNED_AFTER_BUILD: 'true',
        },
        options,
      ),
    ).toEqual({
      settings: {
        address: { url: 'https://example.github.io', baseUrl: '/security/' },
        buildDay: '2022-10-01',
        securityTxtExpiresDays: 364,
        signedAfterBuild: true,
      },
    });
  });

  it('names every wrong setting at once', () => {
    expect(
      buildSettings(
        {
          SITE_URL: 'http://www.milex.org',
          BASE_URL: 'security',
          BUILD_DAY: '2022-02-30',
          SECURITY_TXT_EXPIRES_DAYS: '400',
          SIGNED_AFTER_BUILD: 'yes',
        },
        options,
      ),
    ).toEqual({
      problems: [
        'SITE_URL "http://www.milex.org" must use https:// in a production build (security.txt and the feeds are only trusted over https)',
        'BASE_URL "security" must start and end with "/" (e.g. /security/)',
        'BUILD_DAY must be a calendar date written YYYY-MM-DD, got "2022-02-30"',
        'SECURITY_TXT_EXPIRES_DAYS="400" is wrong: security.txt\'s Expires period must be a whole number of days from 1 to 364 (RFC 9116 recommends less than a year)',
        'SIGNED_AFTER_BUILD must be true (the deploy signs this build once it is built) or false, got "yes"',
      ],
    });
  });

  it('reads SIGNED_AFTER_BUILD=false as a build nobody signs', () => {
    expect(buildSettings({ SIGNED_AFTER_BUILD: 'false' }, options)).toMatchObject({
      settings: { signedAfterBuild: false },
    });
  });

  // Only plain decimal digits: Number() would read 0x10 as 16, 1e2 as 100 and " 12 " as 12.
  it.each(['0', '1.5', 'six months', '-3', '0x10', '1e2', '+5', '12.0', '١٢', '365'])(
    'refuses SECURITY_TXT_EXPIRES_DAYS=%s',
    (days) => {
      expect(buildSettings({ SECURITY_TXT_EXPIRES_DAYS: days }, options)).toEqual({
        problems: [expect.stringMatching(/^SECURITY_TXT_EXPIRES_DAYS=".*" is wrong: /)],
      });
    },
  );

  it.each([
    ['https://user:secret@www.milex.org', 'a user name or password'],
    ['https://token@www.milex.org', 'a user name or password'],
    ['https://www.milex.org/?', 'no ? or #'],
    ['https://www.milex.org?utm=1', 'no ? or #'],
    ['https://www.milex.org/#top', 'no ? or #'],
    ['https://www.milex.org\t', 'no spaces or control characters'],
  ])('refuses SITE_URL=%s, and says why without repeating a password', (url, why) => {
    const result = buildSettings({ SITE_URL: url, BASE_URL: 'nope' }, options);
    expect(result).toEqual({
      problems: [
        expect.stringContaining(why),
        'BASE_URL "nope" must start and end with "/" (e.g. /security/)',
      ],
    });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(JSON.stringify(result)).not.toContain('token');
  });

  describe('the edit links', () => {
    const editUrl = (env: Parameters<typeof buildSettings>[0]): unknown => {
      const result = buildSettings(env, options);
      return 'settings' in result ? result.settings.editUrl : result.problems;
    };
    const actions = {
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'milexdev/security-site',
    };

    it('name the repository and branch they open, for the pages that link the repository', () => {
      const repository = (env: Parameters<typeof buildSettings>[0]): unknown => {
        const result = buildSettings(env, options);
        return 'settings' in result ? result.settings.repository : result.problems;
      };
      expect(repository({})).toBeUndefined();
      expect(
        repository({
          REPOSITORY_URL: 'https://git.example.org/milex/security-site.git',
          REPOSITORY_BRANCH: 'release/1+2',
        }),
      ).toEqual({ url: 'https://git.example.org/milex/security-site', branch: 'release/1%2B2' });
      expect(
        repository({
          ...actions,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF_TYPE: 'branch',
          GITHUB_REF_NAME: 'main',
        }),
      ).toEqual({ url: 'https://github.com/milexdev/security-site', branch: 'main' });
    });

    it('are off when the repository is not known', () => {
      expect(editUrl({})).toBeUndefined();
      // GitHub's variables count only in GitHub Actions.
      expect(editUrl({ ...actions, GITHUB_ACTIONS: undefined, GITHUB_REF_NAME: 'main' })).toBe(
        undefined,
      );
    });

    it("open the repository and branch GitHub Actions builds: the branch pushed, or a pull request's target", () => {
      expect(
        editUrl({
          ...actions,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF_TYPE: 'branch',
          GITHUB_REF_NAME: 'main',
        }),
      ).toBe('https://github.com/milexdev/security-site/edit/main/');
      expect(
        editUrl({
          ...actions,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_REF_TYPE: 'branch',
          GITHUB_REF_NAME: '12/merge',
          GITHUB_BASE_REF: 'main',
        }),
      ).toBe('https://github.com/milexdev/security-site/edit/main/');
    });

    it('are off in GitHub Actions when no branch is built (a tag)', () => {
      expect(
        editUrl({
          ...actions,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF_TYPE: 'tag',
          GITHUB_REF_NAME: 'v1',
        }),
      ).toBe(undefined);
    });

    it('take REPOSITORY_URL and REPOSITORY_BRANCH first, anywhere', () => {
      expect(
        editUrl({
          ...actions,
          GITHUB_REF_TYPE: 'branch',
          GITHUB_REF_NAME: 'main',
          REPOSITORY_URL: 'https://git.example.org/team/site/',
          REPOSITORY_BRANCH: 'release/2026',
        }),
      ).toBe('https://git.example.org/team/site/edit/release/2026/');
    });

    it('encode a branch that has characters a URL path would misread', () => {
      expect(
        editUrl({
          ...actions,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF_TYPE: 'branch',
          GITHUB_REF_NAME: 'fix+csp/josé#2',
        }),
      ).toBe('https://github.com/milexdev/security-site/edit/fix%2Bcsp/jos%C3%A9%232/');
    });

    it('take the repository and the branch from one source, never one from each', () => {
      expect(
        editUrl({
          ...actions,
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF_TYPE: 'branch',
          GITHUB_REF_NAME: 'main',
          REPOSITORY_URL: 'https://example.org/site',
        }),
      ).toEqual([
        'REPOSITORY_URL is set but REPOSITORY_BRANCH is not: set the branch that edits go to, such as main',
      ]);
      expect(editUrl({ ...actions, REPOSITORY_BRANCH: 'main' })).toEqual([
        'REPOSITORY_BRANCH is set but REPOSITORY_URL is not: set both, or neither',
      ]);
    });

    it('never publish a token from a clone address, and drop its .git', () => {
      expect(
        editUrl({
          REPOSITORY_URL: 'https://x-access-token:ghs_secret@github.com/o/r.git',
          REPOSITORY_BRANCH: 'main',
        }),
      ).toEqual([
        "REPOSITORY_URL must not hold a user name or password: it is shown in every page's edit link",
      ]);
      expect(
        editUrl({ REPOSITORY_URL: 'https://github.com/o/r.git', REPOSITORY_BRANCH: 'main' }),
      ).toBe('https://github.com/o/r/edit/main/');
      expect(
        editUrl({ REPOSITORY_URL: 'https://github.com/o/r?x=1', REPOSITORY_BRANCH: 'main' }),
      ).toEqual([expect.stringMatching(/with no \? or #$/)]);
    });

    it('refuse a repository that is not https, a branch that is not a name, or a repository without a branch', () => {
      expect(
        editUrl({ REPOSITORY_URL: 'http://example.org/site', REPOSITORY_BRANCH: 'main' }),
      ).toEqual([
        'REPOSITORY_URL "http://example.org/site" must be the https:// address of the site\'s repository, such as https://github.com/milexdev/security-site',
      ]);
      expect(
        editUrl({ REPOSITORY_URL: 'https://example.org/site', REPOSITORY_BRANCH: 'a b' }),
      ).toEqual(['REPOSITORY_BRANCH "a b" is not a branch name such as main']);
      expect(editUrl({ REPOSITORY_URL: 'https://example.org/site' })).toEqual([
        'REPOSITORY_URL is set but REPOSITORY_BRANCH is not: set the branch that edits go to, such as main',
      ]);
    });
  });
});
