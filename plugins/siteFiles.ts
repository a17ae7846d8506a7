/** Writing the build's extra files (feeds, JSON, calendars) beside the pages, for the plugins. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A file's path relative to the site's base URL (`/api/releases.json`), and its content. */
export type SiteFile = readonly [path: string, content: string];

/** JSON as the site publishes it: indented, ending in a newline. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export async function writeSiteFiles(outDir: string, files: readonly SiteFile[]): Promise<void> {
  for (const [path, content] of files) {
    const file = join(outDir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}
