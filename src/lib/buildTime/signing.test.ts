import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ensureGpg } from '../../../e2e/chromium';
import { cleartextSigned, committedPublicKeys, detachedSignature, signingKeyFrom } from './signing';

/** A key made for these tests only, never the team's. */
async function testKey(
  options: {
    readonly passphrase?: string;
    readonly keyExpirationTime?: number;
    readonly date?: Date;
  } = {},
) {
  return openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: 'Test only', email: 'test@example.org' }],
    format: 'armored',
    ...options,
  });
}

// A minute from now: OpenPGP.js refuses to sign at a moment before the key was made, and the
// tests make their keys after this line runs.
const now = new Date(Date.now() + 60_000);

describe('signingKeyFrom', () => {
  it('signs nothing without a key, and says so once', async () => {
    const setting = await signingKeyFrom({}, [], now);
    expect('unsigned' in setting && setting.unsigned).toMatch(/^OPENPGP_SIGNING_KEY is not set/);
  });

  it('takes a committed key, opening it with its passphrase', async () => {
    const { privateKey, publicKey } = await testKey({ passphrase: 'correct horse' });
    const setting = await signingKeyFrom(
      { OPENPGP_SIGNING_KEY: privateKey, OPENPGP_SIGNING_KEY_PASSPHRASE: 'correct horse' },
      [publicKey],
      now,
    );
    expect('key' in setting && setting.key.fingerprint).toMatch(/^[0-9A-F]{40}$/);
  });

  it('opens a key with a passphrase secret that ends in one newline, as a pasted file does', async () => {
    const { privateKey, publicKey } = await testKey({ passphrase: 'correct horse' });
    for (const ending of ['\n', '\r\n']) {
      const setting = await signingKeyFrom(
        {
          OPENPGP_SIGNING_KEY: privateKey,
          OPENPGP_SIGNING_KEY_PASSPHRASE: `correct horse${ending}`,
        },
        [publicKey],
        now,
      );
      expect('key' in setting, JSON.stringify(ending)).toBe(true);
    }
    // Only one: the passphrase's own last character is not taken.
    const twice = await signingKeyFrom(
      { OPENPGP_SIGNING_KEY: privateKey, OPENPGP_SIGNING_KEY_PASSPHRASE: 'correct horse\n\n' },
      [publicKey],
      now,
    );
    expect('problems' in twice && twice.problems).toEqual([
      expect.stringMatching(/^OPENPGP_SIGNING_KEY_PASSPHRASE does not open/),
    ]);
  });

  it('refuses two private keys in the secret, naming both, where the first was used', async () => {
    const first = await testKey();
    const second = await testKey();
    const fingerprint = async (armoredKey: string): Promise<string> =>
      (await openpgp.readKey({ armoredKey })).getFingerprint().toUpperCase();
    const setting = await signingKeyFrom(
      { OPENPGP_SIGNING_KEY: `${first.privateKey}\n${second.privateKey}` },
      [first.publicKey, second.publicKey],
      now,
    );
    expect('problems' in setting && setting.problems).toEqual([
      `OPENPGP_SIGNING_KEY holds 2 keys (${await fingerprint(first.publicKey)}, and more): set it to the one private key to sign with`,
    ]);
  });

  it('refuses a key that is not committed, a wrong passphrase, and text that is no key, never repeating either', async () => {
    const team = await testKey();
    const other = await testKey({ passphrase: 'secret words' });
    const problems = async (env: Record<string, string>): Promise<readonly string[]> => {
      const setting = await signingKeyFrom(env, [team.publicKey], now);
      return 'problems' in setting ? setting.problems : [];
    };
    const wrong = await problems({
      OPENPGP_SIGNING_KEY: other.privateKey,
      OPENPGP_SIGNING_KEY_PASSPHRASE: 'not them',
    });
    expect(wrong).toEqual([
      expect.stringMatching(
        /^OPENPGP_SIGNING_KEY is the key [0-9A-F]{40}, which is not a committed public key \([0-9A-F]{40}\)/,
      ),
      expect.stringMatching(/^OPENPGP_SIGNING_KEY_PASSPHRASE does not open OPENPGP_SIGNING_KEY/),
    ]);
    const garbage = await problems({ OPENPGP_SIGNING_KEY: 'hunter2' });
    expect(garbage).toEqual([
      expect.stringMatching(/is not an ASCII-armoured OpenPGP private key/),
    ]);
    for (const message of [...wrong, ...garbage]) {
      expect(message).not.toMatch(/not them|hunter2|PRIVATE KEY BLOCK-----\n/);
    }
  });

  it('refuses an expired key and a revoked one, naming which', async () => {
    const expiring = await testKey({
      keyExpirationTime: 60,
      date: new Date('2026-11-01T00:00:00Z'),
    });
    const expired = await signingKeyFrom(
      { OPENPGP_SIGNING_KEY: expiring.privateKey },
      [expiring.publicKey],
      now,
    );
    expect('problems' in expired && expired.problems).toEqual([
      expect.stringMatching(/^OPENPGP_SIGNING_KEY \([0-9A-F]{40}\) expired on 2026-11-01/),
    ]);
    const team = await testKey();
    const { privateKey: revokedKey } = await openpgp.revokeKey({
      key: await openpgp.readPrivateKey({ armoredKey: team.privateKey }),
      format: 'armored',
    });
    const revoked = await signingKeyFrom(
      { OPENPGP_SIGNING_KEY: revokedKey },
      [team.publicKey],
      now,
    );
    expect('problems' in revoked && revoked.problems).toEqual([
      expect.stringMatching(/^OPENPGP_SIGNING_KEY \([0-9A-F]{40}\) is revoked/),
    ]);
  });
});

