/**
 * A maintainer's routine changes break no test that has nothing to say about them. Each change is
 * made, alone, on a copy of the project as it is now (whatever its data): a new release, a new
 * advisory, a new team member, a new address for the report channel. Then, on the copy:
 * - the unit tests fail only on SECURITY.md being out of date, with a message naming
 *   `npm run security-md` (or, for a change SECURITY.md does not show, not at all);
 * - after `npm run security-md`, every unit test and a production build pass;
 * - and with all four made at once, the type check, the data's lint, spelling and formatting pass.
 * (The browser tests hold only what is true of any valid data; they run on the real build.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isAdvisoryFile } from '../../plugins/advisories/load';
import { releases } from '../../src/data/releases';
import { site } from '../../src/data/site';
import { team } from '../../src/data/team';
import { nextAdvisoryId } from '../../src/lib/advisories/template';
import { dataListEnd } from '../../src/lib/build/annotations';
import { addDays, utcDayOf } from '../../src/lib/formats/dates';
import { newestFirst } from '../../src/lib/releases/model';
import { filledAdvisory } from '../fixtures/filledAdvisory';
import { projectCopy } from './siteCopy';

const today = utcDayOf(new Date());

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
  /** Writes the change into the copy at `dir`. */
  readonly make: (dir: string) => Promise<void>;
}

const edit = async (
  dir: string,
  file: string,
  change: (text: string) => string | Promise<string>,
): Promise<void> => {
  const path = join(dir, file);
  writeFileSync(path, await change(readFileSync(path, 'utf8')));
};

const changes: readonly Change[] = [
  {
    name: 'a new release',
    make: async (dir) => {
      const branch = nextBranch();
      await edit(dir, 'src/data/releases.ts', (text) =>
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
        .filter(isAdvisoryFile)
        .map((name) => name.replace(/\.md$/, ''));
      const id = nextAdvisoryId(existing, Number(today.slice(0, 4)));
      const branches = newestFirst(releases).map((release) => release.branch);
      const branch = branches[0] ?? '1.0';
      writeFileSync(
        join(dir, 'advisories', `${id}.md`),
        filledAdvisory({ id, today, branches, branch, fixedIn: versionOn(branch) }),
      );
      await Promise.resolve();
    },
  },
  {
    name: 'a new team member',
    make: async (dir) => {
      const names = new Set(team.map((member) => member.name));
      const name = ['Grace Hopper', 'Ada Lovelace', 'Radia Perlman'].find((n) => !names.has(n));
      await edit(dir, 'src/data/team.ts', (text) =>
        appendEntry(text, `{ name: '${name ?? 'New Member'}', role: 'Triage' }`),
      );
    },
  },
  {
    name: 'a new address for the report channel',
    make: async (dir) => {
      const { url } = site.reportChannel;
      await edit(dir, 'src/data/site.ts', (text) => {
        const quoted = [`'${url}'`, `"${url}"`].find((q) => text.includes(q));
        if (quoted === undefined) throw new Error(`site.ts does not hold ${url}`);
        return text.replace(quoted, `'https://security.example.org/report'`);
      });
    },
  },
];

interface Run {
  readonly status: number | null;
  readonly output: string;
}

function run(dir: string, command: string, args: readonly string[]): Run {
  // As a maintainer's shell would have it: none of Vitest's own settings (NODE_ENV, BASE_URL),
  // nor GitHub Actions' or the repository's.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !/^(GITHUB_|REPOSITORY_|VITEST|NODE_ENV$|BASE_URL$|MODE$|PROD$|DEV$|SSR$)/.test(name),
    ),
  );
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env, timeout: 240_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * What failed in the unit run, from Vitest's JSON report: each failed test, and each test file that
 * failed without a failed test (one that cannot load). Also checks that the report and the exit
 * code agree, so a run that crashed cannot pass for a clean one.
 */
function failedUnitTests(dir: string): string[] {
  // Outside the copy, so that it is no file of the project's for the checks that follow.
  const report = `${dir}-unit-report.json`;
  const result = run(dir, 'npx', ['vitest', 'run', '--reporter=json', `--outputFile=${report}`]);
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
  expect(testResults.length, 'test files run').toBeGreaterThan(10);
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

describe.each(changes)('$name', ({ make }) => {
  let dir: string;
  let securityMdBefore: string;
  let failedBefore: string[];
  let regenerate: Run;

  beforeAll(async () => {
    dir = projectCopy('milex-routine-');
    securityMdBefore = readFileSync(join(dir, 'SECURITY.md'), 'utf8');
    await make(dir);
    failedBefore = failedUnitTests(dir);
    regenerate = run(dir, 'npm', ['run', 'security-md']);
  }, 300_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}-unit-report.json`, { force: true });
  });

  it('fails no unit test but the SECURITY.md check, which names the command that fixes it', () => {
    expect(regenerate.status, regenerate.output).toBe(0);
    const changed = readFileSync(join(dir, 'SECURITY.md'), 'utf8') !== securityMdBefore;
    expect(failedBefore).toEqual(
      changed
        ? [
            'tests/securityMdCurrent.test.ts: SECURITY.md is up to date with src/data/ (if not, run `npm run security-md` and commit the result)',
          ]
        : [],
    );
  });

  it('passes every unit test once SECURITY.md is rewritten', () => {
    const result = run(dir, 'npm', ['run', 'test:unit']);
    expect(result.status, result.output).toBe(0);
  });

  it('builds', () => {
    const result = run(dir, 'npm', ['run', 'build']);
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(dir, 'build', 'index.html'))).toBe(true);
  });
});

/**
 * The checks that read files one by one (types, the data's lint, spelling, formatting) run once,
 * on a copy with all four changes: none of them can pass a file alone and fail it beside another.
 */
describe('all four changes at once', () => {
  let dir: string;

  beforeAll(async () => {
    dir = projectCopy('milex-routine-all-');
    for (const { make } of changes) await make(dir);
    run(dir, 'npm', ['run', 'security-md']);
  }, 300_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['typecheck', 'spell', 'format:check'])('pass npm run %s', (script) => {
    const result = run(dir, 'npm', ['run', script]);
    expect(result.status, result.output).toBe(0);
  });

  it('pass the lint of the data', () => {
    const result = run(dir, 'npx', ['eslint', '--max-warnings', '0', 'src/data']);
    expect(result.status, result.output).toBe(0);
  });
});
