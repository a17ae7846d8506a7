/**
 * CSAF's rule that one version of a document is one content (specification 3.2.1.12.8, the
 * version changes with every change a consumer may see): each committed version of an advisory
 * file is made into its CSAF document, and a document that changed while its
 * `/document/tracking/version` did not is a change published without a new `revisions` entry.
 * Each version is checked by the build's own checks (load.ts). A test runs this over the git
 * history of advisories/ (tests/builds/advisoryVersions.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

import type { SiteAddress } from '../../formats/urls';
import type { Release } from '../../releases/model';
import type { Folder } from '../folder';
import { checkAdvisoryFiles } from './load';

/** One version of an advisory file: where it comes from (a commit, or the working copy), its text. */
export interface FileVersion {
  readonly label: string;
  readonly text: string;
}

/**
 * The CSAF document of one version of `file`, checked as the build checks it (checkAdvisoryFiles),
 * or undefined when that version was not valid.
 */
async function documentOf(
  file: string,
  text: string,
  releases: readonly Release[],
  address: SiteAddress,
): Promise<Record<string, unknown> | undefined> {
  const name = basename(file);
  const folder: Folder = {
    names: [name],
    files: new Map([[name, Buffer.from(text, 'utf8')]]),
    notFiles: [],
  };
  const checked = await checkAdvisoryFiles(dirname(file), folder, {
    siteDir: '.',
    releases,
    address,
  });
  return 'advisories' in checked ? checked.advisories[0]?.csaf.document : undefined;
}

/**
 * Each change between consecutive versions of `file` (oldest first) that a CSAF consumer would
 * see under an unchanged tracking version, as a message naming both versions. Versions that did
 * not pass the checks are passed over: the build refused them, so they were never published.
 */
export async function unrecordedChanges(
  file: string,
  versions: readonly FileVersion[],
  releases: readonly Release[],
  address: SiteAddress,
): Promise<string[]> {
  const documents = (
    await Promise.all(
      versions.map(async (version) => ({
        ...version,
        document: await documentOf(file, version.text, releases, address),
      })),
    )
  ).filter((version) => version.document !== undefined);
  const versionOf = (document: Record<string, unknown> | undefined): string =>
    (document as { document: { tracking: { version: string } } } | undefined)?.document.tracking
      .version ?? '';
  return documents.slice(1).flatMap((later, index) => {
    const earlier = documents[index];
    if (earlier === undefined) return [];
    const same = JSON.stringify(earlier.document) === JSON.stringify(later.document);
    if (same || versionOf(earlier.document) !== versionOf(later.document)) return [];
    return [
      `${file}: its CSAF document changed between ${earlier.label} and ${later.label} but stayed version ${versionOf(later.document)}: set updated to the day of the change and add a line to revisions saying what changed`,
    ];
  });
}

/**
 * The versions of the advisory file at `path` (relative to `repo`), oldest first: each commit
 * that changed it, under the name it had then (renames followed), and the working copy when it
 * differs from the last commit. None when `repo` is not a git work tree (a build from an archive).
 */
export function committedVersions(repo: string, path: string): FileVersion[] {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    git('rev-parse', '--is-inside-work-tree');
  } catch {
    return [];
  }
  // A commit's hash on a line, then the file's name in that commit; a merge that did not change
  // the file lists no name, and is passed over.
  const commits: { commit: string; name: string }[] = [];
  let commit: string | undefined;
  for (const line of git('log', '--follow', '--format=%H', '--name-only', '--', path).split('\n')) {
    if (/^[0-9a-f]{40}$/.test(line)) commit = line;
    else if (line.trim() !== '' && commit !== undefined) {
      commits.push({ commit, name: line });
      commit = undefined;
    }
  }
  const versions = commits.reverse().map(({ commit, name }) => ({
    label: `commit ${commit.slice(0, 12)}`,
    text: git('show', `${commit}:${name}`),
  }));
  const current = readFileSync(join(repo, path), 'utf8');
  return versions.at(-1)?.text === current
    ? versions
    : [...versions, { label: 'the working copy', text: current }];
}
