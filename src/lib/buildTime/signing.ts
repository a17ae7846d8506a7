/**
 * The public keys the site publishes for its signatures (issues 24 and 34): the files committed
 * in `openpgp/`, read with OpenPGP.js; no cryptography is written here. The build never signs and
 * never reads a private key: scripts/sign-site.sh signs the built site in a job of its own.
 */
import * as openpgp from 'openpgp';

const fingerprintOf = (key: openpgp.Key): string => key.getFingerprint().toUpperCase();

/** A public key as the site publishes it: its fingerprint (upper case), and its armoured text. */
export interface PublicKey {
  readonly fingerprint: string;
  readonly armored: string;
}

/** The armour of a private key, wherever it starts a line. */
const PRIVATE_BLOCK = /^-----BEGIN PGP PRIVATE KEY BLOCK-----/m;

/** How a committed public key's file is named: its fingerprint, in upper case, then `.asc`. */
export const PUBLIC_KEY_FILE = /^([0-9A-F]{40})\.asc$/;

/**
 * The public keys committed in the keys folder, from its files (`name` as in the folder, `path`
 * as a maintainer sees it). Each file is one public key named by its fingerprint; a README is
 * allowed beside them. Everything wrong is listed at once, by file: above all a private key, which
 * must never be in the repository.
 */
export async function committedPublicKeys(
  files: readonly { readonly name: string; readonly path: string; readonly text: string }[],
): Promise<{ readonly keys: readonly PublicKey[] } | { readonly problems: readonly string[] }> {
  const keys: PublicKey[] = [];
  const problems: string[] = [];
  for (const { name, path, text } of files) {
    if (name === 'README.md') continue;
    const named = PUBLIC_KEY_FILE.exec(name)?.[1];
    const exposed = `${path} holds a PRIVATE key: remove it from the repository and its history, and make a new key, since this one is exposed; commit only the public key`;
    // Looked for in the text first: a private key must be named even where it cannot be read.
    if (PRIVATE_BLOCK.test(text)) {
      problems.push(exposed);
      continue;
    }
    let read: openpgp.Key[];
    try {
      read = await openpgp.readKeys({ armoredKeys: text });
    } catch {
      problems.push(
        `${path} is not an ASCII-armoured OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----)`,
      );
      continue;
    }
    if (read.some((key) => key.isPrivate())) {
      problems.push(exposed);
      continue;
    }
    // OpenPGP.js reads the first armoured block only: count them, so none goes unchecked.
    const blocks = text.match(/^-----BEGIN PGP /gm)?.length ?? 0;
    const [key, ...others] = read;
    if (key === undefined || others.length > 0 || blocks > 1) {
      problems.push(
        `${path} holds ${String(Math.max(read.length, blocks))} keys: commit one public key per file`,
      );
      continue;
    }
    const fingerprint = fingerprintOf(key);
    if (named !== fingerprint) {
      problems.push(
        `${path} is named ${JSON.stringify(name)}: a public key file is named by its fingerprint, ${fingerprint}.asc`,
      );
      continue;
    }
    // Published as read, so nothing the checks did not see goes out with it.
    keys.push({ fingerprint, armored: key.armor() });
  }
  return problems.length > 0 ? { problems } : { keys };
}
