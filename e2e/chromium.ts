/**
 * Finds Debian's Chromium for the browser tests. No test tool may download a browser of its own,
 * so when none is installed we install the Debian package (as root with apt-get) or stop and say how.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const INSTALL = 'apt-get update && apt-get install -y chromium';

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

/** The path of a Chromium to drive; installs Debian's package first when it can. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found !== undefined) return found;

  if (!canInstallWithApt()) {
    throw new Error(
      [
        'The browser tests need Chromium, and none was found at ' + CANDIDATES.join(' or ') + '.',
        `Install Debian's package:  sudo sh -c '${INSTALL}'`,
        'or point CHROME_PATH at an installed Chromium, then run the tests again.',
      ].join('\n'),
    );
  }
  console.log(`Chromium is not installed; installing Debian's package: ${INSTALL}`);
  execFileSync('sh', ['-c', INSTALL], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (installed === undefined) throw new Error(`"${INSTALL}" ran, but Chromium is still missing.`);
  return installed;
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
