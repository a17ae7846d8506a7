/** Copies of the site in temporary folders, and production builds of them, for the build tests. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Release } from '../../src/lib/types';

const SITE_FILES = [
  'advisories',
  'docs',
  'src',
  'static',
  'plugins',
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

/** A src/data/releases.ts that exports `releases`, for a copy that should show other data. */
export function releasesModule(releases: readonly Release[]): string {
  return `export const releases = ${JSON.stringify(releases, null, 2)};\n`;
}

/**
 * `docusaurus build` in `dir`, as `npm run build` runs it, with `env` added. It never sees this
 * process's own GitHub Actions variables: a test that wants the build to think it runs in Actions
 * says so.
 */
export function buildIn(
  dir: string,
  env: Readonly<Record<string, string>> = {},
): ReturnType<typeof spawnSync> {
  const { GITHUB_ACTIONS: _actions, GITHUB_WORKSPACE: _workspace, ...outer } = process.env;
  return spawnSync(
    process.execPath,
    ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...outer, NODE_ENV: 'production', ...env },
      timeout: 120_000,
    },
  );
}
