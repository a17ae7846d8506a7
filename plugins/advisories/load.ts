/**
 * Reading and checking the advisory files of one folder, every file at once. The section's plugin
 * (for the list, the feeds and the OSV records) and the front-matter hook (for each advisory's
 * page) both ask for the same folder; `checkedAdvisories` reads it once per content and gives both
 * the same answer, or the same complete list of problems.
 */
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

import { checkAdvisoryBody } from '../../src/lib/advisories/body';
import { staticFolder } from '../../src/lib/buildTime/diskPaths';
import type { AdvisoryFile } from '../../src/lib/advisories/file';
import { type Advisory, LIMITS } from '../../src/lib/advisories/model';
import { fileNameProblems, validateAdvisories } from '../../src/lib/advisories/validate';
import type { SiteAddress } from '../../src/lib/formats/urls';
import type { Release } from '../../src/lib/releases/model';
import type { Problem } from '../../src/lib/formats/problems';
import {
  type Folder,
  isMarkdownFile,
  readFolder,
  readFolderFiles,
  refuseFolder,
} from '../markdownFolder';
import { type CsafFile, csafFile, csafProblems } from './csaf';

/** One published advisory: its checked front matter, and its body for the page and the OSV record. */
export interface LoadedAdvisory {
  readonly advisory: Advisory;
  /** The body as written in the file, which Docusaurus renders on the advisory's page. */
  readonly markdown: string;
  /** The body for the OSV record: the same Markdown, links to the site made absolute. */
  readonly body: string;
  /** The advisory as a CSAF 2.0 document, checked by the CSAF validator. */
  readonly csaf: CsafFile;
}

/** A README in the folder explains it to maintainers; every other `.md` file is an advisory. */
export const isAdvisoryFile = isMarkdownFile;

/** Checks what was read; any problem in any file throws one error listing them all. */
async function checkFolder(
  siteDir: string,
  dir: string,
  folder: Folder,
  releases: readonly Release[],
  address: SiteAddress,
  today: string | undefined,
): Promise<LoadedAdvisory[]> {
  const label = relative(siteDir, dir);
  /** A problem with a file as a whole. */
  const whole = (file: string, message: string): Problem => ({ file, path: [], message });
  const { files, problems } = readFolderFiles(label, folder, {
    noun: 'advisory',
    fileBytes: LIMITS.fileBytes,
    emptyBody: 'explain the impact, the affected setups, the fix and any workaround',
  });
  // Images and file links must be files of static/ (Docusaurus publishes what they name).
  const staticFile = staticFolder(join(siteDir, 'static'));
  const bodies = new Map(
    files.map(({ file, body, bodyLine }) => {
      if (body.length > LIMITS.bodyCharacters) {
        problems.push(
          whole(
            file,
            `${file}: the text below the front matter is ${String(body.length)} characters long; an advisory's text is at most ${String(LIMITS.bodyCharacters)}`,
          ),
        );
        return [file, { markdown: body, body }];
      }
      const checked = checkAdvisoryBody(body, address, staticFile);
      problems.push(
        ...checked.problems.map(({ message, line }) => ({
          file,
          path: ['body'],
          message: `${file}: ${message}`,
          // Lines of the text, counted from where it starts in the file.
          ...(line === undefined ? {} : { line: bodyLine + line - 1 }),
        })),
      );
      return [file, { markdown: body, body: checked.markdown }];
    }),
  );
  const checked = validateAdvisories(files, releases, today);
  if (!checked.ok) problems.push(...checked.problems);
  problems.push(...fileNameProblems(files));
  // Only an advisory that passed every other check is made into a CSAF document; what the CSAF
  // validator still finds is named by the document's path (the checks above name the fields).
  const filesById = new Map<unknown, AdvisoryFile>();
  for (const f of files) {
    const { id } = f.frontMatter as { id?: unknown };
    if (!filesById.has(id)) filesById.set(id, f);
  }
  const fileOf = (id: string): AdvisoryFile | undefined => filesById.get(id);
  const documents = new Map<string, CsafFile>();
  if (problems.length === 0 && checked.ok) {
    for (const advisory of checked.value) {
      const file = fileOf(advisory.id)?.file ?? advisory.id;
      const document = csafFile(advisory, bodies.get(file)?.body ?? '', address);
      documents.set(advisory.id, document);
      problems.push(
        ...(await csafProblems(document.document)).map((problem) =>
          whole(file, `${file}: it cannot be published as a CSAF 2.0 document: ${problem}`),
        ),
      );
    }
  }
  if (problems.length > 0 || !checked.ok) refuseFolder(siteDir, label, files, problems);
  return checked.value.map((advisory) => {
    const file = fileOf(advisory.id)?.file ?? '';
    const body = bodies.get(file);
    const csaf = documents.get(advisory.id);
    if (body === undefined || csaf === undefined) throw new Error(`No file was read for ${advisory.id}.`);
    return { advisory, ...body, csaf };
  });
}

