import { describe, expect, it } from 'vitest';

import { buildSettings } from './buildSettings';

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
          SECURITY_TXT_EXPIRES_DAYS: '365',
        },
        options,
      ),
    ).toEqual({
      settings: {
        address: { url: 'https://example.github.io', baseUrl: '/security/' },
        buildDay: '2022-10-01',
        securityTxtExpiresDays: 365,
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
        },
        options,
      ),
    ).toEqual({
      problems: [
        'SITE_URL "http://www.milex.org" must use https:// in a production build (security.txt and the feeds are only trusted over https)',
        'BASE_URL "security" must start and end with "/" (e.g. /security/)',
        'BUILD_DAY must be a calendar date written YYYY-MM-DD, got "2022-02-30"',
        'SECURITY_TXT_EXPIRES_DAYS="400" is wrong: security.txt\'s Expires period must be a whole number of days from 1 to 365 (RFC 9116 recommends less than a year)',
      ],
    });
  });

  it.each(['0', '1.5', 'six months', '-3'])('refuses SECURITY_TXT_EXPIRES_DAYS=%s', (days) => {
    expect(buildSettings({ SECURITY_TXT_EXPIRES_DAYS: days }, options)).toEqual({
      problems: [expect.stringMatching(/^SECURITY_TXT_EXPIRES_DAYS=".*" is wrong: /)],
    });
  });
});
