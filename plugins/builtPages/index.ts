import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';

import {
  contentSecurityPolicy,
  headersFile,
  inlineScriptHashes,
  withMetaCsp,
} from '../../src/lib/buildTime/csp';
import { outputs } from '../../src/lib/site';
import { loadScriptsAfterLoad } from '../../src/lib/buildTime/scriptLoading';

/** The files subscribers' tools read, which any web page may fetch: all outputs but security.txt. */
const OPEN_DATA = Object.values(outputs).filter((path) => path !== outputs.securityTxt);

/**
 * Every page under `dir`, recursively: the .html files but the CSAF folder listings, which the
 * advisories plugin writes at the same time as this step runs, with their own policy (no scripts).
 */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const wellKnown = `${join(dir, '.well-known')}/`;
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .filter((entry) => !`${entry.parentPath}/`.startsWith(wellKnown))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Replaces a file's content in one step. Other plugins' postBuild steps (the search index) read the
 * pages at the same time; a rename means they see the old page or the new one, never half of one.
 */
async function replaceFile(file: string, content: string): Promise<void> {
  const temporary = `${file}.${String(process.pid)}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

/**
 * The last step of the build, over every page in order: scripts load after the page has
 * (src/lib/buildTime/scriptLoading.ts), then the inline scripts, the new loader among them, are hashed into a
 * Content-Security-Policy for every page's `<meta>` and for `_headers` with the other security
 * headers. One plugin, because the hashes must be taken of the pages as they are finally served.
 */
export default function builtPagesPlugin(context: LoadContext): Plugin {
  return {
    name: 'milex-built-pages',
    async postBuild({ outDir }) {
      const files = await htmlFiles(outDir);
      const pages = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).map(
        loadScriptsAfterLoad,
      );
      const hashes = [...new Set(pages.flatMap(inlineScriptHashes))];
      const meta = contentSecurityPolicy(hashes, 'meta');
      await Promise.all(
        files.map((file, i) => replaceFile(file, withMetaCsp(pages[i] ?? '', meta))),
      );
      await writeFile(
        join(outDir, '_headers'),
        headersFile(contentSecurityPolicy(hashes, 'header'), context.siteConfig.baseUrl, [
          ...OPEN_DATA,
        ]),
      );
    },
  };
}
