/**
 * scripts/sign-site.sh, run as a signing job runs it, with keys made by GnuPG for these tests only
 * (with the build tests, not the unit run: GnuPG takes seconds):
 * what it signs is verified by gpgv and by OpenPGP.js (a second, independent client), and each
 * key it must refuse is refused before any file changes, without the key or passphrase in its
 * output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ensureGpg } from '../../e2e/chromium';
import {
  DOCUMENTS,
  gpgKey,
  type KeyOptions,
  KEYS,
  SCRIPT,
  SECURITY_TXT,
  type TestKey,
} from './gpgKeys';

const dirs: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
const makeKey = (options?: KeyOptions): TestKey => gpgKey(tempDir('milex-sign-key-'), options);

/** A built site as the signing job receives it: two CSAF documents, security.txt, public keys. */
function builtSite(published: readonly TestKey[]): string {
  const site = tempDir('milex-sign-site-');
  mkdirSync(join(site, KEYS), { recursive: true });
  mkdirSync(join(site, DOCUMENTS, '2026'), { recursive: true });
  for (const key of published)
    writeFileSync(join(site, KEYS, `${key.fingerprint}.asc`), key.public);
  writeFileSync(
    join(site, DOCUMENTS, '2026', 'milex-2026-001.json'),
    '{"document":{"title":"é"}}\n',
  );
  writeFileSync(join(site, DOCUMENTS, '2026', 'milex-2026-002.json'), '{"document":{}}\n');
  // The folder's other files, which are no CSAF documents and are not signed.
  writeFileSync(join(site, DOCUMENTS, 'category-white.json'), '{"categories":{}}\n');
  writeFileSync(
    join(site, DOCUMENTS, 'index.txt'),
    '2026/milex-2026-001.json\n2026/milex-2026-002.json\n',
  );
  writeFileSync(
    join(site, SECURITY_TXT),
    'Contact: mailto:security@example.org\nExpires: 2027-01-01T00:00:00Z\n',
  );
  return site;
}

