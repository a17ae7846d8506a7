/**
 * What the build says of signatures (issues 24 and 34). The build never signs and never sees the
 * key: the deploy's signing job, a job of its own with gpg and nothing else, signs the built site
 * afterwards with scripts/sign-site.sh. A build that job will sign (SIGNED_AFTER_BUILD=true, and
 * the fixture build) publishes the public keys committed in `openpgp/`, lists them in the CSAF
 * provider metadata, and links each document's signature (`<document>.asc`) from the ROLIE feed
 * and the folder's listing; sign-site.sh writes those files, and refuses a key the build did not
 * publish. Any other build publishes as a provider that does not sign.
 */
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import logger from '@docusaurus/logger';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { committedPublicKeys, type PublicKey } from '../../src/lib/buildTime/signing';

/** What the build publishes for the signatures made after it. */
export interface Signing {
  /** Whether the site is signed once built: its documents' signatures are linked. */
  readonly signed: boolean;
  /** The public keys to publish: every committed one when signed, none otherwise. */
  readonly publicKeys: readonly PublicKey[];
}

/**
 * The build's signing, worked out once however many plugins ask, and whether the site is signed
 * after the build, which is known before any key is read (the pages say so).
 */
export type SigningSource = (() => Promise<Signing>) & { readonly signed: boolean };

/** The folder of committed public keys, relative to the site: `openpgp/<FINGERPRINT>.asc`. */
export const PUBLIC_KEYS_DIR = 'openpgp';

/** The variable that holds the private key, which only the signing job may have. */
const KEY_VARIABLE = 'OPENPGP_SIGNING_KEY';

function signingError(problems: readonly string[]): Error {
  return new Error(
    [
      'The build cannot publish the keys its signatures are checked with; nothing was built:',
      ...problems.map((problem) => `  - ${problem}`),
    ].join('\n'),
  );
}

/**
 * The signing of a site whose public keys are the files of `dir` (relative to `siteDir`, or
 * absolute): checked whether or not the build is signed, so that a private key committed there
 * stops every build.
 */
export function committedSigning(
  siteDir: string,
  { signed, dir = PUBLIC_KEYS_DIR }: { readonly signed: boolean; readonly dir?: string },
): SigningSource {
  let signing: Promise<Signing> | undefined;
  const source = () => {
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
      if (!signed) return { signed, publicKeys: [] };
      if (committed.keys.length === 0) {
        throw signingError([
          `SIGNED_AFTER_BUILD is true, but ${relative(siteDir, folder) || '.'}/ holds no public key: commit the public half of the team's signing key there (README, Signing)`,
        ]);
      }
      return { signed, publicKeys: committed.keys };
    })();
    return signing;
  };
  return Object.assign(source, { signed });
}

/**
 * The plugin that decides the signing when the site's plugins are made, so a bad key file stops
 * the build at once, and says once what the build publishes. The plugins that link signatures
 * ask `source` again.
 */
export function signingPluginFor(source: SigningSource): (context: LoadContext) => Promise<Plugin> {
  return async () => {
    const { signed, publicKeys } = await source();
    if (signed) {
      logger.info(
        `The CSAF documents and security.txt are to be signed after the build (scripts/sign-site.sh), with one of the published keys ${publicKeys.map(({ fingerprint }) => fingerprint).join(', ')}`,
      );
    } else {
      logger.info(
        'The CSAF documents and security.txt are published unsigned (SIGNED_AFTER_BUILD is not true)',
      );
    }
    if ((process.env[KEY_VARIABLE] ?? '').trim() !== '') {
      logger.warn(
        `${KEY_VARIABLE} is set, but the build never signs and should not have the key: only the deploy's signing job needs it (scripts/sign-site.sh)`,
      );
    }
    return { name: 'milex-signing' };
  };
}
