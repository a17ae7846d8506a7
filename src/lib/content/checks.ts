/**
 * One check of each folder's content, shared by every caller: the build asks for a section once
 * and once for each of its pages, `docusaurus start` again after each edit. A folder is checked
 * again only when what it holds, or what it is checked against, has changed; every caller of the
 * same content gets the same items or the same error, and GitHub annotations are printed once.
 */
import { createHash } from 'node:crypto';

import { type Folder, readFolder } from './folder';

/** The last check of one folder: the files it read, what it was checked against, how it ended. */
interface Check<T> {
  readonly key: string;
  readonly settings: string;
  readonly folder: Folder;
  readonly check: Promise<T>;
  /** Whether the check has ended in an error: one never stands for a later content. */
  failed: boolean;
}

export interface FolderChecks<T> {
  /**
   * What `run` makes of the folder `dir`, worked out once for each content of the folder and each
   * `settings` (what else the items are checked against, as text).
   */
  checked(dir: string, settings: string, run: (folder: Folder) => T | Promise<T>): Promise<T>;
  /**
   * The same, for the page of the file `name` whose text Docusaurus read as `text`: the last check
   * answers when it read that very text with the same settings and did not fail. The file's own
   * item is then as checked, and an edit to another file is seen by that file's own page, which
   * reads the folder again. Reading the whole folder for each of its pages would cost the build the
   * square of the number of items.
   */
  forPage(
    dir: string,
    name: string,
    text: string,
    settings: string,
    run: (folder: Folder) => T | Promise<T>,
  ): Promise<T>;
}

/** Where each kind's cache is kept: on the process, not the module (see folderChecks). */
const REGISTRY = Symbol.for('milex.folderChecks');

/**
 * The cache of checks of folders of one kind of item (`advisories`, `notices`). Docusaurus reads
 * the configuration afresh each time it loads it (twice in a build), and with it new copies of
 * these modules; the caches are kept on the process, by kind, so that every copy shares one check
 * of the same content, and a build checks each folder once.
 */
export function folderChecks<T>(kind: string): FolderChecks<T> {
  const shared = globalThis as { [REGISTRY]?: Map<string, FolderChecks<unknown>> };
  const registry = (shared[REGISTRY] ??= new Map<string, FolderChecks<unknown>>());
  let kept = registry.get(kind);
  if (kept === undefined) {
    kept = newFolderChecks<unknown>();
    registry.set(kind, kept);
  }
  return kept as FolderChecks<T>;
}

function newFolderChecks<T>(): FolderChecks<T> {
  const checks = new Map<string, Check<T>>();
  // The read of each folder under way: the pages ask at once, and share one read of the files.
  const reads = new Map<string, Promise<Folder>>();
  const sharedRead = (dir: string): Promise<Folder> => {
    const under = reads.get(dir);
    if (under !== undefined) return under;
    const read = readFolder(dir).finally(() => reads.delete(dir));
    reads.set(dir, read);
    return read;
  };
  const checked: FolderChecks<T>['checked'] = async (dir, settings, run) => {
    const folder = await sharedRead(dir);
    const hash = createHash('sha256');
    hash.update(JSON.stringify([settings, folder.names, folder.notFiles]));
    for (const [name, bytes] of folder.files) {
      hash.update(`${name}\0${String(bytes.length)}\0`).update(bytes);
    }
    const key = hash.digest('hex');
    const kept = checks.get(dir);
    // A check that failed is not kept: what it depended on besides the folder (static/ files the
    // text links to) may have been fixed since.
    if (kept?.key === key && !kept.failed) return kept.check;
    // Rejected, not thrown, so every caller of the same content gets the same error.
    const check = (async () => run(folder))();
    const entry: Check<T> = { key, settings, folder, check, failed: false };
    check.catch(() => {
      entry.failed = true;
    });
    checks.set(dir, entry);
    return check;
  };
  return {
    checked,
    forPage(dir, name, text, settings, run) {
      const kept = checks.get(dir);
      const read = kept?.folder.files.get(name);
      if (
        kept !== undefined &&
        !kept.failed &&
        read !== undefined &&
        kept.settings === settings &&
        read.equals(Buffer.from(text, 'utf8'))
      ) {
        return kept.check;
      }
      return checked(dir, settings, run);
    },
  };
}
