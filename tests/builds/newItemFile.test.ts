/**
 * `npm run new-advisory` and `npm run new-notice` as a maintainer runs them, in a folder of its
 * own: each writes the next file, one the build reads, or stops with one line saying what to do,
 * never a stack trace, and writes nothing then.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

const TSX = resolve('node_modules/tsx/dist/cli.mjs');

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const SCRIPTS = [
  {
    command: 'new-advisory',
    script: 'scripts/newAdvisory.ts',
    folder: 'advisories',
    prefix: 'MILEX',
  },
  { command: 'new-notice', script: 'scripts/newNotice.ts', folder: 'notices', prefix: 'MILEX-SR' },
];

describe.each(SCRIPTS)('npm run $command', ({ command, script, folder, prefix }) => {
  const year = new Date().toISOString().slice(0, 4);
  const id = (number: string): string => `${prefix}-${year}-${number}`;

  function run(setUp: (site: string) => void): {
    status: number | null;
    out: string;
    site: string;
  } {
    const site = mkdtempSync(join(tmpdir(), `${command}-`));
    dir = site;
    setUp(site);
    const result = spawnSync(process.execPath, [TSX, resolve(script)], {
      cwd: site,
      encoding: 'utf8',
    });
    return { status: result.status, out: `${result.stdout}${result.stderr}`, site };
  }

  it(`writes the next file of the year in ${folder}/, and says what to do next`, () => {
    const { status, out, site } = run((site) => {
      mkdirSync(join(site, folder));
      writeFileSync(join(site, folder, `${id('001')}.md`), '');
    });
    expect(status).toBe(0);
    expect(readdirSync(join(site, folder)).sort()).toEqual([`${id('001')}.md`, `${id('002')}.md`]);
    expect(readFileSync(join(site, folder, `${id('002')}.md`), 'utf8')).toMatch(
      new RegExp(`^id: ${id('002')}$`, 'm'),
    );
    expect(out).toContain(`Wrote ${join(folder, `${id('002')}.md`)}.`);
  });

  it(`makes ${folder}/ when there is none`, () => {
    const { status, site } = run(() => undefined);
    expect(status).toBe(0);
    expect(readdirSync(join(site, folder))).toEqual([`${id('001')}.md`]);
  });

  it.each([
    [
      `${folder} is a file`,
      (site: string) => {
        writeFileSync(join(site, folder), 'notes');
      },
      new RegExp(`^npm run ${command}: ${folder} is a file, not a folder`),
    ],
    [
      "the year's ids are used up",
      (site: string) => {
        mkdirSync(join(site, folder));
        writeFileSync(join(site, folder, `${id('999')}.md`), '');
      },
      new RegExp(`^npm run ${command}: ${folder}/ already has ${id('999')}`),
    ],
    [
      'a file is named .MD',
      (site: string) => {
        mkdirSync(join(site, folder));
        writeFileSync(join(site, folder, `${id('001')}.MD`), '');
      },
      new RegExp(`^npm run ${command}: ${folder}/${id('001')}\\.MD: rename it`),
    ],
  ])('stops with one line when %s, and writes nothing', (_what, setUp, message) => {
    const { status, out, site } = run(setUp);
    expect(status).toBe(1);
    expect(out.trim()).toMatch(message);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).not.toMatch(/\bat .*\.ts:\d+/);
    const written = join(site, folder);
    expect(
      existsSync(written) && statSync(written).isDirectory() && readdirSync(written).length > 1,
    ).toBe(false);
  });
});