describe('signingKeyFrom, against the committed public key as clients read it', () => {
  const problemsOf = (setting: Awaited<ReturnType<typeof signingKeyFrom>>): readonly string[] =>
    'problems' in setting ? setting.problems : [];

  it('refuses a key whose committed public key has been revoked since the secret was set', async () => {
    const team = await testKey();
    const { publicKey: revokedPublic } = await openpgp.revokeKey({
      key: await openpgp.readPrivateKey({ armoredKey: team.privateKey }),
      format: 'armored',
    });
    const setting = await signingKeyFrom(
      { OPENPGP_SIGNING_KEY: team.privateKey },
      [revokedPublic],
      now,
    );
    expect(problemsOf(setting)).toEqual([
      expect.stringMatching(
        /^OPENPGP_SIGNING_KEY \([0-9A-F]{40}\) makes no signature that its committed public key verifies today \(.*revoked.*\)/i,
      ),
    ]);
  });

  it('refuses a key that signs with a subkey the committed public key does not have', async () => {
    const team = await testKey();
    const withSubkey = await (
      await openpgp.readPrivateKey({ armoredKey: team.privateKey })
    ).addSubkey({ sign: true });
    const setting = await signingKeyFrom(
      { OPENPGP_SIGNING_KEY: withSubkey.armor() },
      [team.publicKey],
      now,
    );
    expect(problemsOf(setting)).toEqual([
      expect.stringMatching(/makes no signature that its committed public key verifies today/),
    ]);
  });

  it('warns when the key expires within the warning period, and not before', async () => {
    const days = (n: number): number => n * 86_400;
    const soon = await testKey({ keyExpirationTime: days(30), date: now });
    const later = await testKey({ keyExpirationTime: days(365), date: now });
    const warningOf = async ({ privateKey, publicKey }: typeof soon) => {
      const setting = await signingKeyFrom({ OPENPGP_SIGNING_KEY: privateKey }, [publicKey], now);
      if (!('key' in setting)) throw new Error(JSON.stringify(setting));
      return setting.key.warning;
    };
    const day = new Date(now.getTime() + days(30) * 1000).toISOString().slice(0, 10);
    expect(await warningOf(soon)).toMatch(
      new RegExp(`^The OpenPGP signing key [0-9A-F]{40} expires on ${day}, in 30 days: extend it`),
    );
    expect(await warningOf(later)).toBeUndefined();
  });
});

