import { describe, expect, it } from 'vitest';

import { errorOf } from '../../../tests/errorOf';
import {
  DEFAULT_EXPIRES_DAYS,
  MAX_EXPIRES_DAYS,
  expiresAfter,
  parseSecurityTxt,
  securityTxt,
  type SecurityTxtFields,
} from './securityTxt';

const buildTime = new Date('2026-11-22T18:00:00.000Z');
const fields: SecurityTxtFields = {
  contact: ['https://huntr.dev', 'mailto:security@example.org', 'tel:+1-201-555-0123'],
  expires: expiresAfter(buildTime, DEFAULT_EXPIRES_DAYS),
  policy: 'https://example.org/security/how-to-report-a-security-issue',
  acknowledgments: 'https://example.org/security/acknowledgements',
  canonical: [
    'https://example.org/.well-known/security.txt',
    'https://example.org/security/.well-known/security.txt',
  ],
  preferredLanguages: ['en', 'pt-BR'],
  csaf: ['https://example.org/security/.well-known/csaf/provider-metadata.json'],
};

describe('expiresAfter', () => {
  it('adds whole days to the build instant', () => {
    expect(expiresAfter(buildTime, DEFAULT_EXPIRES_DAYS).toISOString()).toBe(
      '2027-05-21T18:00:00.000Z',
    );
    expect(expiresAfter(buildTime, 1).toISOString()).toBe('2026-11-23T18:00:00.000Z');
    expect(expiresAfter(buildTime, MAX_EXPIRES_DAYS).toISOString()).toBe(
      '2027-11-21T18:00:00.000Z',
    );
  });

  it('defaults to 180 days; at most 364, less than a year as the RFC recommends', () => {
    expect(DEFAULT_EXPIRES_DAYS).toBe(180);
    expect(MAX_EXPIRES_DAYS).toBe(364);
  });

  it.each([0, -1, 1.5, 365, 400, Number.NaN])('rejects %s days, naming the value', (days) => {
    const message = errorOf(() => expiresAfter(buildTime, days));
    expect(message).toContain('whole number of days from 1 to 364');
    expect(message).toMatch(new RegExp(`got ${String(days)}$`));
  });
});

