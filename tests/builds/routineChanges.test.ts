/**
 * A maintainer's routine changes break no test that has nothing to say about them. Each change is
 * made, alone, on a copy of the project as it is now (whatever its data): a new release, a new
 * advisory, a new security release notice, a new team member, a new preferred report channel. On that copy, the SECURITY.md
 * check fails, with a message naming `npm run security-md`, exactly when SECURITY.md shows the
 * change, and passes once it is rewritten.
 *
 * With all five made at once, on one copy (which, like an archive, has no .git): the unit tests
 * fail only on SECURITY.md being out of date; the type check and the data's lint pass, and the
 * files the changes write (SECURITY.md among them) pass the spelling and formatting checks; the production build passes, with its own checks of every link and anchor; and
 * its pages pass the HTML validation `npm run lint:html` runs, each change on its page. One copy
 * serves all five: the changes touch different files, none of these checks reads one of those
 * files in the light of another, and each change is looked for in the pages. (The browser tests
 * hold only what is true of any valid data; they run on the real build.)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isItemFile } from '../../src/lib/content/folder';
import { releases } from '../../src/data/releases';
import { outputs, pageNames, routes } from '../../src/lib/site';
import { team } from '../../src/data/team';
import { nextAdvisoryId } from '../../src/lib/content/advisories/template';
import { newNoticeFile } from '../../src/lib/content/notices/template';
import { dataListEnd } from '../../src/lib/buildTime/annotations';
import { addDays, utcDayOf } from '../../src/lib/formats/dates';
import { NOTICE_DAYS } from '../../src/lib/notices/model';
import { statesOn } from '../../src/lib/releases/lifecycle';
import { isSupported, newestFirst } from '../../src/lib/releases/model';
import { filledAdvisory } from '../fixtures/filledAdvisory';
import { filledNotice } from '../fixtures/filledNotice';
import { projectCopy } from './siteCopy';

const today = utcDayOf(new Date());

/** A report channel to put first: an e-mail address that no real data holds. */
const NEW_ADDRESS = 'routine-change@security.example.org';
const NEW_CHANNEL = `{ kind: 'email', address: '${NEW_ADDRESS}', howToFile: 'Write to the team.' }`;

/** The title of the notice the routine change adds: the banner on every page shows it. */
const NOTICE_TITLE = 'Routine-change security release';

/** The unit test that says whether SECURITY.md is current. */
const SECURITY_MD_TEST = 'tests/securityMdCurrent.test.ts';

/** `source` with `entry` added at the end of its data list (the list the build's annotations read). */
async function appendEntry(source: string, entry: string): Promise<string> {
  const end = await dataListEnd(source);
  if (end === undefined) throw new Error('no data list found');
  const before = source.slice(0, end).trimEnd();
  const comma = before.endsWith('[') || before.endsWith(',') ? '' : ',';
  return `${before}${comma}\n  ${entry},\n${source.slice(end)}`;
}

/** The branch after the newest one (1.3 → 1.4, 4.x → 5.x), one that does not exist yet. */
function nextBranch(): string {
  const branches = new Set<string>(releases.map((release) => release.branch));
  const [major = '1', minor = '0'] = (newestFirst(releases)[0]?.branch ?? '1.0').split('.');
  let candidate = '';
  for (let step = 1; candidate === '' || branches.has(candidate); step += 1) {
    candidate =
      minor === 'x'
        ? `${String(Number(major) + step)}.x`
        : `${major}.${String(Number(minor) + step)}`;
  }
  return candidate;
}

/** A released version on `branch` (`1.3` → `1.3.1`, `4.x` → `4.0.1`), for an advisory's fix. */
const versionOn = (branch: string): string => `${branch.replace(/\.x$/, '.0')}.1`;

interface Change {
  readonly name: string;
  /** Writes the change into the copy at `dir`; resolves to the file it wrote, from `dir`. */
  readonly make: (dir: string) => Promise<string>;
}

const edit = async (
  dir: string,
  file: string,
  change: (text: string) => string | Promise<string>,
): Promise<string> => {
  const path = join(dir, file);
  writeFileSync(path, await change(readFileSync(path, 'utf8')));
  return file;
};

