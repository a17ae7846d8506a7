/**
 * Which OpenPGP key the build signs the CSAF documents and security.txt with (issue 24), decided
 * once for the plugins that sign: the key comes from the environment (OPENPGP_SIGNING_KEY, and
 * OPENPGP_SIGNING_KEY_PASSPHRASE when it has one), and must be one of the public keys committed in
 * `openpgp/`. Without a key the build still works, publishes unsigned, and says so once; with a
 * key that cannot sign, or a bad file in `openpgp/`, it stops before anything is built.
 */
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import logger from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';

import {
  committedPublicKeys,
  type PublicKey,
  type SigningEnvironment,
  type SigningKey,
  signingKeyFrom,
} from '../../src/lib/buildTime/signing';

/** What the build signs with. */
export interface Signing {
  /** The key to sign with; undefined when the build publishes unsigned. */
  readonly key: SigningKey | undefined;
  /**
   * The public keys to publish when signing: every committed one, the signing key's first, so
   * that signatures made with an older key keep verifying. None when unsigned.
   */
  readonly publicKeys: readonly PublicKey[];
  /** Said once by the build: which key signs, or that nothing is signed, and why. */
  readonly notice: string;
  /** Said once too, as a warning: the key expires soon. */
  readonly warning?: string;
}

/** The build's signing, worked out once however many plugins ask. */
export type SigningSource = () => Promise<Signing>;

/** The folder of committed public keys, relative to the site: `openpgp/<FINGERPRINT>.asc`. */
export const PUBLIC_KEYS_DIR = 'openpgp';

/** The signing of `env`'s key, one of `trusted`; throws one error that lists every problem. */
export async function signingWith(
  env: SigningEnvironment,
  trusted: readonly PublicKey[],
  now: Date,
): Promise<Signing> {
  const setting = await signingKeyFrom(
    env,
    trusted.map(({ armored }) => armored),
    now,
  );
  if ('problems' in setting) throw signingError(setting.problems);
  if ('unsigned' in setting) return { key: undefined, publicKeys: [], notice: setting.unsigned };
  const { fingerprint } = setting.key;
  return {
    key: setting.key,
    publicKeys: [
      ...trusted.filter((key) => key.fingerprint === fingerprint),
      ...trusted.filter((key) => key.fingerprint !== fingerprint),
    ],
    notice: `The CSAF documents and security.txt are signed with the OpenPGP key ${fingerprint}`,
    ...(setting.key.warning === undefined ? {} : { warning: setting.key.warning }),
  };
}

function signingError(problems: readonly string[]): Error {
  return new Error(
    [
      'The build cannot sign what it publishes; nothing was built:',
      ...problems.map((problem) => `  - ${problem}`),
    ].join('\n'),
  );
}

/** The signing of the site: the key in `process.env`, among the public keys in `dir` of `siteDir`. */
export function committedSigning(siteDir: string, dir: string = PUBLIC_KEYS_DIR): SigningSource {
  let signing: Promise<Signing> | undefined;
  return () => {
    signing ??= (async () => {
      const folder = resolve(siteDir, dir);
      let entries: Dirent[];
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        entries = [];
      }
      const committed = await committedPublicKeys(
        entries
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
          .map((entry) => ({
            name: entry.name,
            path: relative(siteDir, join(folder, entry.name)),
            // A folder or other non-file is no key, and is reported as such.
            text: entry.isFile() ? readFileSync(join(folder, entry.name), 'utf8') : '',
          })),
      );
      if ('problems' in committed) throw signingError(committed.problems);
      return signingWith(process.env, committed.keys, new Date());
    })();
    return signing;
  };
}

/**
 * The plugin that decides the signing when the site's plugins are made, so a key that cannot sign
 * stops the build at once, and says once what is signed. The plugins that sign ask `source` again.
 */
export function signingPluginFor(source: SigningSource): (context: LoadContext) => Promise<Plugin> {
  return async () => {
    const { key, notice, warning } = await source();
    if (key === undefined) logger.warn(notice);
    else logger.info(notice);
    if (warning !== undefined) logger.warn(warning);
    return { name: 'milex-signing' };
  };
}
