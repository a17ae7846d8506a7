import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';

import { releases } from '../../src/data/releases';
import { team } from '../../src/data/team';
import { arrayEntries, entryProblemLine } from '../../src/lib/annotations';
import { RELEASES_FILE, validateReleases } from '../../src/lib/releases/validate';
import { TEAM_FILE, validateTeam } from '../../src/lib/team';
import { DataValidationError } from '../../src/lib/validation';
import { annotateInGitHubActions } from '../annotate';

/**
 * Stops `docusaurus build` and `docusaurus start` when a data file is wrong,
 * before anything is bundled, with one line per problem in every file (and, in GitHub Actions,
 * an annotation on the entry at fault).
 */
export default function dataValidationPlugin({ siteDir }: LoadContext): Plugin {
  return {
    name: 'milex-data-validation',
    loadContent() {
      const checks = [
        { file: RELEASES_FILE, key: 'branch', result: validateReleases(releases) },
        { file: TEAM_FILE, key: 'name', result: validateTeam(team) },
      ];
      const failed = checks.flatMap(({ file, key, result }) =>
        result.ok ? [] : [{ file, key, problems: result.problems }],
      );
      if (failed.length > 0) {
        annotateInGitHubActions(
          siteDir,
          failed.flatMap(({ file, key, problems }) => {
            const entries = arrayEntries(readFileSync(join(siteDir, file), 'utf8'), key);
            return problems.map((message) => ({
              file,
              line: entryProblemLine(message, entries),
              message,
            }));
          }),
        );
        const messages = failed.map(
          ({ file, problems }) => new DataValidationError(file, problems).message,
        );
        const error = new Error(messages.join('\n\n'));
        // The trace would only point at this plugin; the maintainer needs the list, not the trace.
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      }
      return Promise.resolve();
    },
  };
}
