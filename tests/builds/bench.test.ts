/**
 * `npm run bench` is run by hand, not by `npm test`: this loads it and everything it imports
 * (`--check`), so that a change to the code it uses cannot leave it broken unseen.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

const TSX = resolve('node_modules/tsx/dist/cli.mjs');

describe('npm run bench', () => {
  it('loads, with every module it imports', () => {
    const run = spawnSync(process.execPath, [TSX, 'scripts/bench.mts', '--check'], {
      encoding: 'utf8',
    });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
  });

  it('refuses an argument it does not know, naming the ones it does', () => {
    const run = spawnSync(process.execPath, [TSX, 'scripts/bench.mts', '--fast'], {
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Unknown argument --fast: use --scale or --lighthouse');
  });
});
