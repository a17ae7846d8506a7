/**
 * Proves that `docusaurus build` itself refuses bad data, not just the validation function:
 * a copy of the site with the broken files of tests/fixtures/badData/ is built and must stop with
 * every problem named, and in GitHub Actions annotate each on the line its fixture marks.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ANNOTATION_TITLE } from '../../src/lib/buildTime/annotate';
import { errorCommand } from '../../src/lib/buildTime/annotations';
import { validateReleases } from '../../src/lib/releases/validate';
import { validateTeam } from '../../src/lib/team/validate';
import { located, type Validation } from '../../src/lib/formats/problems';
import { utcDayOf } from '../../src/lib/formats/dates';
import { markedLine } from '../fixtures/badDataMarkers';
import { filledAdvisory } from '../fixtures/filledAdvisory';
import { releases as badReleases } from '../fixtures/badData/releases';
import { team as badTeam } from '../fixtures/badData/team';
import { fixtureReleases } from '../fixtures/releases';
import { buildIn, releasesModule, siteCopy } from './siteCopy';

/** The problems a check found; fails the test when it found none. */
function problemsOf(result: Validation<unknown>): readonly string[] {
  if (result.ok) throw new Error('the bad fixture was accepted');
  return result.problems.map((problem) => problem.message);
}

const BAD = 'tests/fixtures/badData';
const read = (file: string): string => readFileSync(join(BAD, file), 'utf8');

/** What a run printed, both streams. */
const outputOf = (run: ReturnType<typeof buildIn>): string =>
  `${String(run.stdout)}\n${String(run.stderr)}`;

/**
 * The item of the build's list for `problem` of `file`: at the line its marker names (the marker
 * gives the start of the problem without the file's name).
 */
function listed(file: string, text: string, problem: string): string {
  const own = problem.startsWith(`${file}: `) ? problem.slice(file.length + 2) : problem;
  return `  - ${located({ file, path: [], message: problem }, markedLine(text, own))}`;
}

/** The workflow command the build should print for `problem`, at the line its marker names. */
function expectedAnnotation(file: string, text: string, problem: string): string {
  return errorCommand({
    file,
    line: markedLine(text, problem),
    title: ANNOTATION_TITLE,
    message: problem,
  });
}

/**
 * Each problem of `file` in the build's list is at the line its fixture marks, and in GitHub
 * Actions annotated there with the same words: at least `count` of them.
 */
function expectAnnotationsAtListedLines(
  output: string,
  file: string,
  text: string,
  count: number,
): void {
  const lines = output.split('\n');
  const items = lines
    // Docusaurus indents the lines of an error's message; each problem is a "- " item.
    .map((line) => new RegExp(`^\\s*- ${file}:(\\d+): (.*)$`).exec(line))
    .filter((match) => match !== null);
  expect(items.length).toBeGreaterThanOrEqual(count);
  for (const [, at, rest] of items) {
    const line = markedLine(text, rest ?? '');
    expect(line, rest).toBe(Number(at));
    expect(lines).toContain(
      errorCommand({ file, line, title: ANNOTATION_TITLE, message: `${file}: ${rest ?? ''}` }),
    );
  }
}

