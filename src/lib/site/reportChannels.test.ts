import { describe, expect, it } from 'vitest';

import { fixtureChannels } from '../../../tests/fixtures/reportChannels';
import { errorOf } from '../../../tests/errorOf';
import {
  channelView,
  checkedChannelViews,
  MOST_CHANNELS,
  preferredChannel,
  type ReportChannel,
  reportChannelFindings,
} from './reportChannels';

const messages = (channels: unknown): string[] =>
  reportChannelFindings(channels, ['reportChannels']).map(
    ({ path, message }) => `${path.join('.')}: ${message}`,
  );

const platform = {
  kind: 'platform',
  name: 'Bugs Inc.',
  url: 'https://bugs.example/milex',
  howToFile: 'Choose Milex from the list of programs.',
} as const;

const github = {
  kind: 'github',
  repository: 'https://github.com/owner/repo',
  howToFile: 'Fill in the form.',
} as const;
const email = { kind: 'email', address: 'security@example.org', howToFile: 'Write.' } as const;

describe('channelView', () => {
  it('gives every kind a name, an address to open and a button text', () => {
    expect(
      [platform, github, email].map(channelView).map(({ kind, name, url, action }) => ({
        kind,
        name,
        url,
        action,
      })),
    ).toEqual([
      { kind: 'platform', name: 'Bugs Inc.', url: platform.url, action: 'Report on Bugs Inc.' },
      {
        kind: 'github',
        name: 'GitHub private vulnerability reporting on owner/repo',
        url: 'https://github.com/owner/repo/security/advisories/new',
        action: 'Report on GitHub',
      },
      {
        kind: 'email',
        name: 'security@example.org',
        url: 'mailto:security@example.org',
        action: 'Report by e-mail',
      },
    ]);
  });

  it('opens an e-mail address in Unicode as its URI, and shows it as written', () => {
    // cspell:disable -- Unicode before the "@", and its escapes
    const local = channelView({ ...email, address: 'sécurité@example.org' });
    expect(local).toMatchObject({
      name: 'sécurité@example.org',
      url: 'mailto:s%C3%A9curit%C3%A9@example.org',
    });
    // cspell:enable
  });

  it('writes an e-mail domain in Unicode as its punycode', () => {
    // cspell:disable-next-line -- a domain in Unicode and its punycode
    const view = channelView({ ...email, address: 'security@mílex.example' });
    // cspell:disable-next-line
    expect(view.url).toBe('mailto:security@xn--mlex-vpa.example');
  });

  it('shows data the checks will refuse without an address, and throws nothing', () => {
    const wrong = { kind: 'e-mail', address: 'a@b.example' } as unknown as ReportChannel;
    expect(channelView(wrong).url).toBe('');
    expect(preferredChannel([]).url).toBe('');
    const noFingerprint = {
      ...email,
      openpgpKey: { url: 'https://k.example/k.asc' },
    } as unknown as ReportChannel;
    expect(() => channelView(noFingerprint)).not.toThrow();
  });

  it('writes a fingerprint in groups of four, in upper case', () => {
    const view = channelView({
      kind: 'email',
      address: 'a@b.example',
      howToFile: 'Write.',
      openpgpKey: {
        fingerprint: '0123456789abcdef0123456789abcdef01234567',
        url: 'https://b.example/k.asc',
      },
    });
    // cspell:disable-next-line -- hexadecimal digits
    expect(view.openpgpKey?.fingerprint).toBe('0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567');
  });
});

