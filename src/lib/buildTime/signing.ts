/**
 * OpenPGP signatures for what the site publishes for machines (issue 24: the CSAF documents, and
 * security.txt), made with OpenPGP.js; no cryptography is written here. The private key comes from
 * the environment only, never from the repository, and no message below ever repeats it or its
 * passphrase: they name the variable, and the fingerprints, which are public.
 */
import * as openpgp from 'openpgp';

/** The environment variables the signing key is read from, as the deploy workflow sets them. */
export const SIGNING_VARIABLES = ['OPENPGP_SIGNING_KEY', 'OPENPGP_SIGNING_KEY_PASSPHRASE'] as const;

export type SigningEnvironment = Readonly<
  Partial<Record<(typeof SIGNING_VARIABLES)[number], string>>
>;

/** A key ready to sign, and the fingerprint it is published under (upper case). */
export interface SigningKey {
  readonly key: openpgp.PrivateKey;
  readonly fingerprint: string;
  /** Said by the build when the key expires within `EXPIRY_WARNING_DAYS`. */
  readonly warning?: string;
}

/** What the build signs with: a key, none (and why, said once), or why the key given cannot sign. */
export type SigningSetting =
  | { readonly key: SigningKey }
  | { readonly unsigned: string }
  | { readonly problems: readonly string[] };

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

/**
 * The signing key of `env`, checked against `publicKeys` (the armoured public keys committed to
 * the repository): it must be one of them, not expired and not revoked on `now`, and its
 * passphrase, when it has one, must open it.
 */
export async function signingKeyFrom(
  env: SigningEnvironment,
  publicKeys: readonly string[],
  now: Date,
): Promise<SigningSetting> {
  const armoured = env.OPENPGP_SIGNING_KEY?.trim() ?? '';
  if (armoured === '') {
    return {
      unsigned:
        'OPENPGP_SIGNING_KEY is not set: the CSAF documents and security.txt are published unsigned',
    };
  }
  let keys: openpgp.PrivateKey[];
  try {
    keys = await openpgp.readPrivateKeys({ armoredKeys: armoured });
  } catch {
    keys = [];
  }
  // OpenPGP.js reads the first armoured block only: count them, so a second key is not passed over.
  const blocks = armoured.match(/^-----BEGIN PGP /gm)?.length ?? 0;
  const [first] = keys;
  if (first === undefined) {
    return {
      problems: [
        'OPENPGP_SIGNING_KEY is not an ASCII-armoured OpenPGP private key (-----BEGIN PGP PRIVATE KEY BLOCK-----)',
      ],
    };
  }
  if (keys.length > 1 || blocks > 1) {
    return {
      problems: [
        `OPENPGP_SIGNING_KEY holds ${String(Math.max(keys.length, blocks))} keys (${keys.map(fingerprintOf).join(', ')}${blocks > keys.length ? ', and more' : ''}): set it to the one private key to sign with`,
      ],
    };
  }
  let key = first;
  const problems: string[] = [];
  const fingerprint = fingerprintOf(key);
  const committedKeys = await Promise.all(
    publicKeys.map((armoredKey) => openpgp.readKey({ armoredKey })),
  );
  const committed = committedKeys.map(fingerprintOf);
  const published = committedKeys.find((candidate) => fingerprintOf(candidate) === fingerprint);
  if (published === undefined) {
    problems.push(
      `OPENPGP_SIGNING_KEY is the key ${fingerprint}, which is not a committed public key (${committed.join(', ') || 'none is committed'}): commit its public key first, or set the team's key`,
    );
  }
  if (await key.isRevoked(undefined, undefined, now)) {
    problems.push(`OPENPGP_SIGNING_KEY (${fingerprint}) is revoked: set the team's current key`);
  } else {
    const expires = await key.getExpirationTime();
    if (expires instanceof Date && expires.getTime() <= now.getTime()) {
      problems.push(
        `OPENPGP_SIGNING_KEY (${fingerprint}) expired on ${expires.toISOString().slice(0, 10)}: extend it or set the team's current key`,
      );
    }
  }
  if (!key.isDecrypted()) {
    // A secret pasted from a file often ends in a newline, which is not part of the passphrase.
    const passphrase = (env.OPENPGP_SIGNING_KEY_PASSPHRASE ?? '').replace(/\r?\n$/, '');
    if (passphrase === '') {
      problems.push(
        `OPENPGP_SIGNING_KEY (${fingerprint}) is protected by a passphrase: set OPENPGP_SIGNING_KEY_PASSPHRASE`,
      );
    } else {
      try {
        key = await openpgp.decryptKey({ privateKey: key, passphrase });
      } catch {
        problems.push(
          `OPENPGP_SIGNING_KEY_PASSPHRASE does not open OPENPGP_SIGNING_KEY (${fingerprint})`,
        );
      }
    }
  }
  if (problems.length > 0 || published === undefined) return { problems };
  // The checks above read the key as the environment holds it. What a client checks is a
  // signature against the committed public key, on the day: its subkeys, their expiry and any
  // revocation committed since. So the key signs once here, and that public key must verify it.
  const trial = await trialProblem(key, published, now);
  if (trial !== undefined) {
    return {
      problems: [
        `OPENPGP_SIGNING_KEY (${fingerprint}) makes no signature that its committed public key verifies today (${trial}): replace the secret with the team's current key, or commit its current public key`,
      ],
    };
  }
  const expires = await expiryOf(published, now);
  const daysLeft =
    expires === undefined ? Infinity : Math.ceil((expires.getTime() - now.getTime()) / DAY_MS);
  return {
    key: {
      key,
      fingerprint,
      ...(daysLeft <= EXPIRY_WARNING_DAYS && expires !== undefined
        ? {
            warning: `The OpenPGP signing key ${fingerprint} expires on ${expires.toISOString().slice(0, 10)}, in ${String(daysLeft)} days: extend it, commit its public key again and replace the secret (README, Signing), or the deploys stop that day`,
          }
        : {}),
    },
  };
}