describe('npm run build with bad release and team data', () => {
  const releasesText = read('releases.ts');
  const teamText = read('team.ts');
  const releaseProblems = problemsOf(validateReleases(badReleases));
  const teamProblems = problemsOf(validateTeam(badTeam));
  let site: string;
  let plain: ReturnType<typeof buildIn>;
  let actions: ReturnType<typeof buildIn>;

  beforeAll(() => {
    site = siteCopy('milex-bad-data-', {
      'src/data/releases.ts': releasesText,
      'src/data/team.ts': teamText,
    });
    plain = buildIn(site);
    actions = buildIn(site, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: site });
  }, 300_000);

  afterAll(() => {
    rmSync(site, { recursive: true, force: true });
  });

  it('fails, and writes no build output', () => {
    expect(plain.error).toBeUndefined();
    expect(plain.status).not.toBe(0);
    expect(existsSync(join(site, 'build', 'index.html'))).toBe(false);
  });

  it('names every problem in every data file at its line, in one run', () => {
    const output = outputOf(plain);
    expect(output).toContain(
      `src/data/releases.ts has ${String(releaseProblems.length)} problems:`,
    );
    expect(output).toContain('src/data/team.ts has 1 problem:');
    for (const problem of releaseProblems) {
      expect(output).toContain(listed('src/data/releases.ts', releasesText, problem));
    }
    for (const problem of teamProblems) {
      expect(output).toContain(listed('src/data/team.ts', teamText, problem));
    }
  });

  it('prints no workflow commands outside GitHub Actions', () => {
    expect(outputOf(plain)).not.toContain('::error');
  });

  it('in GitHub Actions, also annotates each problem on the line of the entry or field at fault', () => {
    expect(actions.status).not.toBe(0);
    const lines = outputOf(actions).split('\n');
    for (const problem of releaseProblems) {
      expect(lines).toContain(expectedAnnotation('src/data/releases.ts', releasesText, problem));
    }
    for (const problem of teamProblems) {
      expect(lines).toContain(expectedAnnotation('src/data/team.ts', teamText, problem));
    }
    // The list a person reads is there too, as outside Actions.
    for (const problem of releaseProblems) {
      expect(outputOf(actions)).toContain(listed('src/data/releases.ts', releasesText, problem));
    }
  });
});

const advisoryFile = 'advisories/MILEX-2026-001.md';
const noticeFile = 'notices/MILEX-SR-2026-001.md';

describe.each([
  {
    what: 'advisory',
    file: advisoryFile,
    problems: [
      'advisories/ has 7 problems:',
      `${advisoryFile}: id must look like MILEX-2026-001, got "MILEX-2026-1"`,
      `${advisoryFile}: updated 2026-02-01 is before published 2026-03-01`,
      `${advisoryFile}: severity "urgent" is not one of "low", "moderate", "high", "critical"`,
      `${advisoryFile}: cve "CVE-26-1" is not an id such as CVE-2026-12345`,
      `${advisoryFile}: affected[1]: branch "9.9" is not in src/data/releases.ts (the branches are "1.0", "1.2", "1.1", "2.x")`,
      `${advisoryFile}: raw HTML "<b>" (line 3 of the text) is not allowed: write Markdown`,
    ],
    located: 6,
  },
  {
    // The policy's two weeks among them, counted for a day the release was brought forward to.
    what: 'security release notice',
    file: noticeFile,
    problems: [
      'notices/ has 9 problems:',
      `${noticeFile}: id MILEX-SR-2026-001 is numbered in 2026, but published 2025-12-20 is in 2025: ids are numbered in the year they are published, as MILEX-SR-2025-001`,
      `${noticeFile}: branches[0] Milex 1.0 is end of life on the release day, 2026-01-03: a security release is for supported branches only (src/data/releases.ts)`,
      `${noticeFile}: branches[1] "9.9" is not in src/data/releases.ts (the branches are "1.0", "1.2", "1.1", "2.x")`,
      `${noticeFile}: highestSeverity "urgent" is not one of "low", "moderate", "high", "critical"`,
      `${noticeFile}: moves[0]: date 2025-12-01 is before published 2025-12-20`,
      `${noticeFile}: moves[0]: from 2019-01-01 is before published 2025-12-20: the first move's from is the release day the notice announced when it was published`,
      `${noticeFile}: moves[1]: the move on 2025-12-30 brings the release forward from 2026-01-31 to 2026-01-03, 4 days later, but the policy says of an out-of-sequence release that "at least two weeks’ notice will be provided": move it to 2026-01-13 or later (releaseDay)`,
      `${noticeFile}: moves[1]: summary is 230 characters long; keep it to 200, one line on why the day moved, and put the rest in the notice's text`,
      `${noticeFile}: released.advisories[0] MILEX-2026-999 is not a published advisory: add advisories/MILEX-2026-999.md first, or correct the id`,
    ],
    located: 9,
  },
])('npm run build with a bad $what', ({ file, problems, located: atLeast }) => {
  const text = read(file.slice(file.indexOf('/') + 1));
  let copy: string;
  let run: ReturnType<typeof buildIn>;

  beforeAll(() => {
    copy = siteCopy('milex-bad-item-', {
      // The test's own releases, so the message's list of branches does not follow the real data.
      'src/data/releases.ts': releasesModule(fixtureReleases),
      [file]: text,
    });
    run = buildIn(copy, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: copy });
  }, 150_000);

  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it('stops, naming the file and every bad field at its line, and writes nothing', () => {
    expect(run.status).not.toBe(0);
    const output = outputOf(run);
    const [heading, ...each] = problems;
    expect(output).toContain(heading);
    for (const problem of each) expect(output).toContain(listed(file, text, problem));
    expect(existsSync(join(copy, 'build', 'index.html'))).toBe(false);
  });

  it('in GitHub Actions, annotates each problem on the line the list names', () => {
    expectAnnotationsAtListedLines(outputOf(run), file, text, atLeast);
  });
});

