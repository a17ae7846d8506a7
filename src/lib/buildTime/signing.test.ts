import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';

import { committedPublicKeys } from './signing';

/** A key made for these tests only, never the team's. */
function testKey() {
  return openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: 'Test only', email: 'test@example.org' }],
    format: 'armored',
  });
}

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
