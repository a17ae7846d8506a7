/** Copies of the site in temporary folders, and production builds of them, for the build tests. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** `docusaurus build` in `dir`, as `npm run build` runs it. */
export function buildIn(dir: string): ReturnType<typeof spawnSync> {
  return spawnSync(
    process.execPath,
    ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
      timeout: 120_000,
    },
  );
}