describe('npm run build with a broken link in an advisory', () => {
  const id = 'MILEX-2026-001';
  let copy: string;
  let run: ReturnType<typeof buildIn>;

  beforeAll(() => {
    const advisory = filledAdvisory({
      id,
      today: utcDayOf(new Date()),
      branches: fixtureReleases.map((release) => release.branch),
      branch: '1.2',
      fixedIn: '1.2.3',
    });
    copy = siteCopy('milex-advisory-link-', {
      'src/data/releases.ts': releasesModule(fixtureReleases),
      [`advisories/${id}.md`]: `${advisory}\nRead [the policy](/no-such-page) first.\n`,
    });
    run = buildIn(copy);
  }, 150_000);

  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  // Docusaurus checks links once the pages are written: the build fails, so nothing is deployed.
  it('fails, naming the advisory page and the link', () => {
    expect(run.status).not.toBe(0);
    const output = outputOf(run);
    expect(output).toContain('broken link');
    expect(output).toMatch(new RegExp(`source page path = \\S*/advisories/${id}\\b`));
    expect(output).toContain('linking to /no-such-page');
  });
});

describe('npm run build with a bad address or security.txt period', () => {
  const cases = [
    {
      env: { SITE_URL: 'http://www.milex.org' },
      message: 'SITE_URL "http://www.milex.org" must use https:// in a production build',
    },
    {
      env: { BASE_URL: 'security' },
      message: 'BASE_URL "security" must start and end with "/"',
    },
    {
      // A clone address pasted as the site's: the password must reach neither the site nor the log.
      env: { SITE_URL: 'https://deploy:hunter2@www.milex.org' },
      message: 'SITE_URL must not hold a user name or password',
    },
    {
      env: { SECURITY_TXT_EXPIRES_DAYS: '0x10' },
      message: 'SECURITY_TXT_EXPIRES_DAYS="0x10" is wrong',
    },
    {
      env: { SECURITY_TXT_EXPIRES_DAYS: '400' },
      message: 'SECURITY_TXT_EXPIRES_DAYS="400" is wrong',
    },
    {
      env: { SECURITY_TXT_EXPIRES_DAYS: 'six months' },
      message: 'SECURITY_TXT_EXPIRES_DAYS="six months" is wrong',
    },
    {
      env: { BASE_URL: 'security', BUILD_DAY: 'today', SECURITY_TXT_EXPIRES_DAYS: '0' },
      // Every wrong setting in one run (Docusaurus indents the lines after the first).
      message: [
        'The build settings are wrong:',
        '- BASE_URL "security" must start and end with "/" (e.g. /security/)',
        '- BUILD_DAY must be a calendar date written YYYY-MM-DD, got "today"',
        '- SECURITY_TXT_EXPIRES_DAYS="0" is wrong',
      ],
    },
  ];

  // Each run stops while the config loads: Node's start-up mostly, so they run side by side.
  it.concurrent.each(cases)(
    'stops with a message naming $env',
    async ({ env, message }) => {
      // Vitest sets BASE_URL to '/'; each case starts from the defaults plus its bad value.
      const { status, output, built } = await stoppedBuild('.', { BASE_URL: undefined, ...env });
      expect(status).not.toBe(0);
      for (const line of [message].flat()) expect(output).toContain(line);
      expect(output).not.toContain('hunter2');
      expect(built).toBe(false);
    },
    300_000,
  );
});