const changes: readonly Change[] = [
  {
    name: 'a new release',
    make: (dir) => {
      const branch = nextBranch();
      return edit(dir, 'src/data/releases.ts', (text) =>
        appendEntry(
          text,
          `{ branch: '${branch}', betaRelease: '${addDays(today, -30)}', initialRelease: '${today}', activeSupportUntil: '${addDays(today, 180)}', securitySupportUntil: '${addDays(today, 365)}' }`,
        ),
      );
    },
  },
  {
    name: 'a new advisory',
    make: async (dir) => {
      const existing = readdirSync(join(dir, 'advisories'))
        .filter(isItemFile)
        .map((name) => name.replace(/\.md$/, ''));
      const id = nextAdvisoryId(existing, Number(today.slice(0, 4)));
      const branches = newestFirst(releases).map((release) => release.branch);
      const branch = branches[0] ?? '1.0';
      const file = join('advisories', `${id}.md`);
      writeFileSync(
        join(dir, file),
        filledAdvisory({ id, today, branches, branch, fixedIn: versionOn(branch) }),
      );
      return Promise.resolve(file);
    },
  },
  {
    name: 'a new team member',
    make: (dir) => {
      const names = new Set(team.map((member) => member.name));
      const name = ['Grace Hopper', 'Ada Lovelace', 'Radia Perlman'].find((n) => !names.has(n));
      return edit(dir, 'src/data/team.ts', (text) =>
        appendEntry(text, `{ name: '${name ?? 'New Member'}', role: 'Triage' }`),
      );
    },
  },
  {
    name: 'a new security release notice',
    make: (dir) => {
      const planned = newNoticeFile(
        'notices',
        existsSync(join(dir, 'notices')) ? readdirSync(join(dir, 'notices')) : [],
        Number(today.slice(0, 4)),
      );
      if ('problem' in planned) throw new Error(planned.problem);
      const branches = newestFirst(releases).map((release) => release.branch);
      // A branch supported on the release day: one of the table's, or else the new release's,
      // which the release change adds (a notice for an end-of-life branch is refused).
      const supported = statesOn(releases, addDays(today, NOTICE_DAYS)).find((state) =>
        isSupported(state.status),
      )?.lifecycle.release.branch;
      const file = join('notices', planned.name);
      writeFileSync(
        join(dir, file),
        filledNotice({
          id: planned.id,
          today,
          branches,
          branch: supported ?? nextBranch(),
          title: NOTICE_TITLE,
        }),
      );
      return Promise.resolve(file);
    },
  },
  {
    name: 'a new preferred report channel',
    make: (dir) =>
      edit(dir, 'src/data/site.ts', (text) => {
        const list = 'reportChannels: [';
        if (!text.includes(list)) throw new Error(`site.ts does not hold ${list}`);
        return text.replace(list, `${list}\n    ${NEW_CHANNEL},`);
      }),
  },
];

interface Run {
  readonly status: number | null;
  readonly output: string;
}

/**
 * Runs `command` in `dir`, as a maintainer's shell would have it: none of Vitest's own settings
 * (NODE_ENV, BASE_URL), nor GitHub Actions' or the repository's, nor a signing key (tests never
 * sign with the team's).
 */
function run(dir: string, command: string, args: readonly string[]): Promise<Run> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !/^(GITHUB_|REPOSITORY_|OPENPGP_|VITEST|NODE_ENV$|BASE_URL$|MODE$|PROD$|DEV$|SSR$)/.test(
          name,
        ),
    ),
  );
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: dir, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 600_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

/**
 * `tasks` two at a time: most of each is a build or a Vitest run in a child process, mostly on
 * one core, so two share this project's 2-core machine well.
 */
async function twoAtATime(tasks: readonly (() => Promise<void>)[]): Promise<void> {
  const queue = [...tasks];
  const worker = async (): Promise<void> => {
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) await task();
  };
  await Promise.all([worker(), worker()]);
}

/**
 * What failed in a unit run of `files` (all the unit tests when none is named), from Vitest's JSON
 * report: each failed test, and each test file that failed without a failed test (one that cannot
 * load). Also checks that the report and the exit code agree, so a run that crashed cannot pass
 * for a clean one.
 */
