/**
 * Finds Debian's Chromium for the browser tests, and the other Debian tools tests read outputs with
 * (feedparser). No test tool may download a browser or a tool of its own, so when one is missing
 * we install the Debian package (as root with apt-get) or stop and say how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    }
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallWithApt(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * What `find` finds, after installing Debian's `debianPackage` when it finds nothing and the
 * tests run as root with apt-get; otherwise an error that says how to install it. `what` names the
 * tool, and what needs it, for the messages.
 */
export function ensureDebianTool(
  what: string,
  debianPackage: string,
  find: () => string | undefined,
  where: string,
): string {
  const found = find();
  if (found !== undefined) return found;
  const install = `apt-get update && apt-get install -y ${debianPackage}`;
  if (!canInstallWithApt()) {
    throw new Error(
      [
        `${what}, and none was found ${where}.`,
        `Install Debian's package:  sudo sh -c '${install}'`,
        'then run the tests again.',
      ].join('\n'),
    );
  }
  console.log(`${debianPackage} is not installed; installing Debian's package: ${install}`);
  execFileSync('sh', ['-c', install], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = find();
  if (installed === undefined)
    throw new Error(`"${install}" ran, but ${debianPackage} is still missing.`);
  return installed;
}

/** The path of a Chromium to drive; installs Debian's package first when it can. */
export function ensureChromium(): string {
  return ensureDebianTool(
    'The browser tests need Chromium (or CHROME_PATH pointing at one)',
    'chromium',
    findChromium,
    `at ${CANDIDATES.join(' or ')}`,
  );
}

/**
 * Debian's Python, with Debian's feedparser (python3-feedparser), the feed reader the tests read
 * the feeds with: a reader written by others, that decides as real readers do whether a title is
 * HTML. Debian's own interpreter, not another one found first on PATH, which lacks the package.
 */
export const DEBIAN_PYTHON = '/usr/bin/python3';

export function ensureFeedparser(): string {
  const find = (): string | undefined => {
    try {
      execFileSync(DEBIAN_PYTHON, ['-c', 'import feedparser'], { stdio: 'ignore' });
      return DEBIAN_PYTHON;
    } catch {
      return undefined;
    }
  };
  return ensureDebianTool(
    'The feed tests need Python with feedparser',
    'python3-feedparser',
    find,
    `for ${DEBIAN_PYTHON}`,
  );
}

/**
 * GnuPG (Debian's gnupg), the OpenPGP client the tests verify signatures with: a client written by
 * others than the library that signed, as the people who check the site's signatures use.
 */
export function ensureGpg(): string {
  return ensureDebianTool(
    'The signature tests need GnuPG',
    'gnupg',
    () => {
      try {
        execFileSync('gpg', ['--version'], { stdio: 'ignore' });
        return 'gpg';
      } catch {
        return undefined;
      }
    },
    'on PATH',
  );
}

/** Flags for a headless run on a machine with no network but loopback and no GPU. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
