/** Writing the build's extra files (feeds, JSON, calendars) beside the pages, for the plugins. */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A file's path relative to the site's base URL (`/api/releases.json`), and its content. */
export type SiteFile = readonly [path: string, content: string];

/** JSON as the site publishes it: indented, ending in a newline. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The writer, run in a thread of its own: makes each folder once, writes each file, and answers
 * null, or what went wrong.
 */
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
try {
  const made = new Set();
  for (const [file, content] of workerData) {
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, content);
  }
  parentPort.postMessage(null);
} catch (error) {
  parentPort.postMessage(String(error && error.message || error) + (error && error.code ? ' (' + error.code + ')' : ''));
}
`;

/**
 * Writes `files` under `outDir`, in a thread of its own. Written on the build's thread, the
 * thousands of files of a site with many advisories (OSV, CSAF, hashes, signatures) each waited
 * for the other plugins' work on that thread (the search index reads every page), and made the
 * build about a second longer at 1,000 advisories; the writer thread runs beside it.
 */
export function writeSiteFiles(outDir: string, files: readonly SiteFile[]): Promise<void> {
  const work = files.map(([path, content]) => [join(outDir, path), content]);
  return new Promise((done, fail) => {
    const writer = new Worker(WRITER, { eval: true, workerData: work });
    writer.once('message', (problem: string | null) => {
      if (problem === null) done();
      else fail(new Error(`The build could not write its files: ${problem}`));
    });
    writer.once('error', fail);
    // After a message this changes nothing; without one, the writer stopped before it was done.
    writer.once('exit', (code) => {
      fail(
        new Error(`The build's file writer stopped, with code ${String(code)}, before it was done`),
      );
    });
  });
}
