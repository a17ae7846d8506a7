/**
 * OpenPGP keys made by GnuPG for the build tests alone, never the team's, and where
 * scripts/sign-site.sh finds what it signs in a built site.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { outputs } from '../../src/lib/site';

export const SCRIPT = join(process.cwd(), 'scripts/sign-site.sh');
/** The folders and file sign-site.sh takes, relative to the site's folder. */
export const KEYS = outputs.csafOpenpgpKeys.replace(/^\/|\/$/g, '');
export const DOCUMENTS = outputs.csafDocuments.replace(/^\/|\/$/g, '');
export const SECURITY_TXT = outputs.securityTxt.replace(/^\//, '');

export interface KeyOptions {
  readonly passphrase?: string;
  /** GnuPG's expiry: `1y`, `30d`. */
  readonly expire?: string;
  readonly revoke?: boolean;
  /** The time GnuPG makes the key at, `20200101T000000`. */
  readonly when?: string;
}

/** A key made by GnuPG in `home`, a folder of its own: its fingerprint, and its halves, armoured. */
export interface TestKey {
  readonly fingerprint: string;
  readonly secret: string;
  readonly public: string;
}

export function gpgKey(home: string, options: KeyOptions = {}): TestKey {
  const gpg = (...args: string[]): string =>
    execFileSync('gpg', ['--homedir', home, '--batch', '--no-tty', '--quiet', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  const time = options.when === undefined ? [] : ['--faked-system-time', options.when];
  gpg(
    ...time,
    '--pinentry-mode',
    'loopback',
    '--passphrase',
    options.passphrase ?? '',
    '--quick-gen-key',
    'Milex signing test <test@example.org>',
    'ed25519',
    'sign',
    options.expire ?? '1y',
  );
  const fingerprint =
    /^fpr:(?:[^:]*:){8}([0-9A-F]{40}):/m.exec(gpg('--with-colons', '--list-keys'))?.[1] ?? '';
  if (options.revoke === true) {
    // GnuPG keeps a revocation certificate for each key it makes, its first line guarded by ":".
    const certificate = join(home, 'openpgp-revocs.d', `${fingerprint}.rev`);
    writeFileSync(certificate, readFileSync(certificate, 'utf8').replace(/^:-----/m, '-----'));
    gpg('--import', certificate);
  }
  const exported = (...args: string[]): string =>
    gpg(
      '--pinentry-mode',
      'loopback',
      '--passphrase',
      options.passphrase ?? '',
      '--armor',
      ...args,
    );
  return {
    fingerprint,
    secret: exported('--export-secret-keys', fingerprint),
    public: exported('--export', fingerprint),
  };
}