/** This process's environment without a signing key: tests never pass the team's key on. */
const withoutSigningKey = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('OPENPGP_')),
);

/**
 * `docusaurus build` in `dir` with `env` over this process's (less any signing key), into a
 * folder of its own, for runs that should stop early: what it printed, how it ended, and whether
 * it wrote any page.
 */
async function stoppedBuild(
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ status: number | null; output: string; built: boolean }> {
  const outDir = mkdtempSync(join(tmpdir(), 'milex-stopped-'));
  try {
    const { status, output } = await new Promise<{ status: number | null; output: string }>(
      (done) => {
        const child = spawn(
          process.execPath,
          ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', '--out-dir', outDir],
          { cwd: dir, env: { ...withoutSigningKey, NODE_ENV: 'production', ...env } },
        );
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
        child.on('close', (code) => {
          done({ status: code, output: text });
        });
      },
    );
    return { status, output, built: existsSync(join(outDir, 'index.html')) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('npm run build with a bad key file, or to be signed with no key to publish', () => {
  /** A key made for this test only, never the team's. */
  const testKey = () =>
    openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 'Test only' }],
      format: 'armored',
    });
  const fingerprintOf = async (armoredKey: string): Promise<string> =>
    (await openpgp.readKey({ armoredKey })).getFingerprint().toUpperCase();
  const copies: string[] = [];
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });
  /**
   * A copy of the site whose openpgp/ folder holds `files` and nothing else: whatever keys the
   * team has committed are left out, so the messages below hold for any real folder.
   */
  const copyWithKeys = (files: Record<string, string>): string => {
    const copy = siteCopy('milex-keys-', {});
    copies.push(copy);
    const folder = join(copy, 'openpgp');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    return copy;
  };

  it.concurrent(
    'stops when the build is to be signed (SIGNED_AFTER_BUILD=true) and openpgp/ holds no public key',
    async () => {
      const run = await stoppedBuild(copyWithKeys({ 'README.md': '# Keys\n' }), {
        SIGNED_AFTER_BUILD: 'true',
      });
      expect(run.status).not.toBe(0);
      expect(run.built).toBe(false);
      expect(run.output).toContain(
        'The build cannot publish the keys its signatures are checked with; nothing was built:',
      );
      expect(run.output).toContain(
        'SIGNED_AFTER_BUILD is true, but openpgp/ holds no public key: commit the public half',
      );
    },
    300_000,
  );

  it.concurrent(
    'stops on a private key committed in openpgp/, signed or not',
    async () => {
      const key = await testKey();
      const fingerprint = await fingerprintOf(key.publicKey);
      const run = await stoppedBuild(copyWithKeys({ [`${fingerprint}.asc`]: key.privateKey }), {});
      expect(run.status).not.toBe(0);
      expect(run.built).toBe(false);
      expect(run.output).toContain(`openpgp/${fingerprint}.asc holds a PRIVATE key`);
      expect(run.output).not.toContain('PRIVATE KEY BLOCK');
    },
    300_000,
  );
});
