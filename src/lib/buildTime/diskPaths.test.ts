import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { escapingSymlinks, escapingSymlinksMessage, staticFolder } from './diskPaths';

describe('the site folders on disk', () => {
  let root: string;
  let site: string;
  beforeAll(() => {
    // root/outside.txt beside the site; the site's folders link in and out of it.
    root = mkdtempSync(join(tmpdir(), 'milex-disk-'));
    site = join(root, 'site');
    writeFileSync(join(root, 'outside.txt'), 'not the site\n');
    for (const dir of ['static/img', 'docs', 'advisories/deep', 'notices', 'src']) {
      mkdirSync(join(site, dir), { recursive: true });
    }
    writeFileSync(join(site, 'static/img/chart.png'), 'png');
    writeFileSync(join(site, 'README.md'), 'the repository');
    symlinkSync('/etc/os-release', join(site, 'static/img/x.txt'));
    symlinkSync('../../../outside.txt', join(site, 'advisories/deep/up.md'));
    symlinkSync('/nowhere/at/all', join(site, 'notices/dangling.md'));
    symlinkSync('../README.md', join(site, 'docs/readme.md'));
    symlinkSync('chart.png', join(site, 'static/img/same.png'));
    // Not a folder the build publishes from: left alone.
    symlinkSync('/etc/hostname', join(site, 'src/host'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('finds every symlink of the published folders that leads out of the repository', () => {
    const links = escapingSymlinks(site);
    // docs/readme.md leads to the repository's own README: left alone.
    expect(links).toEqual([
      { file: 'static/img/x.txt', target: '/etc/os-release' },
      { file: 'advisories/deep/up.md', target: '../../../outside.txt' },
      { file: 'notices/dangling.md', target: '/nowhere/at/all' },
    ]);
    expect(escapingSymlinksMessage(links)).toContain(
      '  - static/img/x.txt points to "/etc/os-release": copy the file into the repository instead of linking it',
    );
    expect(escapingSymlinksMessage(links)).toMatch(/^The site's folders hold 3 symlinks/);
  });

  it('says of a path of static/ whether it is a file there, and what leads out of it', () => {
    const lookup = staticFolder(join(site, 'static'));
    expect(lookup('/img/chart.png')).toBe('file');
    expect(lookup('/img/same.png')).toBe('file');
    expect(lookup('/img/x.txt')).toBe('outside');
    expect(lookup('/img')).toBe('missing');
    expect(lookup('/img/none.png')).toBe('missing');
    expect(staticFolder(join(site, 'nothing'))('/img/chart.png')).toBe('missing');
  });
});