describe('committedPublicKeys', () => {
  const fingerprintOf = async (armoredKey: string): Promise<string> =>
    (await openpgp.readKey({ armoredKey })).getFingerprint().toUpperCase();

  it('reads each public key named by its fingerprint, and lets a README stand beside them', async () => {
    const one = await testKey();
    const two = await testKey();
    const files = await Promise.all(
      [one, two].map(async ({ publicKey }) => {
        const name = `${await fingerprintOf(publicKey)}.asc`;
        return { name, path: `openpgp/${name}`, text: publicKey };
      }),
    );
    const read = await committedPublicKeys([
      ...files,
      { name: 'README.md', path: 'openpgp/README.md', text: '# Keys\n' },
    ]);
    expect('keys' in read && read.keys.map(({ fingerprint }) => `${fingerprint}.asc`)).toEqual(
      files.map(({ name }) => name),
    );
  });

  it('lists every bad file at once: a private key, a misnamed key, two keys in one, no key', async () => {
    const one = await testKey();
    const two = await testKey();
    const right = `${await fingerprintOf(one.publicKey)}.asc`;
    const read = await committedPublicKeys([
      { name: right, path: `openpgp/${right}`, text: one.privateKey },
      { name: 'team.asc', path: 'openpgp/team.asc', text: one.publicKey },
      { name: right, path: 'openpgp/both.asc', text: `${one.publicKey}\n${two.publicKey}` },
      { name: 'notes.txt', path: 'openpgp/notes.txt', text: 'hello' },
    ]);
    const problems = 'problems' in read ? read.problems : [];
    expect(problems).toEqual([
      expect.stringMatching(/^openpgp\/[0-9A-F]{40}\.asc holds a PRIVATE key: remove it/),
      `openpgp/team.asc is named "team.asc": a public key file is named by its fingerprint, ${right}`,
      'openpgp/both.asc holds 2 keys: commit one public key per file',
      'openpgp/notes.txt is not an ASCII-armoured OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----)',
    ]);
    // No message repeats the private key.
    expect(problems.join('\n')).not.toContain('PRIVATE KEY BLOCK');
  });
});

describe('signatures, as GnuPG verifies them', () => {
  let home: string;
  let gpg: string;
  beforeAll(() => {
    gpg = ensureGpg();
    home = mkdtempSync(join(tmpdir(), 'gnupg-'));
  });
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
  });
  const run = (args: string[]) =>
    spawnSync(gpg, ['--homedir', home, '--batch', '--no-tty', ...args], { encoding: 'utf8' });

  it('makes a detached signature of the bytes and a cleartext one, which gpg --verify accepts', async () => {
    const { privateKey, publicKey } = await testKey();
    const setting = await signingKeyFrom({ OPENPGP_SIGNING_KEY: privateKey }, [publicKey], now);
    if (!('key' in setting)) throw new Error(JSON.stringify(setting));
    writeFileSync(join(home, 'key.asc'), publicKey);
    expect(run(['--import', join(home, 'key.asc')]).status).toBe(0);

    const bytes = new TextEncoder().encode('{"document":{"title":"Unicode ü\\r\\n"}}\n');
    const file = join(home, 'doc.json');
    writeFileSync(file, bytes);
    writeFileSync(`${file}.asc`, await detachedSignature(bytes, setting.key));
    const verified = run(['--verify', `${file}.asc`, file]);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stderr).toContain(setting.key.fingerprint);
    // A changed byte fails.
    writeFileSync(file, new TextEncoder().encode('{"document":{"title":"Unicode"}}\n'));
    expect(run(['--verify', `${file}.asc`, file]).status).not.toBe(0);

    const text = 'Contact: https://example.org/report\nExpires: 2027-05-21T18:00:00.000Z\n';
    const signed = join(home, 'security.txt');
    writeFileSync(signed, await cleartextSigned(text, setting.key));
    const clear = run(['--verify', signed]);
    expect(clear.status, clear.stderr).toBe(0);
    expect(readFileSync(signed, 'utf8')).not.toContain('\r');
    expect(run(['--decrypt', signed]).stdout.replace(/\r\n/g, '\n').replace(/\n+$/, '\n')).toBe(
      text,
    );
  });
});
