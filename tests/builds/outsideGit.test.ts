/**
 * A build from an archive of the repository (no .git, so no history to read last-updated dates
 * from) still works: the pages just show no date. Docusaurus itself stops the build when it cannot
 * run git for a page's date, so the config asks git first (docusaurus.config.ts, inGitWorkTree).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pageNames, routes } from '../../src/data/site';
import { buildIn, siteCopy } from './siteCopy';

let copy: string;
let run: ReturnType<typeof buildIn>;

beforeAll(() => {
  copy = siteCopy('milex-no-git-', {});
  run = buildIn(copy);
}, 150_000);

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

describe('npm run build outside a git checkout', () => {
  it('succeeds', () => {
    expect(existsSync(join(copy, '.git'))).toBe(false);
    expect(run.status, `${String(run.stdout)}\n${String(run.stderr)}`).toBe(0);
  });

  it('writes every policy page, with no last-updated date', () => {
    const page = readFileSync(join(copy, 'build', `${routes.scope.slice(1)}.html`), 'utf8');
    expect(page).toContain(`<h1>${pageNames.scope}</h1>`);
    expect(page).not.toContain('data-last-updated');
  });

  it('shows no edit link, since nothing says where the repository is', () => {
    const page = readFileSync(join(copy, 'build', `${routes.scope.slice(1)}.html`), 'utf8');
    expect(page).not.toContain('theme-edit-this-page');
  });
});
