import { describe, expect, it } from 'vitest';

import { site } from '.';
import { withUriAddresses } from './addresses';
import { SITE_FILE, validateSite } from './validate';

/** A channel of the kind these tests change a field of, whatever site.ts lists. */
const huntr = {
  kind: 'platform',
  name: 'huntr.dev',
  url: 'https://huntr.dev',
  howToFile: 'File it.',
} as const;

const messagesOf = (data: unknown): string[] => {
  const result = validateSite(data);
  return result.ok ? [] : result.problems.map((p) => `${p.file} ${p.path.join('.')}: ${p.message}`);
};

describe('validateSite', () => {
  it('accepts the site data as it is', () => {
    expect(messagesOf(site)).toEqual([]);
  });

  it('refuses hidden text and addresses that are not URIs, every problem at once', () => {
    expect(
      messagesOf({
        ...site,
        title: 'Milex\u200F Security',
        idDomain: 'WWW.Milex.org',
        // cspell:disable-next-line -- an address in Unicode
        reportChannels: [{ ...huntr, url: 'https://hüntr.dev/ä' }],
        project: { ...site.project, repository: 'http://github.com/milexdev/milex' },
        membersPage: { ...site.membersPage, url: 'mailto:' },
      }),
    ).toEqual([
      `${SITE_FILE} idDomain: idDomain "WWW.Milex.org" must be a domain name in lower case and ASCII, such as "www.milex.org"`,
      // cspell:disable-next-line -- an address in Unicode and its punycode
      `${SITE_FILE} reportChannels.0.url: reportChannels[0]: url "https://hüntr.dev/ä" is not written as a URI (RFC 3986), which security.txt, CSAF and the feeds require: write it as "https://xn--hntr-0ra.dev/%C3%A4"`,
      `${SITE_FILE} project.repository: project.repository "http://github.com/milexdev/milex" must be an https:// address, not http:`,
      `${SITE_FILE} membersPage.url: membersPage.url "mailto:" must be an https:// address, not mailto:`,
      `${SITE_FILE} title: title contains U+200F, a bidirectional-text control character (it can make text show differently from how it is stored); delete it`,
    ]);
  });

  it('publishes an address typed in Unicode as its URI, which the checks then take', () => {
    // cspell:disable-next-line -- an address in Unicode
    const typed = { ...site, reportChannels: [{ ...huntr, url: 'https://hüntr.dev/ä' }] };
    const published = withUriAddresses(typed);
    // cspell:disable-next-line -- its punycode
    expect(published.reportChannels[0]?.url).toBe('https://xn--hntr-0ra.dev/%C3%A4');
    expect(messagesOf(published)).toEqual([]);
    // A host alone keeps the form it was written in; what is no address is left for the check.
    expect(withUriAddresses(site).reportChannels).toEqual(site.reportChannels);
    expect(
      withUriAddresses({ ...site, project: { ...site.project, url: 'http://x' } }).project.url,
    ).toBe('http://x');
  });

  it('checks the report channels with the rest, naming each by its place in the list', () => {
    expect(messagesOf({ ...site, reportChannels: [] })).toEqual([
      `${SITE_FILE} reportChannels: reportChannels must list at least one channel for reports, most preferred first, got a list`,
    ]);
    expect(
      messagesOf({
        ...site,
        reportChannels: [huntr, { kind: 'email', address: 'security@', howToFile: 'Write.' }],
      }),
    ).toEqual([
      `${SITE_FILE} reportChannels.1.address: reportChannels[1]: address must be one e-mail address, such as "security@example.org", and nothing more, got "security@"`,
    ]);
  });
});

describe('validateSite, with the keys the site publishes', () => {
  const FINGERPRINT = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';
  const keys = {
    siteRoot: 'https://example.org/security/',
    folder: 'https://example.org/security/.well-known/csaf/openpgp/',
    fingerprints: new Set([FINGERPRINT]),
  };
  const withKey = (fingerprint: string, url: string): string[] => {
    const result = validateSite(
      {
        ...site,
        reportChannels: [
          {
            kind: 'email',
            address: 'security@example.org',
            howToFile: 'Write to the team.',
            openpgpKey: { fingerprint, url },
          },
        ],
      },
      keys,
    );
    return result.ok ? [] : result.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
  };

  it('takes a key of openpgp/ at the address the site publishes it, and any key elsewhere', () => {
    expect(withKey(FINGERPRINT, `${keys.folder}${FINGERPRINT}.asc`)).toEqual([]);
    expect(withKey('1234'.repeat(10), 'https://keys.example/team.asc')).toEqual([]);
  });

  it('refuses a key of this site that openpgp/ does not hold, or an address it is not at', () => {
    const other = '1234'.repeat(10);
    expect(withKey(other, `${keys.folder}${other}.asc`)).toEqual([
      `reportChannels.0.openpgpKey.fingerprint: reportChannels[0]: openpgpKey.url is on this site, but openpgp/ holds no key ${other}: commit its public key as openpgp/${other}.asc (openpgp/README.md), or correct the fingerprint`,
    ]);
    expect(withKey(FINGERPRINT, `${keys.siteRoot}key.asc`)).toEqual([
      `reportChannels.0.openpgpKey.url: reportChannels[0]: openpgpKey.url "${keys.siteRoot}key.asc" is on this site, but the site publishes the key ${FINGERPRINT} at ${keys.folder}${FINGERPRINT}.asc`,
    ]);
  });
});
