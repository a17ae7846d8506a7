/**
 * One CSAF version, one content: every advisory in advisories/, through its git history, never
 * changes its CSAF document without a new `revisions` entry (src/lib/content/advisories/history.ts), so
 * a consumer never sees two documents under one version. A clone without history (or an archive)
 * has one version of each file, and nothing to compare.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { isItemFile } from '../../src/lib/content/folder';
import { committedVersions, unrecordedChanges } from '../../src/lib/content/advisories/history';
import { releases } from '../../src/data/releases';
import { site } from '../../src/lib/site';
import { FIXTURE_ADDRESS } from '../fixtures/advisories';
import { releases as fixtureReleases } from '../fixtures/siteReleases';

const address = { url: site.defaultUrl, baseUrl: site.defaultBaseUrl };

describe('the advisories in advisories/', () => {
  it('change their CSAF document only with a new version, through their git history', async () => {
    const found = await Promise.all(
      readdirSync('advisories')
        .filter(isItemFile)
        .map((name) => {
          const path = `advisories/${name}`;
          return unrecordedChanges(path, committedVersions('.', path), releases, address);
        }),
    );
    expect(found.flat()).toEqual([]);
  });
});

describe('committedVersions and unrecordedChanges, on a repository of their own', () => {
  const repo = mkdtempSync(join(tmpdir(), 'advisory-history-'));
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });

  it('finds a change committed without a new revision, and not one that has it', async () => {
    git('init', '-q');
    mkdirSync(join(repo, 'advisories'));
    const path = 'advisories/MILEX-2022-001.md';
    const original = readFileSync('tests/fixtures/advisories/MILEX-2022-001.md', 'utf8');
    const commit = (text: string, message: string): void => {
      writeFileSync(join(repo, path), text);
      git('add', '.');
      git('commit', '-q', '-m', message);
    };
    commit(original, 'publish');
    // The same version, another text: what a consumer must never see.
    const edited = original.replace(/^summary: (.*)$/m, 'summary: $1 Quietly edited.');
    expect(edited).not.toBe(original);
    commit(edited, 'edit without a revision');
    const check = (): Promise<string[]> =>
      unrecordedChanges(path, committedVersions(repo, path), fixtureReleases, FIXTURE_ADDRESS);
    const found = await check();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^advisories\/MILEX-2022-001\.md: its CSAF document changed between commit [0-9a-f]{12} and commit [0-9a-f]{12} but stayed version \d+: set updated/,
    );
    // A change recorded as a revision is a new version: nothing more is found. (The fixture was
    // updated once before, with no revisions listed: that update is the first of them.)
    expect(original).not.toContain('revisions:');
    const updated = /^updated: (.*)$/m.exec(original)?.[1] ?? '';
    const revised = edited
      .replace(/^updated: .*$/m, 'updated: 2022-10-01')
      .replace(
        /^summary:/m,
        `revisions:\n  - date: '${updated}'\n    summary: Updated.\n  - date: '2022-10-01'\n    summary: Summary clarified.\nsummary:`,
      );
    commit(revised, 'revise');
    expect(await check()).toEqual(found);
    // The working copy counts too, before it is committed.
    writeFileSync(join(repo, path), revised.replace('Quietly edited.', 'Edited again.'));
    expect(await check()).toHaveLength(2);
  });
});