describe('securityTxt', () => {
  const text = securityTxt(fields);

  it('writes one field a line, LF endings, a final newline, in the documented order', () => {
    expect(text).toBe(
      [
        '# Where to report a security vulnerability in Milex (RFC 9116).',
        'Contact: https://huntr.dev',
        'Contact: mailto:security@example.org',
        'Contact: tel:+1-201-555-0123',
        'Expires: 2027-05-21T18:00:00.000Z',
        'Acknowledgments: https://example.org/security/acknowledgements',
        'Preferred-Languages: en, pt-BR',
        'Canonical: https://example.org/.well-known/security.txt',
        'Canonical: https://example.org/security/.well-known/security.txt',
        'Policy: https://example.org/security/how-to-report-a-security-issue',
        'CSAF: https://example.org/security/.well-known/csaf/provider-metadata.json',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain('\r');
  });

  it('round-trips through the parser with no problems', () => {
    const parsed = parseSecurityTxt(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.fields.map((field) => field.name)).toEqual([
      'Contact',
      'Contact',
      'Contact',
      'Expires',
      'Acknowledgments',
      'Preferred-Languages',
      'Canonical',
      'Canonical',
      'Policy',
      'CSAF',
    ]);
    const expires = parsed.fields.find((field) => field.name === 'Expires')?.value;
    expect(expires && new Date(expires).getTime()).toBe(
      buildTime.getTime() + DEFAULT_EXPIRES_DAYS * 86_400_000,
    );
  });

  it('leaves out the optional fields when they are not given', () => {
    const minimal = securityTxt({
      contact: ['https://huntr.dev'],
      expires: fields.expires,
      canonical: ['https://example.org/security/.well-known/security.txt'],
      preferredLanguages: [],
    });
    expect(minimal.split('\n').slice(1)).toEqual([
      'Contact: https://huntr.dev',
      'Expires: 2027-05-21T18:00:00.000Z',
      'Canonical: https://example.org/security/.well-known/security.txt',
      '',
    ]);
    expect(parseSecurityTxt(minimal).problems).toEqual([]);
  });

  it('lists every problem at once', () => {
    const message = errorOf(() =>
      securityTxt({
        ...fields,
        contact: ['http://huntr.dev', 'mailto:security@example.org', 'not a uri'],
        canonical: ['http://example.org/.well-known/security.txt'],
        policy: 'ftp://example.org/policy',
        acknowledgments: 'mailto:thanks@example.org',
        preferredLanguages: ['en', 'English, please'],
        csaf: ['http://example.org/.well-known/csaf/provider-metadata.json'],
      }),
    );
    expect(message.split('\n')).toEqual([
      'security.txt cannot be written: 7 problems:',
      '  - Contact "http://huntr.dev" must be an https://, mailto: or tel: URI (RFC 9116), not http:',
      '  - Contact "not a uri" is not a URI; expected an https://, mailto: or tel: URI',
      '  - Acknowledgments "mailto:thanks@example.org" must be an https:// URI (RFC 9116), not mailto:',
      '  - Preferred-Languages "English, please" is not a language tag such as "en" or "pt-BR"',
      '  - Canonical "http://example.org/.well-known/security.txt" must be an https:// URI (RFC 9116), not http:',
      '  - Policy "ftp://example.org/policy" must be an https:// URI (RFC 9116), not ftp:',
      '  - CSAF "http://example.org/.well-known/csaf/provider-metadata.json" must be an https:// URI (RFC 9116), not http:',
    ]);
  });

  it('requires a contact, a valid Expires and a Canonical', () => {
    const message = errorOf(() =>
      securityTxt({ ...fields, contact: [], expires: new Date(Number.NaN), canonical: [] }),
    );
    expect(message).toContain('Contact is missing');
    expect(message).toContain('Expires is not a valid date');
    expect(message).toContain('Canonical is missing');
  });

  it('refuses a value that would break the line format', () => {
    expect(() =>
      securityTxt({ ...fields, policy: 'https://example.org/\nContact: https://evil.example' }),
    ).toThrow(/Policy .* is not a URI/);
  });

  it('refuses a mailto: with no mailbox and an address that is not a URI', () => {
    const message = errorOf(() =>
      // cspell:disable-next-line -- an address in Unicode
      securityTxt({ ...fields, contact: ['mailto:', 'https://hüntr.dev/ä'] }),
    );
    expect(message.split('\n').slice(1)).toEqual([
      '  - Contact "mailto:" must name one e-mail address and nothing more, such as mailto:security@example.org',
      // cspell:disable-next-line -- an address in Unicode and its punycode
      '  - Contact "https://hüntr.dev/ä" is not written as a URI (RFC 3986), which security.txt, CSAF and the feeds require: write it as "https://xn--hntr-0ra.dev/%C3%A4"',
    ]);
  });
});

describe('parseSecurityTxt', () => {
  const valid = [
    'Contact: https://huntr.dev',
    'Expires: 2027-05-21T18:00:00.000Z',
    'Canonical: https://example.org/.well-known/security.txt',
    '',
  ];
  const parse = (...lines: string[]): string[] => parseSecurityTxt(lines.join('\n')).problems;

  it('accepts comments, blank lines, CRLF, any case of names and unknown fields', () => {
    expect(
      parse(
        '# a comment',
        '',
        'contact: mailto:security@example.org\r',
        'EXPIRES: 2027-05-21T20:00:00+02:00\r',
        'X-Favourite-Colour: green',
        'Hiring: https://example.org/jobs',
      ),
    ).toEqual([]);
  });

  it('reports a missing Contact', () => {
    expect(parse('Expires: 2027-05-21T18:00:00.000Z')).toEqual([
      'Contact is missing: RFC 9116 requires at least one',
    ]);
  });

  it('reports a missing Expires', () => {
    expect(parse('Contact: https://huntr.dev')).toEqual([
      'Expires is missing: RFC 9116 requires it',
    ]);
  });

  it('reports two Expires', () => {
    expect(parse(...valid, 'Expires: 2027-06-01T00:00:00Z')).toEqual([
      'Expires appears 2 times: RFC 9116 allows it only once',
    ]);
  });

  it.each(['2027-05-21', '2027-02-30T00:00:00Z', 'May 21, 2027', '2027-05-21T25:00:00Z'])(
    'reports the Expires date %s',
    (date) => {
      expect(parse('Contact: https://huntr.dev', `Expires: ${date}`)).toEqual([
        `line 2: Expires "${date}" is not an RFC 3339 date-time such as 2027-05-21T18:00:00.000Z`,
      ]);
    },
  );

  it('reports an http Policy, Canonical or Acknowledgments, and an http Contact', () => {
    expect(
      parse(
        ...valid,
        'Policy: http://example.org/policy',
        'canonical: http://example.org/.well-known/security.txt',
        'Acknowledgments: http://example.org/thanks',
        'Contact: http://example.org/report',
      ),
    ).toEqual([
      'line 5: Policy "http://example.org/policy" must be an https:// URI (RFC 9116), not http:',
      'line 6: canonical "http://example.org/.well-known/security.txt" must be an https:// URI (RFC 9116), not http:',
      'line 7: Acknowledgments "http://example.org/thanks" must be an https:// URI (RFC 9116), not http:',
      'line 8: Contact "http://example.org/report" must be an https://, mailto: or tel: URI (RFC 9116), not http:',
    ]);
  });

  it('reports Preferred-Languages given twice', () => {
    expect(parse(...valid, 'Preferred-Languages: en', 'Preferred-Languages: de')).toEqual([
      'Preferred-Languages appears 2 times: RFC 9116 allows it only once',
    ]);
  });

  it('reports lines that are not fields, and fields with no value', () => {
    expect(parse(...valid, 'Contact https://huntr.dev', 'Policy:')).toEqual([
      'line 5 is neither a "Name: value" field, a # comment nor blank: "Contact https://huntr.dev"',
      'line 6: Policy has no value',
    ]);
  });

  it('returns the fields in file order, names as written', () => {
    expect(parseSecurityTxt(valid.join('\n')).fields).toEqual([
      { name: 'Contact', value: 'https://huntr.dev' },
      { name: 'Expires', value: '2027-05-21T18:00:00.000Z' },
      { name: 'Canonical', value: 'https://example.org/.well-known/security.txt' },
    ]);
    expect(parseSecurityTxt(valid.join('\n')).signed).toBe(false);
  });

  describe('a cleartext-signed file (RFC 9116 section 2.3)', () => {
    const signature = [
      '-----BEGIN PGP SIGNATURE-----',
      '',
      '(the signature)',
      '-----END PGP SIGNATURE-----',
    ];
    const signedFile = (...lines: string[]): string =>
      ['-----BEGIN PGP SIGNED MESSAGE-----', 'Hash: SHA512', '', ...lines, ...signature, ''].join(
        '\n',
      );

    it('reads the signed text, undoing dash-escapes, and says it is signed', () => {
      const parsed = parseSecurityTxt(signedFile('- # a dash-escaped comment', ...valid));
      expect(parsed.problems).toEqual([]);
      expect(parsed.signed).toBe(true);
      expect(parsed.fields.map(({ name }) => name)).toEqual(['Contact', 'Expires', 'Canonical']);
    });

    it('names problems by their line in the file, and refuses text outside the signature', () => {
      const parsed = parseSecurityTxt(
        `${signedFile('Contact: http://huntr.dev', ...valid.slice(1))}Contact: https://evil.example\n`,
      );
      expect(parsed.problems).toEqual([
        expect.stringMatching(/^line 4: Contact "http:\/\/huntr.dev" must be an https:\/\//),
        'line 12: text after -----END PGP SIGNATURE----- is not signed',
      ]);
      expect(parsed.fields.map(({ value }) => value)).not.toContain('https://evil.example');
    });

    it('reports a broken armour instead of reading it as fields', () => {
      const broken = parseSecurityTxt(['-----BEGIN PGP SIGNED MESSAGE-----', ...valid].join('\n'));
      expect(broken.problems).toEqual([
        expect.stringMatching(/starts as a cleartext-signed message but is not one/),
        'Contact is missing: RFC 9116 requires at least one',
        'Expires is missing: RFC 9116 requires it',
      ]);
    });
  });
});
