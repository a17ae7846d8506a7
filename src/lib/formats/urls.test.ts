import { describe, expect, it } from 'vitest';

import { absoluteUrl, checkedAddress, rootAndSiteUrls, siteAddress } from './urls';

const defaults = { url: 'https://www.milex.org', baseUrl: '/milex-security-team/' };

describe('siteAddress', () => {
  it('uses the defaults when nothing is set', () => {
    expect(
      siteAddress({ siteUrl: undefined, baseUrl: undefined, production: true }, defaults),
    ).toEqual({
      address: defaults,
      problems: [],
    });
  });

  it('takes SITE_URL and BASE_URL, dropping a trailing slash from the URL', () => {
    expect(
      siteAddress(
        { siteUrl: 'https://example.github.io/', baseUrl: '/security/', production: true },
        defaults,
      ),
    ).toEqual({
      address: { url: 'https://example.github.io', baseUrl: '/security/' },
      problems: [],
    });
  });

  it('allows http only outside production builds', () => {
    const local = { siteUrl: 'http://localhost:3000', baseUrl: '/', production: false };
    expect(siteAddress(local, defaults).problems).toEqual([]);
    expect(siteAddress({ ...local, production: true }, defaults).problems).toEqual([
      'SITE_URL "http://localhost:3000" must use https:// in a production build (security.txt and the feeds are only trusted over https)',
    ]);
  });

  it('lists every problem at once', () => {
    expect(
      siteAddress(
        { siteUrl: 'https://example.org/security', baseUrl: 'security', production: true },
        defaults,
      ).problems,
    ).toEqual([
      'SITE_URL "https://example.org/security" must be scheme and host only; put the path in BASE_URL (e.g. BASE_URL=/security/)',
      'BASE_URL "security" must start and end with "/" (e.g. /security/)',
    ]);
  });

  it('refuses an empty or relative SITE_URL', () => {
    expect(
      siteAddress({ siteUrl: '', baseUrl: undefined, production: true }, defaults).problems,
    ).toEqual(['SITE_URL is empty: set it to the https:// address the site is published at']);
    expect(
      siteAddress({ siteUrl: 'www.milex.org', baseUrl: undefined, production: true }, defaults)
        .problems,
    ).toEqual(['SITE_URL "www.milex.org" is not an absolute URL such as https://www.milex.org']);
  });
});

describe('siteAddress: a base path that would publish the site elsewhere', () => {
  const problemsOf = (baseUrl: string): readonly string[] =>
    siteAddress({ siteUrl: undefined, baseUrl, production: true }, defaults).problems;

  it.each([
    '//evil.example/',
    '//',
    '/a?x=1/',
    '/a#b/',
    '/a b/',
    '/\\evil.example/',
    '/a/../',
    '/%zz/',
    '/%2e%2e/',
    '/.%2E/',
  ])(
    'refuses BASE_URL=%j, which Docusaurus would rewrite or a browser resolve elsewhere',
    (baseUrl) => {
      expect(problemsOf(baseUrl)).toHaveLength(1);
      expect(problemsOf(baseUrl)[0]?.startsWith(`BASE_URL ${JSON.stringify(baseUrl)} must`)).toBe(
        true,
      );
    },
  );

  it.each(['/', '/security/', '/a/b-c_d.e~f/', '/%C3%BC/'])(
    'accepts BASE_URL=%j, a path every URL keeps',
    (baseUrl) => {
      expect(problemsOf(baseUrl)).toEqual([]);
      const address = siteAddress({ siteUrl: undefined, baseUrl, production: true }, defaults);
      if (!('address' in address)) throw new Error('refused');
      const page = new URL(absoluteUrl(address.address, '/scope'));
      expect([page.origin, page.pathname]).toEqual([
        new URL(defaults.url).origin,
        `${baseUrl}scope`,
      ]);
    },
  );
});

describe('siteAddress: SITE_URL as the URL standard writes it', () => {
  it.each(['HTTPS://WWW.milex.org', 'https://www.milex.org:443'])(
    'refuses SITE_URL=%j, naming the form to use',
    (siteUrl) => {
      expect(
        siteAddress({ siteUrl, baseUrl: undefined, production: true }, defaults).problems,
      ).toEqual([
        `SITE_URL ${JSON.stringify(siteUrl)} must be written as the URL standard writes it: use https://www.milex.org`,
      ]);
    },
  );
});

describe('checkedAddress', () => {
  it('gives the URI every output writes: punycode host, percent-encoded path', () => {
    // cspell:disable-next-line -- an address in Unicode
    expect(checkedAddress('https://jürgen.example/über')).toEqual({
      href: 'https://xn--jrgen-kva.example/%C3%BCber',
    });
  });

  it.each([
    ['mailto:', ['mailto:'], 'must name one e-mail address'],
    ['https:evil.example', ['https:'], 'written https://'],
    ['https://evil.example\\x', ['https:'], 'no spaces'],
    ['javascript:alert(1)', ['https:'], 'not javascript:'],
    ['https://user:pw@example.org', ['https:'], 'user name or password'],
    // A report copied to another mailbox, or a second mailbox hidden in the first.
    ['mailto:security@example.org?bcc=evil@example.net', ['mailto:'], 'nothing more'],
    ['mailto:a%40evil.example@example.org', ['mailto:'], 'nothing more'],
    ['https://example.org/a|b', ['https:'], 'RFC 3986'],
    ['https://example.org/%zz', ['https:'], 'RFC 3986'],
    ['https://-a.example/', ['https:'], 'must name a host'],
    ['https://a_b.example/', ['https:'], 'must name a host'],
  ] as const)('refuses %j', (value, schemes, problem) => {
    const checked = checkedAddress(value, schemes);
    expect('problem' in checked && checked.problem).toContain(problem);
  });
});

describe('absoluteUrl', () => {
  it('joins the address and a site path', () => {
    expect(absoluteUrl(defaults, '/scope')).toBe('https://www.milex.org/milex-security-team/scope');
    expect(absoluteUrl(defaults, '/')).toBe('https://www.milex.org/milex-security-team/');
    expect(absoluteUrl({ url: 'https://x.example', baseUrl: '/' }, '/releases.ics')).toBe(
      'https://x.example/releases.ics',
    );
  });
});

describe('rootAndSiteUrls', () => {
  it('gives the domain-root address first when the site is under a sub-path', () => {
    expect(rootAndSiteUrls(defaults, '/.well-known/security.txt')).toEqual([
      'https://www.milex.org/.well-known/security.txt',
      'https://www.milex.org/milex-security-team/.well-known/security.txt',
    ]);
  });

  it('gives one address when the site is at the root', () => {
    expect(
      rootAndSiteUrls({ url: 'https://x.example', baseUrl: '/' }, '/.well-known/security.txt'),
    ).toEqual(['https://x.example/.well-known/security.txt']);
  });
});
