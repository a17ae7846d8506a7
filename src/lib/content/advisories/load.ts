/**
 * Reading and checking the advisory files of one folder, every file at once. The section's plugin
 * (for the list, the feeds and the OSV records) and the front-matter hook (for each advisory's
 * page) both ask for the same folder; `checkedAdvisories` reads it once per content and gives both
 * the same answer, or the same complete list of problems (content/checks.ts). The reading, the
 * text's checks and the ids' are those of every item (content/folder.ts, body.ts, item.ts).
 */
import { join, relative } from 'node:path';

import { type Advisory, LIMITS } from '../../advisories/model';
import { staticFolder } from '../../buildTime/diskPaths';
import type { Problem } from '../../formats/problems';
import type { SiteAddress } from '../../formats/urls';
import type { Release } from '../../releases/model';
import { checkBodies } from '../body';
import { folderChecks } from '../checks';
import { type Folder, readFolder, readFolderFiles, refuseFolder } from '../folder';
import { fileNameProblems } from '../item';
import type { ItemFile } from '../itemFile';
import { type CsafFile, csafFile, csafProblems } from './csaf';
import { ADVISORY_IDS, validateAdvisories } from './validate';

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

/** What an advisory's text should say, for a file that has none. */
const EMPTY_BODY = 'explain the impact, the affected setups, the fix and any workaround';

/**
 * The advisories of `folder` (at `label`, relative to the site) checked, newest first; or the
 * files read and every problem of every file. Only an advisory that passed every other check is
 * made into a CSAF document; what the CSAF validator still finds is named by the document's path
 * (the checks before it name the fields).
 */
export async function checkAdvisoryFiles(
  label: string,
  folder: Folder,
  { siteDir, releases, address, today }: Omit<AdvisoryChecks, 'dir'>,
): Promise<
  | { readonly advisories: LoadedAdvisory[] }
  | { readonly files: readonly ItemFile[]; readonly problems: readonly Problem[] }
> {
  /** A problem with a file as a whole. */
  const whole = (file: string, message: string): Problem => ({ file, path: [], message });
  const read = readFolderFiles(label, folder, {
    noun: 'advisory',
    fileBytes: LIMITS.fileBytes,
    emptyBody: EMPTY_BODY,
  });
  const { files } = read;
  // Images and file links must be files of static/ (Docusaurus publishes what they name).
  const { bodies, problems: bodyProblems } = checkBodies(
    files,
    { noun: 'advisory', bodyCharacters: LIMITS.bodyCharacters },
    address,
    staticFolder(join(siteDir, 'static')),
  );
  const checked = validateAdvisories(files, releases, today);
  const problems = [
    ...read.problems,
    ...bodyProblems,
    ...(checked.ok ? [] : checked.problems),
    ...fileNameProblems(files, ADVISORY_IDS),
  ];
  if (problems.length > 0 || !checked.ok) return { files, problems };
  const fileOf = new Map(files.map((f) => [(f.frontMatter as { id: string }).id, f.file]));
  const advisories: LoadedAdvisory[] = [];
  for (const advisory of checked.value) {
    const file = fileOf.get(advisory.id) ?? advisory.id;
    const body = bodies.get(file);
    if (body === undefined) throw new Error(`No file was read for ${advisory.id}.`);
    const csaf = csafFile(advisory, body.body, address);
    problems.push(
      ...(await csafProblems(csaf.document)).map((problem) =>
        whole(file, `${file}: it cannot be published as a CSAF 2.0 document: ${problem}`),
      ),
    );
    advisories.push({ advisory, ...body, csaf });
  }
  return problems.length > 0 ? { files, problems } : { advisories };
}

/**
 * What an advisory folder is read and checked with: the site's folder, the advisories' folder, the
 * releases their branches must be among, where the site is published, and the build day
 * (`YYYY-MM-DD`, UTC), after which no advisory may be dated.
 */
export interface AdvisoryChecks {
  readonly siteDir: string;
  readonly dir: string;
  readonly releases: readonly Release[];
  readonly address: SiteAddress;
  readonly today?: string;
}

/** Checks what was read; any problem in any file throws one error listing them all. */
async function checkFolder(folder: Folder, checks: AdvisoryChecks): Promise<LoadedAdvisory[]> {
  const label = relative(checks.siteDir, checks.dir);
  const checked = await checkAdvisoryFiles(label, folder, checks);
  if ('problems' in checked) refuseFolder(checks.siteDir, label, checked.files, checked.problems);
  return checked.advisories;
}

/**
 * Reads, checks and prepares every advisory in `dir`, newest first. Any problem in any file stops
 * the build with one message listing them all, each naming its file and field.
 */
export async function loadAdvisories(checks: AdvisoryChecks): Promise<LoadedAdvisory[]> {
  return checkFolder(await readFolder(checks.dir), checks);
}

/** What a folder's advisories are checked against, besides its files. */
const settingsOf = ({ siteDir, releases, address, today }: AdvisoryChecks): string =>
  JSON.stringify([siteDir, releases, address, today ?? null]);

const checks = folderChecks<LoadedAdvisory[]>('advisories');

/**
 * `loadAdvisories`, worked out once for each content of the folder (content/checks.ts): the
 * build asks once for the section and once for each advisory's page.
 */
export function checkedAdvisories(args: AdvisoryChecks): Promise<LoadedAdvisory[]> {
  return checks.checked(args.dir, settingsOf(args), (folder) => checkFolder(folder, args));
}

/**
 * The checked advisories, for the page of the file `name` whose text Docusaurus read as `text`:
 * the last check of the folder, when it read that very text (content/checks.ts).
 */
export function checkedAdvisoriesForPage(
  name: string,
  text: string,
  args: AdvisoryChecks,
): Promise<LoadedAdvisory[]> {
  return checks.forPage(args.dir, name, text, settingsOf(args), (folder) =>
    checkFolder(folder, args),
  );
}