/**
 * What an advisory folder is read and checked with: the site's folder, the advisories' folder, the
 * releases their branches must be among, where the site is published, and the build day
 * (`YYYY-MM-DD`, UTC), after which no advisory may be dated.
 */
type FolderArgs = [
  siteDir: string,
  dir: string,
  releases: readonly Release[],
  address: SiteAddress,
  today?: string,
];

/**
 * Reads, checks and prepares every advisory in `dir`, newest first. Any problem in any file stops
 * the build with one message listing them all, each naming its file and field.
 */
export async function loadAdvisories(...[siteDir, dir, ...rest]: FolderArgs): Promise<LoadedAdvisory[]> {
  return checkFolder(siteDir, dir, await readFolder(dir), ...rest);
}

/** What a folder's advisories are checked against, besides its files. */
const settingsOf = ([siteDir, , releases, address, today]: FolderArgs): string =>
  JSON.stringify([siteDir, releases, address, today ?? null]);

/** The last check of each folder: the files it read, the settings, and how it ended. */
interface Check {
  readonly key: string;
  readonly settings: string;
  readonly folder: Folder;
  readonly check: Promise<LoadedAdvisory[]>;
  /** Whether the check has ended in an error: one never stands for a later content. */
  failed: boolean;
}

const checks = new Map<string, Check>();

/**
 * `loadAdvisories`, worked out once for each content of the folder: the build asks once for the
 * section and once for each advisory's page, `docusaurus start` again after each edit. Every
 * caller gets the same advisories or the same error, and GitHub annotations are printed once.
 */
export async function checkedAdvisories(...args: FolderArgs): Promise<LoadedAdvisory[]> {
  const [siteDir, dir, releases, address, today] = args;
  const folder = await sharedRead(dir);
  const settings = settingsOf(args);
  const hash = createHash('sha256');
  hash.update(JSON.stringify([settings, folder.names, folder.notFiles]));
  for (const [name, bytes] of folder.files) {
    hash.update(`${name}\0${String(bytes.length)}\0`).update(bytes);
  }
  const key = hash.digest('hex');
  const kept = checks.get(dir);
  if (kept?.key === key) return kept.check;
  const check = checkFolder(siteDir, dir, folder, releases, address, today);
  const entry: Check = { key, settings, folder, check, failed: false };
  check.catch(() => {
    entry.failed = true;
  });
  checks.set(dir, entry);
  return check;
}

/**
 * The checked advisories, for the page of the file `name` whose text Docusaurus read as `text`.
 * The last check of the folder answers when it read that very text with the same settings and did
 * not fail: the file's own advisory is then as checked, and an edit to another file is seen by
 * that file's own page, which reads the folder again. Otherwise the folder is read and checked
 * again, as `checkedAdvisories` does. Reading the whole folder for each of its pages would cost
 * the build the square of the number of advisories.
 */
export async function checkedAdvisoriesForPage(
  name: string,
  text: string,
  ...args: FolderArgs
): Promise<LoadedAdvisory[]> {
  const kept = checks.get(args[1]);
  const read = kept?.folder.files.get(name);
  if (
    kept !== undefined &&
    !kept.failed &&
    read !== undefined &&
    kept.settings === settingsOf(args) &&
    read.equals(Buffer.from(text, 'utf8'))
  ) {
    return kept.check;
  }
  return checkedAdvisories(...args);
}

/** The read of each folder under way: the pages ask at once, and share one read of the files. */
const reads = new Map<string, Promise<Folder>>();

function sharedRead(dir: string): Promise<Folder> {
  const under = reads.get(dir);
  if (under !== undefined) return under;
  const read = readFolder(dir).finally(() => reads.delete(dir));
  reads.set(dir, read);
  return read;
}
