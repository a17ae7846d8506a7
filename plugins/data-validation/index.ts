import type { Plugin } from '@docusaurus/types';

import { releases } from '../../src/data/releases';
import { team } from '../../src/data/team';
import { RELEASES_FILE, validateReleases } from '../../src/lib/releases';
import { TEAM_FILE, validateTeam } from '../../src/lib/team';
import { DataValidationError } from '../../src/lib/validation';

/**
 * Stops `docusaurus build` and `docusaurus start` when a data file is wrong,
 * before anything is bundled, with one line per problem in every file.
 */
export default function dataValidationPlugin(): Plugin {
  return {
    name: 'milex-data-validation',
    loadContent() {
      const checks = [
        { file: RELEASES_FILE, result: validateReleases(releases) },
        { file: TEAM_FILE, result: validateTeam(team) },
      ];
      const messages = checks.flatMap(({ file, result }) =>
        result.ok ? [] : [new DataValidationError(file, result.problems).message],
      );
      if (messages.length > 0) {
        const error = new Error(messages.join('\n\n'));
        // The trace would only point at this plugin; the maintainer needs the list, not the trace.
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      }
      return Promise.resolve();
    },
  };
}
