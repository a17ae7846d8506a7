import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { backDatedWarning, firstSeenDay } from '../../src/lib/buildTime/firstSeen';

const TODAY = '2026-12-07';
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'milex-first-seen-'));
  dirs.push(dir);
  return dir;
}

/** A repository whose notice was committed at `when` (UTC), then renamed a day later. */
function repository(when: string): string {
  const dir = tempDir();
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
  };
  const git = (date: string, ...args: string[]): void => {
    execFileSync('git', args, {
      cwd: dir,
      env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'ignore',
    });
  };
  git(when, 'init', '-q');
  mkdirSync(join(dir, 'notices'));
  writeFileSync(join(dir, 'notices', 'old.md'), 'A notice\nwith some text in it\n');
  git(when, 'add', '.');
  git(when, 'commit', '-q', '-m', 'Add');
  git(when, 'mv', 'notices/old.md', 'notices/MILEX-SR-2026-001.md');
  git('2026-12-06T12:00:00Z', 'commit', '-q', '-m', 'Rename');
  return dir;
}

describe('firstSeenDay', () => {
  it('is the UTC day of the oldest commit with the file, renames followed', () => {
    // 23:30 at UTC-5 is the next day in UTC.
    const dir = repository('2026-11-30T23:30:00-05:00');
    expect(firstSeenDay(dir, 'notices/MILEX-SR-2026-001.md', TODAY)).toBe('2026-12-01');
  });

  it('is today for a file no commit has yet, and unknown outside git or in a shallow clone', () => {
    const dir = repository('2026-11-30T12:00:00Z');
    writeFileSync(join(dir, 'notices', 'MILEX-SR-2026-002.md'), 'New\n');
    expect(firstSeenDay(dir, 'notices/MILEX-SR-2026-002.md', TODAY)).toBe(TODAY);
    const archive = tempDir();
    writeFileSync(join(archive, 'a.md'), 'A\n');
    expect(firstSeenDay(archive, 'a.md', TODAY)).toBeUndefined();
    const shallow = join(tempDir(), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow], {
      stdio: 'ignore',
    });
    expect(firstSeenDay(shallow, 'notices/MILEX-SR-2026-001.md', TODAY)).toBeUndefined();
  });
});

describe('backDatedWarning', () => {
  const file = 'notices/MILEX-SR-2026-001.md';
  it('warns of a notice dated before git saw it, with the day to set', () => {
    expect(backDatedWarning(file, '2026-11-20', '2026-12-07', TODAY)).toBe(
      `${file}: published 2026-11-20 is before 2026-12-07, the day the file first reached the repository: a notice is dated the day it goes public, and its notice of the release counts from then. If it was not public before, set published to 2026-12-07`,
    );
  });

  it('says nothing when the day agrees, git cannot say, or the build is of an earlier day', () => {
    expect(backDatedWarning(file, '2026-12-07', '2026-12-07', TODAY)).toBeUndefined();
    expect(backDatedWarning(file, '2026-11-20', undefined, TODAY)).toBeUndefined();
    expect(backDatedWarning(file, '2022-09-05', '2026-12-01', '2022-10-01')).toBeUndefined();
  });
});