function sign(site: string, env: Record<string, string>) {
  const run = spawnSync('bash', [SCRIPT, site, KEYS, DOCUMENTS, SECURITY_TXT], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tempDir('milex-sign-home-'), ...env },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const documentsOf = (site: string): string[] =>
  ['milex-2026-001.json', 'milex-2026-002.json'].map((name) => join(site, DOCUMENTS, '2026', name));

let team: TestKey;
let locked: TestKey;

beforeAll(() => {
  ensureGpg();
  team = makeKey();
  locked = makeKey({ passphrase: 'correct horse battery' });
}, 60_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('sign-site.sh', () => {
  it('signs each CSAF document and security.txt so that gpgv and OpenPGP.js verify them', async () => {
    const site = builtSite([team]);
    const run = sign(site, { OPENPGP_SIGNING_KEY: team.secret });
    expect(run.output).toContain(
      `signed 2 CSAF documents and ${SECURITY_TXT} with the OpenPGP key ${team.fingerprint}`,
    );
    expect(run.status).toBe(0);
    const verificationKeys = (await openpgp.readKey({ armoredKey: team.public })).toPublic();
    for (const document of documentsOf(site)) {
      const { signatures } = await openpgp.verify({
        message: await openpgp.createMessage({ binary: readFileSync(document) }),
        signature: await openpgp.readSignature({
          armoredSignature: readFileSync(`${document}.asc`, 'utf8'),
        }),
        verificationKeys,
      });
      await expect(signatures[0]?.verified).resolves.toBe(true);
    }
    const cleartext = readFileSync(join(site, SECURITY_TXT), 'utf8');
    expect(cleartext).toMatch(/^-----BEGIN PGP SIGNED MESSAGE-----\n/);
    const { signatures, data } = await openpgp.verify({
      message: await openpgp.readCleartextMessage({ cleartextMessage: cleartext }),
      verificationKeys,
    });
    await expect(signatures[0]?.verified).resolves.toBe(true);
    expect(data).toContain('Contact: mailto:security@example.org');
    // Only what index.txt lists: the category document is no CSAF document.
    expect(existsSync(join(site, DOCUMENTS, 'category-white.json.asc'))).toBe(false);
    expect(run.output).not.toMatch(/warning/);
  }, 60_000);

  it('warns when the published key expires within 60 days, and still signs', () => {
    const soon = makeKey({ expire: '30d' });
    const run = sign(builtSite([soon]), {
      OPENPGP_SIGNING_KEY: soon.secret,
      GITHUB_ACTIONS: 'true',
    });
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(
      new RegExp(
        `^::warning title=Signing key expires soon::The OpenPGP signing key ${soon.fingerprint} expires on \\d{4}-\\d{2}-\\d{2}: extend it`,
        'm',
      ),
    );
  }, 60_000);

  it('signs only the documents index.txt lists, each a plain path of a file in the folder', () => {
    for (const [listed, says] of [
      ['2026/../../security.txt', /lists "2026\/\.\.\/\.\.\/security\.txt", which is not a path/],
      ['/etc/passwd.json', /lists "\/etc\/passwd\.json", which is not a path/],
      ['2026/milex-2026-009.json', /lists 2026\/milex-2026-009\.json, which is not a file/],
    ] as const) {
      const site = builtSite([team]);
      writeFileSync(join(site, DOCUMENTS, 'index.txt'), `2026/milex-2026-001.json\n${listed}\n`);
      const run = sign(site, { OPENPGP_SIGNING_KEY: team.secret });
      expect(run.status, run.output).not.toBe(0);
      expect(run.output).toMatch(says);
      for (const document of documentsOf(site)) expect(existsSync(`${document}.asc`)).toBe(false);
    }
  }, 60_000);

  it('opens a key with its passphrase, one trailing newline of the secret left out', () => {
    for (const passphrase of ['correct horse battery', 'correct horse battery\n']) {
      const site = builtSite([locked]);
      const run = sign(site, {
        OPENPGP_SIGNING_KEY: locked.secret,
        OPENPGP_SIGNING_KEY_PASSPHRASE: passphrase,
      });
      expect(run.status, run.output).toBe(0);
    }
  }, 60_000);

  it('refuses, before touching a file, every key it must not sign with', () => {
    const other = makeKey();
    const expired = makeKey({ expire: '1d', when: '20200101T000000' });
    const revoked = makeKey({ revoke: true });
    const cases: { env: Record<string, string>; published?: TestKey[]; says: RegExp }[] = [
      { env: {}, says: /OPENPGP_SIGNING_KEY is not set/ },
      {
        env: { OPENPGP_SIGNING_KEY: 'hunter2' },
        says: /is not an ASCII-armoured OpenPGP private key/,
      },
      {
        env: { OPENPGP_SIGNING_KEY: `${team.secret}\n${other.secret}` },
        published: [team, other],
        says: new RegExp(`holds 2 keys \\((?=.*${team.fingerprint})(?=.*${other.fingerprint})`),
      },
      {
        env: { OPENPGP_SIGNING_KEY: other.secret },
        says: new RegExp(
          `the key ${other.fingerprint}, which the site does not publish \\(${team.fingerprint}\\)`,
        ),
      },
      { env: { OPENPGP_SIGNING_KEY: expired.secret }, published: [expired], says: /has expired/ },
      { env: { OPENPGP_SIGNING_KEY: revoked.secret }, published: [revoked], says: /is revoked/ },
      {
        env: { OPENPGP_SIGNING_KEY: locked.secret, OPENPGP_SIGNING_KEY_PASSPHRASE: 'wrong words' },
        published: [locked],
        says: /OPENPGP_SIGNING_KEY_PASSPHRASE does not open/,
      },
      {
        env: { OPENPGP_SIGNING_KEY: locked.secret },
        published: [locked],
        says: /set OPENPGP_SIGNING_KEY_PASSPHRASE/,
      },
    ];
    for (const { env, published, says } of cases) {
      const site = builtSite(published ?? [team]);
      const before = readFileSync(join(site, SECURITY_TXT), 'utf8');
      const run = sign(site, env);
      expect(run.status, run.output).not.toBe(0);
      expect(run.output).toMatch(says);
      expect(readFileSync(join(site, SECURITY_TXT), 'utf8')).toBe(before);
      for (const document of documentsOf(site)) expect(existsSync(`${document}.asc`)).toBe(false);
      // Neither the key nor the passphrase is ever repeated.
      expect(run.output).not.toMatch(/PRIVATE KEY BLOCK-----\n|hunter2|wrong words|correct horse/);
      const keyLines = (env.OPENPGP_SIGNING_KEY ?? '').split('\n').filter((l) => l.length > 40);
      for (const line of keyLines) expect(run.output).not.toContain(line);
    }
  }, 120_000);
});
