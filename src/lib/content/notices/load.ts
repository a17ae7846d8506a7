/**
 * Reading and checking the notice files of one folder, every file at once, as the advisories are
 * (content/advisories/load.ts): the same reading, text checks and one check per content of the
 * folder (content/folder.ts, body.ts, checks.ts). The section's plugin and the front-matter hook
 * (for each notice's page) both ask for it.
 */
import { join, relative, resolve } from 'node:path';

import logger from '@docusaurus/logger';

import { annotateInGitHubActions } from '../../buildTime/annotate';
import { frontMatterLine } from '../../buildTime/annotations';
import { staticFolder } from '../../buildTime/diskPaths';
import { backDatedWarning, firstSeenDay } from '../../buildTime/firstSeen';
import type { SiteAddress } from '../../formats/urls';
import { NOTICE_LIMITS, type Notice } from '../../notices/model';
import type { Release } from '../../releases/model';
import type { LoadedAdvisory } from '../advisories/load';
import { checkBodies } from '../body';
import { folderChecks } from '../checks';
import { type Folder, readFolderFiles, refuseFolder } from '../folder';
import type { ItemFile } from '../itemFile';
import { validateNotices } from './validate';

/** One checked notice and its text, as Docusaurus renders it on the notice's page. */
export interface LoadedNotice {
  readonly notice: Notice;
  readonly markdown: string;
  /** The title of each advisory the notice's release brought, by id. */
  readonly advisoryTitles: Readonly<Record<string, string>>;
}

/**
 * What a notice folder is checked with: the site's folder, the notices' folder (relative to the
 * site), the releases a notice's branches must be among, where the site is published (links in a
 * notice's text are checked against it), the build day (`YYYY-MM-DD`, UTC), and the checked
 * advisories, which a released notice's advisories must be among.
 */
export interface NoticeChecks {
  readonly siteDir: string;
  readonly dir: string;
  readonly releases: readonly Release[];
  readonly address: SiteAddress;
  readonly buildDay: string;
  readonly advisories: readonly LoadedAdvisory[];
}

/** What the text of a notice with none should say. */
const EMPTY_BODY = 'say what the release is, and what people running Milex should plan for';

function checkFolder(folder: Folder, checks: NoticeChecks): LoadedNotice[] {
  const { siteDir, releases, address, buildDay, advisories } = checks;
  const label = relative(siteDir, resolve(siteDir, checks.dir));
  const read = readFolderFiles(label, folder, {
    noun: 'notice',
    fileBytes: NOTICE_LIMITS.fileBytes,
    emptyBody: EMPTY_BODY,
  });
  const { files } = read;
  // The same checks of links, images and markup as an advisory's text.
  const { bodies, problems: bodyProblems } = checkBodies(
    files,
    {
      noun: 'notice',
      bodyCharacters: NOTICE_LIMITS.bodyCharacters,
      tooLongAdvice: 'keep it short, and put the details in the advisories',
    },
    address,
    staticFolder(join(siteDir, 'static')),
  );
  const checked = validateNotices(files, {
    releases,
    today: buildDay,
    advisories: new Map(
      advisories.map(({ advisory }) => [advisory.id, advisory.affected.map((a) => a.branch)]),
    ),
  });
  const problems = [...read.problems, ...bodyProblems, ...(checked.ok ? [] : checked.problems)];
  if (problems.length > 0 || !checked.ok) refuseFolder(siteDir, label, files, problems);
  warnOfBackDating(siteDir, files, buildDay);
  const titles = new Map(advisories.map(({ advisory }) => [advisory.id, advisory.title]));
  const fileOf = new Map(files.map(({ file, frontMatter }) => [(frontMatter as Notice).id, file]));
  return checked.value.map((notice) => ({
    notice,
    markdown: bodies.get(fileOf.get(notice.id) ?? '')?.markdown ?? '',
    // validateNotices refused an advisory id the advisories do not have.
    advisoryTitles: Object.fromEntries(
      (notice.released?.advisories ?? []).map((id) => [id, titles.get(id) ?? id]),
    ),
  }));
}

/**
 * Warns of a notice dated before git first saw its file: its notice of the release may be on
 * paper only. A warning, not a refusal: a notice may have been public elsewhere first.
 */
function warnOfBackDating(siteDir: string, files: readonly ItemFile[], buildDay: string): void {
  const warnings = files.flatMap(({ file, frontMatter, yaml }) => {
    const { published } = frontMatter as Notice;
    const seen = firstSeenDay(siteDir, file, buildDay);
    const message = backDatedWarning(file, published, seen, buildDay);
    return message === undefined
      ? []
      : [{ file, line: frontMatterLine(yaml, ['published']), message }];
  });
  for (const { message } of warnings) logger.warn(message);
  annotateInGitHubActions(siteDir, warnings, process.env, 'warning');
}

const checks = folderChecks<LoadedNotice[]>('notices');

/**
 * The notices of the folder, latest release day first, checked once for each content of the
 * folder and of the advisories: the build asks for the section and for each notice's page. Any
 * problem in any file stops the build with one message listing them all.
 */
export function checkedNotices(args: NoticeChecks): Promise<LoadedNotice[]> {
  const { siteDir, releases, address, buildDay, advisories } = args;
  const settings = JSON.stringify([
    siteDir,
    releases,
    address,
    buildDay,
    advisories.map(({ advisory }) => [advisory.id, advisory.title, advisory.affected]),
  ]);
  return checks.checked(resolve(siteDir, args.dir), settings, (folder) =>
    checkFolder(folder, args),
  );
}
