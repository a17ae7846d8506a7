/**
 * What the build machine's disk holds under the site's folders, for the checks that keep it
 * unpublished: Docusaurus copies the file behind an image or a file link of the Markdown, and
 * `static/` whole, following symlinks. A file of the site is one that is really inside it.
 */
import { type Dirent, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

import type { StaticLookup } from '../content/body';

/** Whether `path` is `folder` or inside it (both absolute and resolved). */
const isInside = (folder: string, path: string): boolean =>
  path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** The folder's real path, or undefined when it does not exist. */
function realFolder(dir: string): string | undefined {
  try {
    return realpathSync(dir);
  } catch {
    return undefined;
  }
}

/**
 * The lookup of `dir` (the site's `static/`): a path from the site's root (`/img/x.png`, no "."
 * or ".." segments, decoded) is a file there, nothing, or a file that resolves outside it.
 */
export function staticFolder(dir: string): StaticLookup {
  const root = realFolder(dir);
  return (path) => {
    if (root === undefined) return 'missing';
    let real: string;
    try {
      real = realpathSync(join(dir, path));
    } catch {
      return 'missing';
    }
    if (!isInside(root, real)) return 'outside';
    return statSync(real).isFile() ? 'file' : 'missing';
  };
}

/** The folders the build publishes from, or reads Markdown from, relative to the site. */
export const PUBLISHED_FOLDERS = ['static', 'docs', 'advisories', 'notices'] as const;

/** One symlink that leads out of the repository: where it is, and where it points. */
export interface EscapingLink {
  /** Relative to the site, with "/" between folders. */
  readonly file: string;
  readonly target: string;
}

/**
 * Every symlink under `folders` of `siteDir` that points outside the site's folder (the
 * repository), or to nothing that can be found: the build would publish what it points to, from
 * the machine that builds. Links inside the repository are left alone.
 */
export function escapingSymlinks(
  siteDir: string,
  folders: readonly string[] = PUBLISHED_FOLDERS,
): EscapingLink[] {
  const site = realFolder(siteDir) ?? resolve(siteDir);
  const found: EscapingLink[] = [];
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        const target = readlinkSync(path);
        let real: string | undefined;
        try {
          real = realpathSync(path);
        } catch {
          // Dangling: judged by where it points, as written.
          real = resolve(dirname(path), target);
        }
        if (!isInside(site, real)) {
          found.push({ file: relative(siteDir, path).split(sep).join('/'), target });
        }
      } else if (entry.isDirectory()) {
        walk(path);
      }
    }
  };
  for (const folder of folders) walk(join(siteDir, folder));
  return found;
}

/** The build's message for the links `escapingSymlinks` found. */
export function escapingSymlinksMessage(links: readonly EscapingLink[]): string {
  return [
    `The site's folders hold ${links.length === 1 ? 'a symlink' : `${String(links.length)} symlinks`} to files outside the repository, which the build would publish from the machine it runs on; nothing was built:`,
    ...links.map(
      ({ file, target }) =>
        `  - ${file} points to ${JSON.stringify(target)}: copy the file into the repository instead of linking it`,
    ),
  ].join('\n');
}
