// `npm run build:fixtures`: the test build from tests/fixtures/ (docusaurus.fixtures.config.ts),
// into build-fixtures/, then signed as the deploy signs the site: the build publishes the public
// half of a key GnuPG makes for this build alone (never the team's), and scripts/sign-site.sh,
// given the private half in its environment, signs what was built. The build never sees the key.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureGpg } from '../e2e/chromium';
import { outputs } from '../src/lib/site';
import { FIXTURE_KEYS_VARIABLE } from '../tests/fixtures/signing';

const OUT_DIR = 'build-fixtures';
/** A site path as sign-site.sh takes it: relative to the site's folder. */
const inSite = (path: string): string => path.replace(/^\/|\/$/g, '');

/** A command that failed, and has said why. */
class Failed extends Error {}

/** Runs a command with its output shown; throws `Failed` when it fails. */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): void {
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', env });
  if (error !== undefined) throw error;
  if (status !== 0) throw new Failed();
}

const gpgBin = ensureGpg();
const home = mkdtempSync(join(tmpdir(), 'milex-fixture-key-'));
try {
  const gpg = (...args: string[]): string =>
    execFileSync(gpgBin, ['--homedir', home, '--batch', '--no-tty', '--quiet', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  const unlocked = ['--pinentry-mode', 'loopback', '--passphrase', ''];
  gpg(
    ...unlocked,
    '--quick-gen-key',
    'Milex Security fixture build (test only) <fixture@example.org>',
    'ed25519',
    'sign',
    '1y',
  );
  const fingerprint = /^fpr:(?:[^:]*:){8}([0-9A-F]{40}):/m.exec(
    gpg('--with-colons', '--list-keys'),
  )?.[1];
  if (fingerprint === undefined) throw new Error('GnuPG made no key for the fixture build');
  const keys = join(home, 'published');
  mkdirSync(keys);
  writeFileSync(join(keys, `${fingerprint}.asc`), gpg('--armor', '--export', fingerprint));

  // The build, with no key in its environment.
  const {
    OPENPGP_SIGNING_KEY: _key,
    OPENPGP_SIGNING_KEY_PASSPHRASE: _passphrase,
    ...env
  } = process.env;
  run(
    join('node_modules', '.bin', 'docusaurus'),
    ['build', '--config', 'docusaurus.fixtures.config.ts', '--out-dir', OUT_DIR],
    {
      ...env,
      // The fixture site's repository, for its edit links and the team's pages (e2e/content).
      REPOSITORY_URL: 'https://git.example.org/milex/security-site',
      REPOSITORY_BRANCH: 'main',
      [FIXTURE_KEYS_VARIABLE]: keys,
    },
  );
  // Then the signing, as the deploy's signing job runs it.
  run(
    'bash',
    [
      join('scripts', 'sign-site.sh'),
      OUT_DIR,
      inSite(outputs.csafOpenpgpKeys),
      inSite(outputs.csafDocuments),
      inSite(outputs.securityTxt),
    ],
    {
      ...env,
      OPENPGP_SIGNING_KEY: gpg(...unlocked, '--armor', '--export-secret-keys', fingerprint),
    },
  );
} catch (error) {
  if (!(error instanceof Failed)) throw error;
  process.exitCode = 1;
} finally {
  spawnSync('gpgconf', ['--homedir', home, '--kill', 'gpg-agent'], { stdio: 'ignore' });
  rmSync(home, { recursive: true, force: true });
}
