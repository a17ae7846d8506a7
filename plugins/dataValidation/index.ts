import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';

import { releases } from '../../src/data/releases';
import { outputs, site } from '../../src/lib/site';
import { team } from '../../src/data/team';
import { dataFileLine } from '../../src/lib/buildTime/annotations';
import { escapingSymlinks, escapingSymlinksMessage } from '../../src/lib/buildTime/diskPaths';
import { RELEASES_FILE, validateReleases } from '../../src/lib/releases/validate';
import { SITE_FILE, validateSite } from '../../src/lib/site/validate';
import { TEAM_FILE, validateTeam } from '../../src/lib/team/validate';
import { DataValidationError, summarized } from '../../src/lib/formats/problems';
import { absoluteUrl } from '../../src/lib/formats/urls';
import { annotateInGitHubActions } from '../../src/lib/buildTime/annotate';

/**
 * Stops `docusaurus build` and `docusaurus start` when a folder it publishes from holds a symlink
 * out of the repository, or when a data file is wrong, with one line per
 * problem in every file (and, in GitHub Actions, an annotation on the entry at fault). It checks
 * while the plugins are set up (an async plugin constructor, which Docusaurus awaits), before any
 * plugin loads content: nothing is bundled for data that cannot be published. (The config reads
 * the notices and advisories for the banner before, and only once the table is valid.)
 */
/** The fingerprints of the public keys committed in `openpgp/` (`<FINGERPRINT>.asc`). */
function committedFingerprints(siteDir: string): Set<string> {
  let names: string[];
  try {
    names = readdirSync(join(siteDir, 'openpgp'));
  } catch {
    names = [];
  }
  return new Set(
    names.flatMap((name) => /^([0-9A-F]{40}|[0-9A-F]{64})\.asc$/.exec(name)?.[1] ?? []),
  );
}

export default async function dataValidationPlugin({
  siteDir,
  siteConfig,
}: LoadContext): Promise<Plugin> {
  const links = escapingSymlinks(siteDir);
  if (links.length > 0) {
    const error = new Error(escapingSymlinksMessage(links));
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
  const address = { url: siteConfig.url, baseUrl: siteConfig.baseUrl };
  const checks = [
    { file: RELEASES_FILE, result: validateReleases(releases) },
    { file: TEAM_FILE, result: validateTeam(team) },
    {
      file: SITE_FILE,
      result: validateSite(site, {
        siteRoot: absoluteUrl(address, '/'),
        folder: absoluteUrl(address, outputs.csafOpenpgpKeys),
        fingerprints: committedFingerprints(siteDir),
      }),
    },
  ];
  const failed = checks.flatMap(({ file, result }) =>
    result.ok ? [] : [{ file, problems: result.problems }],
  );
  if (failed.length > 0) {
    // As the error lists them: a few of each kind, then a count (one annotation each), each at
    // the line of its entry or field.
    const problems = summarized(failed.flatMap((check) => check.problems));
    const lines = new Map(
      await Promise.all(
        problems.map(
          async (problem) =>
            [
              problem,
              await dataFileLine(readFileSync(join(siteDir, problem.file), 'utf8'), problem.path),
            ] as const,
        ),
      ),
    );
    annotateInGitHubActions(
      siteDir,
      problems.map((problem) => ({
        file: problem.file,
        line: lines.get(problem),
        message: problem.message,
      })),
    );
    const messages = failed.map(
      ({ file, problems }) =>
        new DataValidationError(file, problems, (problem) => lines.get(problem)).message,
    );
    const error = new Error(messages.join('\n\n'));
    // The trace would only point at this plugin; the maintainer needs the list, not the trace.
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
  return { name: 'milex-data-validation' };
}