const DAY_MS = 86_400_000;

/** How many days ahead of the signing key's expiry the build starts to say so. */
export const EXPIRY_WARNING_DAYS = 60;

/** Why `key` cannot sign so that `published` verifies it on `now`, or undefined when it can. */
async function trialProblem(
  key: openpgp.PrivateKey,
  published: openpgp.Key,
  now: Date,
): Promise<string | undefined> {
  try {
    const message = await openpgp.createMessage({ text: 'A trial signature' });
    const armoredSignature = await openpgp.sign({
      message,
      signingKeys: key,
      detached: true,
      date: now,
      format: 'armored',
    });
    const { signatures } = await openpgp.verify({
      message,
      signature: await openpgp.readSignature({ armoredSignature }),
      verificationKeys: published.toPublic(),
      date: now,
    });
    const [first] = signatures;
    if (first === undefined) return 'no signature was made';
    await first.verified;
    return undefined;
  } catch (error) {
    // OpenPGP.js's own words ("Subkey is expired", "Primary key is revoked"), which name key ids
    // at most; its first line only.
    return error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 160) : 'failed';
  }
}

/** The day `published` stops verifying new signatures: its own expiry, or its signing subkey's. */
async function expiryOf(published: openpgp.Key, now: Date): Promise<Date | undefined> {
  const times = [
    await published.getExpirationTime(),
    await (await published.getSigningKey(undefined, now)).getExpirationTime(),
  ].filter((time): time is Date => time instanceof Date);
  return times.length === 0 ? undefined : new Date(Math.min(...times.map((t) => t.getTime())));
}

/** A detached, ASCII-armoured signature of `bytes`, as `<file>.asc` beside the file. */
export async function detachedSignature(bytes: Uint8Array, { key }: SigningKey): Promise<string> {
  const message = await openpgp.createMessage({ binary: bytes });
  return openpgp.sign({ message, signingKeys: key, detached: true, format: 'armored' });
}

/** `text` with an OpenPGP cleartext signature around it (RFC 9116 section 2.3, for security.txt). */
export async function cleartextSigned(text: string, { key }: SigningKey): Promise<string> {
  const message = await openpgp.createCleartextMessage({ text });
  // OpenPGP.js writes the signed lines with CRLF and its own with LF; the signature covers the
  // text with its line ends made canonical (RFC 9580 section 7.1), so one kind, LF, changes nothing.
  const signed = await openpgp.sign({ message, signingKeys: key, format: 'armored' });
  return signed.replace(/\r\n/g, '\n');
}