describe('reportChannelFindings', () => {
  it('takes every kind, with and without its optional fields', () => {
    expect(messages(fixtureChannels)).toEqual([]);
    expect(
      messages([
        { ...platform, rules: { name: 'Its rules', url: 'https://bugs.example/rules' } },
        { kind: 'email', address: 'security@example.org', howToFile: 'Write to us.' },
        {
          kind: 'github',
          repository: 'https://github.com/owner/repo.name',
          howToFile: 'Fill in the form.',
        },
      ]),
    ).toEqual([]);
  });

  it('needs at least one channel, and no more than a few', () => {
    expect(messages([])).toEqual([
      'reportChannels: reportChannels must list at least one channel for reports, most preferred first, got a list',
    ]);
    expect(messages(undefined)).toEqual([
      'reportChannels: reportChannels must list at least one channel for reports, most preferred first, got nothing',
    ]);
    const many = Array.from({ length: MOST_CHANNELS + 1 }, (_, n) => ({
      ...platform,
      url: `https://bugs.example/${String(n)}`,
    }));
    expect(messages(many)).toEqual([
      `reportChannels: reportChannels lists ${String(MOST_CHANNELS + 1)} channels; list at most ${String(MOST_CHANNELS)}, most preferred first`,
    ]);
  });

  it('names every problem at once, by channel and field', () => {
    expect(
      messages([
        { kind: 'web', url: 'https://x.example' },
        {
          kind: 'platform',
          name: ' ',
          url: 'http://bugs.example',
          howToFile: '',
          rules: { url: 'https://r.example', title: 'x' },
        },
        { kind: 'github', repository: 'https://github.com/owner', howToFile: 'x'.repeat(401) },
        {
          kind: 'email',
          address: 'security@example.org?cc=else@example.org',
          howToFile: 'Write\u202E to us.',
          openpgpKey: { fingerprint: 'ABCD', url: 'https://k.example/ü.asc' },
          key: 'typo',
        },
      ]),
    ).toEqual([
      'reportChannels.0.kind: reportChannels[0]: kind must be one of "platform", "github", "email", got "web"',
      'reportChannels.1.howToFile: reportChannels[1]: howToFile must say, in a sentence or two, how to file a report there, got ""',
      'reportChannels.1.name: reportChannels[1]: name must be the platform\'s name, such as "huntr.dev", got " "',
      'reportChannels.1.rules.title: reportChannels[1].rules: unknown field "title" (the fields are "name", "url")',
      "reportChannels.1.rules.name: reportChannels[1]: rules.name must be the name of the rules' page, got nothing",
      'reportChannels.2.howToFile: reportChannels[2]: howToFile has 401 characters; keep it to 400 (a sentence or two)',
      'reportChannels.2.repository: reportChannels[2]: repository must be a GitHub repository\'s address, such as "https://github.com/milexdev/milex", got "https://github.com/owner"',
      'reportChannels.3.key: reportChannels[3]: unknown field "key" (the fields are "kind", "address", "howToFile", "openpgpKey")',
      'reportChannels.3.address: reportChannels[3]: address must be one e-mail address, such as "security@example.org", and nothing more, got "security@example.org?cc=else@example.org"',
      'reportChannels.3.openpgpKey.fingerprint: reportChannels[3]: openpgpKey.fingerprint must be the key\'s fingerprint, 40 hexadecimal digits (64 for a version 6 key), spaces between groups allowed, got "ABCD"',
      'reportChannels.1.url: reportChannels[1]: url "http://bugs.example" must be an https:// address, not http:',
      'reportChannels.3.openpgpKey.url: reportChannels[3]: openpgpKey.url "https://k.example/ü.asc" is not written as a URI (RFC 3986), which security.txt, CSAF and the feeds require: write it as "https://k.example/%C3%BC.asc"',
      'reportChannels.3.howToFile: reportChannels[3].howToFile contains U+202E, a bidirectional-text control character (it can make text show differently from how it is stored); delete it',
    ]);
  });

  it('keeps a platform name short enough for the navbar', () => {
    expect(messages([{ ...platform, name: 'x'.repeat(41) }])).toEqual([
      "reportChannels.0.name: reportChannels[0]: name has 41 characters; keep it to 40, as the navbar's button shows it",
    ]);
  });

  it('takes a repository GitHub would, and no other', () => {
    for (const name of ['repo', 'repo.name', 'a-b_c', '.github']) {
      expect(messages([{ ...github, repository: `https://github.com/owner/${name}` }])).toEqual([]);
    }
    for (const name of [
      '..',
      '.',
      '...',
      'repo.git',
      'repo.GIT',
      '.Git',
      'repo/',
      'repo/issues',
      '',
    ]) {
      expect(
        messages([{ ...github, repository: `https://github.com/owner/${name}` }]),
        name,
      ).toHaveLength(1);
    }
    // GitHub's own pages, which no account owns.
    for (const repository of [
      'https://github.com/orgs/milexdev',
      'https://github.com/Settings/x',
    ]) {
      expect(messages([{ ...github, repository }]), repository).toHaveLength(1);
    }
  });

  it('says what is wrong with an e-mail address', () => {
    expect(messages([{ ...email, address: 'mailto:security@example.org' }])).toEqual([
      'reportChannels.0.address: reportChannels[0]: address "mailto:security@example.org" must be the address alone: leave out "mailto:"',
    ]);
    // Letters outside ASCII before the "@" are an address too (RFC 6531); an escape is not.
    // cspell:disable-next-line -- Unicode before the "@"
    expect(messages([{ ...email, address: 'sécurité@example.org' }])).toEqual([]);
    expect(messages([{ ...email, address: 'a%40b@example.org' }])).toEqual([
      `reportChannels.0.address: reportChannels[0]: address "a%40b@example.org": the part before "@" may hold letters, digits and the signs . ! # $ & ' * + = ^ _ \` { } ~ -, and no "%"`,
    ]);
    // cspell:disable-next-line -- a domain in Unicode, which is published as its punycode
    expect(messages([{ ...email, address: 'security@mílex.example' }])).toEqual([]);
    // One machine, not a domain's mail server.
    for (const address of ['sec@127.0.0.1', 'sec@10.0.0.255']) {
      expect(messages([{ ...email, address }]), address).toEqual([
        `reportChannels.0.address: reportChannels[0]: address "${address}" must be at a domain name, such as "security@example.org": an IP address reaches no mail server of the team`,
      ]);
    }
  });

  it('takes a version 6 key fingerprint too', () => {
    const key = (fingerprint: string) =>
      messages([{ ...email, openpgpKey: { fingerprint, url: 'https://k.example/k.asc' } }]);
    expect(key('ab'.repeat(32))).toEqual([]);
    expect(key('ab'.repeat(21))).toHaveLength(1);
    // A placeholder where the fingerprint should be.
    for (const fingerprint of ['0'.repeat(40), 'F'.repeat(64), '0000 '.repeat(10).trim()]) {
      expect(key(fingerprint), fingerprint).toEqual([
        expect.stringMatching(
          /openpgpKey\.fingerprint ".*" is a placeholder, not a key's fingerprint/,
        ),
      ]);
    }
  });

  it('names a missing address once, as missing', () => {
    expect(messages([{ ...platform, url: undefined }])).toEqual([
      'reportChannels.0.url: reportChannels[0]: url is missing: it must be an https:// address',
    ]);
    expect(messages([{ ...platform, rules: 'https://bugs.example/rules' }])).toEqual([
      'reportChannels.0.rules: reportChannels[0]: rules must be { name, url }, got "https://bugs.example/rules"',
    ]);
  });

  it('lists each channel once', () => {
    expect(
      messages([
        { kind: 'email', address: 'Security@example.org', howToFile: 'Write.' },
        { kind: 'email', address: 'security@example.org', howToFile: 'Write again.' },
      ]),
    ).toEqual([
      'reportChannels.1: reportChannels[1] opens mailto:security@example.org, as reportChannels[0] does: list each channel once',
    ]);
    expect(
      messages([
        { ...platform, url: 'https://bugs.example' },
        { ...platform, url: 'https://bugs.example/' },
      ]),
    ).toEqual([
      'reportChannels.1: reportChannels[1] opens https://bugs.example/, as reportChannels[0] does: list each channel once',
    ]);
  });

  it('stops a config whose channels are wrong, naming its file', () => {
    expect(errorOf(() => checkedChannelViews([{ ...platform, name: '' }], 'a/config.ts'))).toMatch(
      /^a\/config\.ts has 1 problem:\n {2}- reportChannels\[0\]: name must be/,
    );
  });
});
