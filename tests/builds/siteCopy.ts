/** Copies of the site in temporary folders, and production builds of them, for the build tests. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

import type { Release } from '../../src/lib/releases/model';

const SITE_FILES = [
  'advisories',
  'notices',
  'docs',
  'openpgp',
  'src',
  'static',
  'plugins',
  'config',
  'docusaurus.config.ts',
  'sidebars.ts',
  'package.json',
  'tsconfig.json',
];

/** A copy of the site in a temporary folder, with `files` written over it. */
export function siteCopy(prefix: string, files: Readonly<Record<string, string>>): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const file of SITE_FILES) cpSync(file, join(copy, file), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(files)) writeFileSync(join(copy, file), text);
  return copy;
}

/** What a copy of the whole project leaves out: installed, generated and version-control files. */
const NOT_PROJECT = new Set([
  'node_modules',
  'build',
  'build-fixtures',
  '.docusaurus',
  '.git',
  'coverage',
  'test-results',
]);

/** A copy of the whole project (tests and settings too) in a temporary folder, sharing node_modules. */
export function projectCopy(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  cpSync('.', copy, {
    recursive: true,
    filter: (source) => !NOT_PROJECT.has(relative('.', source).split(sep)[0] ?? ''),
  });
  symlinkSync(join(process.cwd(), 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

/** A src/data/releases.ts that exports `releases`, for a copy that should show other data. */
export function releasesModule(releases: readonly Release[]): string {
  return `export const releases = ${JSON.stringify(releases, null, 2)};\n`;
}

/**
 * `docusaurus build` in `dir`, as `npm run build` runs it, with `env` added. It never sees this
 * process's own GitHub Actions variables, repository settings or signing key (tests never sign
 * with the team's key): a test that wants the build to think it runs in Actions, to know its
 * repository or to sign, says so.
 */
export function buildIn(
  dir: string,
  env: Readonly<Record<string, string>> = {},
): ReturnType<typeof spawnSync> {
  const outer = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(GITHUB_|REPOSITORY_|OPENPGP_)/.test(name)),
  );
  return spawnSync(
    process.execPath,
    ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...outer, NODE_ENV: 'production', ...env },
      timeout: 300_000,
    },
  );
}
