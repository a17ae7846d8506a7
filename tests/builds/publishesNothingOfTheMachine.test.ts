/**
 * Nothing of the machine that builds the site is published (issue 34). Docusaurus copies the file
 * behind an image or a file link of the Markdown, and `static/` whole, following paths and
 * symlinks wherever they lead: a pull request's advisory or notice could publish the build's
 * environment (`/proc/self/environ`), a signing key among it had it one. Each build below runs
 * with a canary in its environment: the hostile copies must stop, naming each line at fault, and a
 * good build, given a signing key too and then signed with it, must hold none of them in any file.
 */
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { markedLine, markers } from '../fixtures/badDataMarkers';
import { filledAdvisory } from '../fixtures/filledAdvisory';
import { fixtureReleases } from '../fixtures/releases';
import { ensureGpg } from '../../e2e/chromium';
import { DOCUMENTS, gpgKey, KEYS, SCRIPT, SECURITY_TXT, type TestKey } from './gpgKeys';
import { buildIn, releasesModule, siteCopy } from './siteCopy';

/** What a build must never publish, given to every build of this file in its environment. */
const CANARY = `milex-build-canary-${randomUUID()}`;
const SECRETS = { MILEX_BUILD_CANARY: CANARY };

const HOSTILE = 'tests/fixtures/hostile';
const read = (file: string): string => readFileSync(join(HOSTILE, file), 'utf8');
const outputOf = (run: ReturnType<typeof buildIn>): string =>
  `${String(run.stdout)}\n${String(run.stderr)}`;

/** Every file under `dir`, as bytes. */
function* filesUnder(dir: string): Generator<{ path: string; bytes: Buffer }> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield { path, bytes: readFileSync(path) };
  }
}

describe.each([
  { what: 'an advisory', file: 'advisories/MILEX-2026-001.md', count: 5 },
  { what: 'a notice', file: 'notices/MILEX-SR-2025-001.md', count: 2 },
])('npm run build with $what whose text names files of the build machine', ({ file, count }) => {
  const text = read(file.slice(file.indexOf('/') + 1));
  let copy: string;
  let run: ReturnType<typeof buildIn>;

  beforeAll(() => {
    copy = siteCopy('milex-hostile-', {
      'src/data/releases.ts': releasesModule(fixtureReleases),
      [file]: text,
    });
    run = buildIn(copy, SECRETS);
  }, 150_000);

  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it('stops, naming every such link and image at its line, and writes nothing', () => {
    expect(run.status).not.toBe(0);
    const output = outputOf(run);
    const expected = markers(text);
    expect(expected).toHaveLength(count);
    const listed = output
      .split('\n')
      .map((line) => new RegExp(`^\\s*- ${file}:(\\d+): (.*)$`).exec(line))
      .filter((match) => match !== null)
      .map(([, line, problem]) => ({ line: Number(line), problem: problem ?? '' }));
    for (const { line, start } of expected) {
      expect(
        listed.some((item) => item.line === line && item.problem.startsWith(start)),
        `${file}:${String(line)}: ${start}`,
      ).toBe(true);
    }
    for (const { line, problem } of listed) expect(markedLine(text, problem), problem).toBe(line);
    expect(output).not.toContain(CANARY);
    expect(existsSync(join(copy, 'build'))).toBe(false);
  });
});

describe('npm run build with a symlink out of the repository', () => {
  let copy: string;
  let run: ReturnType<typeof buildIn>;

  beforeAll(() => {
    copy = siteCopy('milex-symlink-', {});
    mkdirSync(join(copy, 'static', 'files'), { recursive: true });
    symlinkSync('/etc/os-release', join(copy, 'static', 'img', 'x.txt'));
    symlinkSync('/proc/self/environ', join(copy, 'static', 'files', 'environ'));
    symlinkSync('/etc/hostname', join(copy, 'docs', 'hostname.md'));
    run = buildIn(copy, SECRETS);
  }, 150_000);

  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it('stops before anything is built, naming each link and where it points', () => {
    expect(run.status).not.toBe(0);
    const output = outputOf(run);
    expect(output).toContain("The site's folders hold 3 symlinks to files outside the repository");
    for (const [link, target] of [
      ['static/files/environ', '/proc/self/environ'],
      ['static/img/x.txt', '/etc/os-release'],
      ['docs/hostname.md', '/etc/hostname'],
    ]) {
      expect(output).toContain(`  - ${link ?? ''} points to "${target ?? ''}"`);
    }
    expect(output).not.toContain(CANARY);
    expect(existsSync(join(copy, 'build'))).toBe(false);
  });
});

