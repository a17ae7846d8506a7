/**
 * Reading a folder of Markdown files with front matter, one item each (advisories, notices),
 * every file at once: what is wrong with a file as a whole (its name, its size, its encoding, its
 * front matter) comes back as problems naming it, for the caller to list with its own checks.
 */
import { type Dirent, readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { type ItemFile, readItemFile } from './itemFile';
import { aOne, MARKDOWN_EXTENSION } from './item';
import { frontMatterLine } from '../buildTime/annotations';
import { DataValidationError, type Problem, summarized } from '../formats/problems';
import { annotateInGitHubActions } from '../buildTime/annotate';

/** A README in the folder explains it to maintainers; every other `.md` file is an item. */
export const isItemFile = (name: string): boolean => name.endsWith('.md') && name !== 'README.md';

/** A size for a message: "131 KiB". */
const kib = (bytes: number): string => `${String(Math.ceil(bytes / 1024))} KiB`;

/** Decodes a file as UTF-8, or says it is not: a wrong byte would silently become U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The entries of `dir`, sorted by name; no folder is no items, any other failure an error. */
async function entriesIn(dir: string): Promise<Dirent[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The folder as read from disk: every name in it, and the bytes of each item's file. */
/**
 * Whether the folder `dir` holds a file `isItem` takes (none when it does not exist), decided when
 * the configuration loads: from the folder as seen from where the build runs (npm scripts run in
 * the site's folder).
 */
export function folderHolds(dir: string, isItem: (name: string) => boolean): boolean {
  try {
    return readdirSync(resolve(dir)).some(isItem);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

export interface Folder {
  readonly names: readonly string[];
  readonly files: ReadonlyMap<string, Buffer>;
  /**
   * Names an item would have that are not plain files: a folder, or a link, which the page's
   * build would follow to a file outside the checks.
   */
  readonly notFiles: readonly string[];
}

export async function readFolder(dir: string): Promise<Folder> {
  const entries = await entriesIn(dir);
  const named = entries.filter((entry) => isItemFile(entry.name));
  const files = named.filter((entry) => entry.isFile()).map((entry) => entry.name);
  const bytes = await Promise.all(files.map((name) => readFile(join(dir, name))));
  return {
    names: entries.map((entry) => entry.name),
    files: new Map(files.map((name, i) => [name, bytes[i] ?? Buffer.alloc(0)])),
    notFiles: named.filter((entry) => !entry.isFile()).map((entry) => entry.name),
  };
}

export interface FolderRules {
  /** What one file is, in messages: "advisory", "notice". */
  readonly noun: string;
  /** The largest file, checked before it is read as YAML and Markdown. */
  readonly fileBytes: number;
  /** What the text below the front matter should say, for a file that has none. */
  readonly emptyBody: string;
}

/**
 * Each file of `folder` (at `label`, relative to the site) split into front matter and body, and
 * the problems of the folder's names and of files that cannot be read.
 */
export function readFolderFiles(
  label: string,
  { names, files: bytes, notFiles }: Folder,
  { noun, fileBytes, emptyBody }: FolderRules,
): { readonly files: ItemFile[]; readonly problems: Problem[] } {
  /** A problem with a file as a whole. */
  const whole = (file: string, message: string): Problem => ({ file, path: [], message });
  const problems: Problem[] = names
    .filter((name) => MARKDOWN_EXTENSION.test(name) && !isItemFile(name) && name !== 'README.md')
    .map((name) =>
      whole(
        join(label, name),
        `${join(label, name)}: ${noun} files are Markdown named <id>.md, in lower case; rename it to ${name.replace(MARKDOWN_EXTENSION, '.md')} (or move it out of ${label}/ if it is not ${aOne(noun)})`,
      ),
    );
  problems.push(
    ...notFiles.map((name) =>
      whole(
        join(label, name),
        `${join(label, name)}: is a folder or a link, not a file; ${aOne(noun)} is a plain file named <id>.md in ${label}/`,
      ),
    ),
  );
  const files: ItemFile[] = [];
  for (const [name, content] of bytes) {
    const file = join(label, name);
    if (content.length > fileBytes) {
      problems.push(
        whole(
          file,
          `${file}: the file is ${kib(content.length)}; ${aOne(noun)} file is at most ${kib(fileBytes)} (was something pasted into it by mistake?)`,
        ),
      );
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(content);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      problems.push(whole(file, `${file}: the file is not UTF-8 text; save it as UTF-8`));
      continue;
    }
    const read = readItemFile(file, text, emptyBody);
    if ('problems' in read) problems.push(...read.problems);
    else files.push(read.item);
  }
  return { files, problems };
}

/**
 * Stops the build on the problems of the folder at `label` (relative to `siteDir`): one error
 * listing them, each at its line (the one its check found, or its field's in the front matter),
 * and in GitHub Actions an annotation on each of those lines.
 */
export function refuseFolder(
  siteDir: string,
  label: string,
  files: readonly ItemFile[],
  problems: readonly Problem[],
): never {
  const yamlOf = new Map(files.map((read) => [read.file, read.yaml]));
  const lineOf = ({ file, path, line }: Problem): number | undefined => {
    const yaml = yamlOf.get(file);
    return line ?? (yaml === undefined ? undefined : frontMatterLine(yaml, path));
  };
  annotateInGitHubActions(
    siteDir,
    summarized(problems).map((problem) => ({
      file: problem.file,
      line: lineOf(problem),
      message: problem.message,
    })),
  );
  const error = new DataValidationError(`${label}/`, problems, lineOf);
  // The trace would only point at this code; the maintainer needs the list, not the trace.
  error.stack = `${error.name}: ${error.message}`;
  throw error;
}
