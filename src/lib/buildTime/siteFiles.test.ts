import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { writeSiteFiles } from './siteFiles';

let outDir = '';
afterEach(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('writeSiteFiles', () => {
  it('writes every file under the build folder, making its folders, in UTF-8', async () => {
    outDir = mkdtempSync(join(tmpdir(), 'milex-site-files-'));
    const files = Array.from(
      { length: 300 },
      (_, i) =>
        [`/advisories/osv/${String(i)}.json`, `{"n": ${String(i)}, "ü": "\u{1F6E1}"}\n`] as const,
    );
    await writeSiteFiles(outDir, [['/api/releases.json', '[]\n'], ...files]);
    expect(readFileSync(join(outDir, 'api', 'releases.json'), 'utf8')).toBe('[]\n');
    for (const [path, content] of files) {
      expect(readFileSync(join(outDir, path), 'utf8')).toBe(content);
    }
  });

  it('fails, saying why, when a file cannot be written', async () => {
    outDir = mkdtempSync(join(tmpdir(), 'milex-site-files-'));
    // A file where the folder should be.
    writeFileSync(join(outDir, 'api'), '');
    await expect(writeSiteFiles(outDir, [['/api/releases.json', '[]\n']])).rejects.toThrow(
      /^The build could not write its files: .*api/,
    );
  });
});