describe('npm run build of an advisory that links files of static/, with a signing key in its environment, then signed', () => {
  const id = 'MILEX-2026-001';
  const PATCH = `The patch of ${id}.\n`;
  const PASSPHRASE = `passphrase-${randomUUID()}`;
  let copy: string;
  let home: string;
  let key: TestKey;
  let run: ReturnType<typeof buildIn>;
  let signing: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    ensureGpg();
    home = mkdtempSync(join(tmpdir(), 'milex-canary-key-'));
    key = gpgKey(home, { passphrase: PASSPHRASE });
    const advisory = filledAdvisory({
      id,
      today: '2026-03-01',
      branches: fixtureReleases.map((release) => release.branch),
      branch: '1.2',
      fixedIn: '1.2.3',
    });
    copy = siteCopy('milex-static-files-', {
      'src/data/releases.ts': releasesModule(fixtureReleases),
      [`advisories/${id}.md`]: `${advisory}\nApply [the patch](/files/fix.patch), as drawn here: ![The fix](/img/logo.svg).\n`,
    });
    mkdirSync(join(copy, 'static', 'files'));
    writeFileSync(join(copy, 'static', 'files', 'fix.patch'), PATCH);
    writeFileSync(join(copy, 'openpgp', `${key.fingerprint}.asc`), key.public);
    // The key reaches the build here, as it must not in the deploy, to show that even then no
    // byte of it is published; then the site is signed with it as the signing job signs it.
    const keyEnv = { OPENPGP_SIGNING_KEY: key.secret, OPENPGP_SIGNING_KEY_PASSPHRASE: PASSPHRASE };
    run = buildIn(copy, { ...SECRETS, ...keyEnv, SIGNED_AFTER_BUILD: 'true' });
    signing = spawnSync('bash', [SCRIPT, join(copy, 'build'), KEYS, DOCUMENTS, SECURITY_TXT], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: home, ...SECRETS, ...keyEnv },
    });
  }, 300_000);

  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  it('builds, and publishes the file it links', () => {
    expect(run.status, outputOf(run)).toBe(0);
    const published = [...filesUnder(join(copy, 'build'))].filter(({ bytes }) =>
      bytes.equals(Buffer.from(PATCH)),
    );
    expect(published.length).toBeGreaterThan(0);
  });

  it('says the key should not be there, and is signed after the build by sign-site.sh', () => {
    expect(run.status, outputOf(run)).toBe(0);
    expect(outputOf(run)).toContain(
      'OPENPGP_SIGNING_KEY is set, but the build never signs and should not have the key',
    );
    expect(signing.status, outputOf(signing)).toBe(0);
    expect(outputOf(signing)).toContain(`with the OpenPGP key ${key.fingerprint}`);
    expect(readFileSync(join(copy, 'build', SECURITY_TXT), 'utf8')).toMatch(
      /^-----BEGIN PGP SIGNED MESSAGE-----\n/,
    );
  });

  it('holds the secrets of its environment, the key and its passphrase, in no file and no log', () => {
    // Each line of the private key's armour that its public key, which is published, does not
    // share; the passphrase; the canary.
    const published = new Set(key.public.split('\n'));
    const secrets = [
      CANARY,
      PASSPHRASE,
      ...key.secret.split('\n').filter((line) => line.length >= 16 && !published.has(line)),
    ];
    expect(secrets.length).toBeGreaterThan(3);
    const holding = [...filesUnder(join(copy, 'build'))].flatMap(({ path, bytes }) =>
      secrets.filter((secret) => bytes.includes(Buffer.from(secret))).map(() => path),
    );
    expect(holding).toEqual([]);
    for (const output of [outputOf(run), outputOf(signing)]) {
      for (const secret of secrets) expect(output).not.toContain(secret);
    }
  });
});
