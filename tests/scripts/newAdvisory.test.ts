/**
 * `npm run new-advisory` as a maintainer runs it, in a folder of its own: it writes the next file,
 * or stops with one line saying what to do, never a stack trace, and writes nothing then.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/newAdvisory.ts');
const TSX = resolve('node_modules/tsx/dist/cli.mjs');

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function run(setUp: (site: string) => void): { status: number | null; out: string; site: string } {
  const site = mkdtempSync(join(tmpdir(), 'new-advisory-'));
  dir = site;
  setUp(site);
  const result = spawnSync(process.execPath, [TSX, SCRIPT], { cwd: site, encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}`, site };
}

describe('npm run new-advisory', () => {
  const year = new Date().toISOString().slice(0, 4);

  it('writes the next advisory of the year', () => {
    const { status, site } = run((site) => {
      mkdirSync(join(site, 'advisories'));
      writeFileSync(join(site, 'advisories', `MILEX-${year}-001.md`), '');
    });
    expect(status).toBe(0);
    expect(readdirSync(join(site, 'advisories')).sort()).toEqual([
      `MILEX-${year}-001.md`,
      `MILEX-${year}-002.md`,
    ]);
  });

  it.each([
    [
      'advisories is a file',
      (site: string) => {
        writeFileSync(join(site, 'advisories'), 'notes');
      },
      /^npm run new-advisory: advisories is a file, not a folder/,
    ],
    [
      "the year's ids are used up",
      (site: string) => {
        mkdirSync(join(site, 'advisories'));
        writeFileSync(join(site, 'advisories', `MILEX-${year}-999.md`), '');
      },
      new RegExp(`^npm run new-advisory: advisories/ already has MILEX-${year}-999`),
    ],
    [
      'an advisory is named .MD',
      (site: string) => {
        mkdirSync(join(site, 'advisories'));
        writeFileSync(join(site, 'advisories', `MILEX-${year}-001.MD`), '');
      },
      new RegExp(`^npm run new-advisory: advisories/MILEX-${year}-001\\.MD: rename it`),
    ],
  ])('stops with one line when %s, and writes nothing', (_what, setUp, message) => {
    const { status, out, site } = run(setUp);
    expect(status).toBe(1);
    expect(out.trim()).toMatch(message);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).not.toMatch(/\bat .*\.ts:\d+/);
    const folder = join(site, 'advisories');
    const written =
      existsSync(folder) && statSync(folder).isDirectory() && readdirSync(folder).length > 1;
    expect(written).toBe(false);
  });
});