async function failedUnitTests(dir: string, files: readonly string[] = []): Promise<string[]> {
  // Outside the copy, so that it is no file of the project's for the checks that follow.
  const report = `${dir}-unit-report.json`;
  const result = await run(dir, 'npx', [
    'vitest',
    'run',
    ...files,
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  const { testResults, success } = JSON.parse(readFileSync(report, 'utf8')) as {
    success: boolean;
    testResults: {
      name: string;
      status: string;
      message?: string;
      assertionResults: { fullName: string; status: string }[];
    }[];
  };
  expect(result.status === 0, result.output).toBe(success);
  expect(testResults.length, 'test files run').toBeGreaterThanOrEqual(
    files.length === 0 ? 10 : files.length,
  );
  return testResults.flatMap((file) => {
    const name = file.name.slice(dir.length + 1);
    const tests = file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${name}: ${test.fullName}`);
    return tests.length === 0 && file.status === 'failed'
      ? [`${name}: ${file.message ?? 'the file failed'}`]
      : tests;
  });
}

/** The failure of the SECURITY.md check when SECURITY.md does not show src/data/ as it is. */
const SECURITY_MD_OUT_OF_DATE = `${SECURITY_MD_TEST}: SECURITY.md is up to date with src/data/ (if not, run \`npm run security-md\` and commit the result)`;

/** What one change alone did to the SECURITY.md check. */
interface Alone {
  readonly dir: string;
  /** The SECURITY.md check's failures with the change made. */
  readonly failedBefore: readonly string[];
  readonly regenerate: Run;
  readonly changed: boolean;
  /** The SECURITY.md check once `npm run security-md` has run. */
  readonly rerun: Run;
}

/** The copy with all five changes: its unit tests, its build, and what each check said of it. */
interface AllFour {
  readonly dir: string;
  /** The unit tests' failures with the five changes made, before SECURITY.md is rewritten. */
  readonly failedBefore: readonly string[];
  /** The SECURITY.md check once `npm run security-md` has run. */
  readonly rerun: Run;
  readonly build: Run;
  readonly checks: ReadonlyMap<string, Run>;
}

const alone = new Map<string, Alone>();
let allFour: AllFour;

async function checkAlone({ name, make }: Change): Promise<void> {
  const dir = projectCopy('milex-routine-');
  const securityMdBefore = readFileSync(join(dir, 'SECURITY.md'), 'utf8');
  await make(dir);
  const failedBefore = await failedUnitTests(dir, [SECURITY_MD_TEST]);
  const regenerate = await run(dir, 'npm', ['run', 'security-md']);
  const changed = readFileSync(join(dir, 'SECURITY.md'), 'utf8') !== securityMdBefore;
  const rerun = await run(dir, 'npx', ['vitest', 'run', SECURITY_MD_TEST]);
  alone.set(name, { dir, failedBefore, regenerate, changed, rerun });
}

async function checkAllFour(): Promise<void> {
  const dir = projectCopy('milex-routine-all-');
  const written = ['SECURITY.md'];
  for (const { make } of changes) written.push(await make(dir));
  const failedBefore = await failedUnitTests(dir);
  await run(dir, 'npm', ['run', 'security-md']);
  const rerun = await run(dir, 'npx', ['vitest', 'run', SECURITY_MD_TEST]);
  const build = await run(dir, 'npm', ['run', 'build']);
  const checks = new Map<string, Run>();
  for (const [name, command, args] of [
    ['typecheck', 'npm', ['run', 'typecheck']],
    // Spelling and formatting are checked file by file: npm test checks the files the changes
    // leave as they are, so here only the ones they write, with the same settings.
    ['spell', 'npx', ['cspell', '--no-progress', '--no-must-find-files', ...written]],
    ['format:check', 'npx', ['prettier', '--check', ...written]],
    ['the lint of the data', 'npx', ['eslint', '--max-warnings', '0', 'src/data']],
    ['lint:html', 'npx', ['html-validate', 'build/**/*.html']],
  ] as const) {
    checks.set(name, await run(dir, command, args));
  }
  allFour = { dir, failedBefore, rerun, build, checks };
}

beforeAll(async () => {
  await twoAtATime([checkAllFour, ...changes.map((change) => () => checkAlone(change))]);
}, 900_000);

afterAll(() => {
  for (const { dir } of [...alone.values(), ...[allFour].filter(Boolean)]) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}-unit-report.json`, { force: true });
  }
});

describe.each(changes)('$name', ({ name }) => {
  const result = (): Alone => {
    const found = alone.get(name);
    if (found === undefined) throw new Error(`${name} was not checked`);
    return found;
  };

  it('fails the SECURITY.md check when SECURITY.md shows the change, naming the command that fixes it', () => {
    const { regenerate, failedBefore, changed } = result();
    expect(regenerate.status, regenerate.output).toBe(0);
    expect(failedBefore).toEqual(changed ? [SECURITY_MD_OUT_OF_DATE] : []);
  });

  it('passes the SECURITY.md check once SECURITY.md is rewritten', () => {
    const { rerun } = result();
    expect(rerun.status, rerun.output).toBe(0);
  });
});

/**
 * The checks that read files one by one (types, the data's lint, spelling, formatting) and the
 * checks of the built pages run once, on a copy with all five changes: none of them can pass a
 * file alone and fail it beside another, and the pages show each change.
 */
describe('all five changes at once, on a copy outside git', () => {
  const page = (path: string): string =>
    readFileSync(
      join(allFour.dir, 'build', `${path === '/' ? 'index' : path.slice(1)}.html`),
      'utf8',
    );
  const check = (name: string): Run => {
    const found = allFour.checks.get(name);
    if (found === undefined) throw new Error(`${name} did not run`);
    return found;
  };

  it('fail no unit test but the SECURITY.md check, and pass every one once it is rewritten', () => {
    const shown = [...alone.values()].some(({ changed }) => changed);
    expect(allFour.failedBefore).toEqual(shown ? [SECURITY_MD_OUT_OF_DATE] : []);
    expect(allFour.rerun.status, allFour.rerun.output).toBe(0);
    // Every other unit test passed above, and `npm run security-md` writes SECURITY.md alone: the
    // SECURITY.md check, run again, is the only one that can change if no other reads the file.
    const readers = execFileSync('git', ['grep', '-l', 'SECURITY.md', '--', '*.test.ts'], {
      cwd: process.cwd(),
      encoding: 'utf8',
    })
      .split('\n')
      // The unit tests, that is: the build tests (this one among them) are not among them.
      .filter((file) => file !== '' && !file.startsWith('tests/builds/'))
      .filter((file) => readFileSync(file, 'utf8').includes("'SECURITY.md'"));
    expect(readers, 'unit tests that read SECURITY.md').toEqual([SECURITY_MD_TEST]);
  });

  it('pass npm run typecheck', () => {
    const result = check('typecheck');
    expect(result.status, result.output).toBe(0);
  });

  it.each(['spell', 'format:check'])('write files that pass npm run %s', (script) => {
    const result = check(script);
    expect(result.status, result.output).toBe(0);
  });

  it('pass the lint of the data', () => {
    const result = check('the lint of the data');
    expect(result.status, result.output).toBe(0);
  });

  it('build, outside a git checkout: no last-updated date, and no edit link', () => {
    expect(existsSync(join(allFour.dir, '.git'))).toBe(false);
    expect(allFour.build.status, allFour.build.output).toBe(0);
    const scope = page(routes.scope);
    expect(scope).toContain(`<h1>${pageNames.scope}</h1>`);
    expect(scope).not.toContain('data-last-updated');
    expect(scope).not.toContain('theme-edit-this-page');
  });

  it('build nobody signs: it says so once, and publishes unsigned, as a CSAF provider', () => {
    expect(allFour.build.status, allFour.build.output).toBe(0);
    const notices = allFour.build.output.match(/published unsigned \(SIGNED_AFTER_BUILD/g) ?? [];
    expect(notices).toHaveLength(1);
    const built = (path: string): string => join(allFour.dir, 'build', path.slice(1));
    const metadata = JSON.parse(readFileSync(built(outputs.csafProviderMetadata), 'utf8')) as {
      role: string;
    };
    expect(metadata).toMatchObject({ role: 'csaf_provider' });
    expect(metadata).not.toHaveProperty('public_openpgp_keys');
    expect(readFileSync(built(outputs.csafFeed), 'utf8')).not.toContain('"signature"');
    expect(existsSync(built(outputs.csafOpenpgpKeys))).toBe(false);
    expect(readFileSync(built(outputs.securityTxt), 'utf8')).not.toContain('BEGIN PGP');
  });

  it('show each change on its page', () => {
    const branch = nextBranch();
    // The HTML minifier drops quotes it does not need.
    expect(page(routes.supportedVersions)).toMatch(
      new RegExp(`data-branch="?${branch.replace('.', '\\.')}"?[ >]`),
    );
    const advisories = readdirSync(join(allFour.dir, 'advisories')).filter(isItemFile);
    for (const file of advisories) {
      expect(
        existsSync(join(allFour.dir, 'build', 'advisories', `${file.replace(/\.md$/, '')}.html`)),
      ).toBe(true);
    }
    expect(page(routes.team)).toContain('data-team-members');
    // The notice is in the banner of every page, and in the list of coming releases.
    for (const path of ['/', routes.scope]) expect(page(path)).toContain(NOTICE_TITLE);
    expect(page(routes.announcements)).toMatch(/data-notice-list="?coming"?[ >][^]*Routine-change/);
    // The navbar and the home page's report link open the new channel, and security.txt names it
    // first.
    expect(page('/')).toMatch(
      new RegExp(`href="?mailto:${NEW_ADDRESS.replace(/\./g, '\\.')}[" >]`),
    );
    expect(readFileSync(join(allFour.dir, 'build', '.well-known', 'security.txt'), 'utf8')).toMatch(
      new RegExp(`^# .*\\nContact: mailto:${NEW_ADDRESS.replace(/\./g, '\\.')}\\n`),
    );
  });

  it('pass the HTML validation of npm run lint:html', () => {
    const result = check('lint:html');
    expect(result.status, result.output).toBe(0);
  });
});
