/**
 * When git first saw a file: the UTC day of the oldest commit that has it (renames followed). A
 * notice's `published` day before it was back-dated, and its two weeks' notice may be on paper
 * only; the notices plugin warns of it.
 */
import { execFileSync } from 'node:child_process';

import { utcDayOf } from '../formats/dates';

/**
 * The UTC day git first saw `path` (relative to `repo`); `today` when no commit has it yet (a
 * file being added). Undefined when git cannot say: not a git work tree (a build from an archive),
 * or a shallow clone, whose oldest commit is only where the clone stops.
 */
export function firstSeenDay(repo: string, path: string, today: string): string | undefined {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return undefined;
    // Committer times, newest first; the last is the oldest commit with the file.
    const times = git('log', '--follow', '--format=%ct', '--', path).trim().split('\n');
    const oldest = Number(times.at(-1));
    return times.at(-1) === '' || !Number.isFinite(oldest)
      ? today
      : utcDayOf(new Date(oldest * 1000));
  } catch {
    return undefined;
  }
}

/**
 * The warning for a notice dated before git first saw it; undefined when it is not, when git
 * cannot say, or when the build is of a day before git saw it.
 */
export function backDatedWarning(
  file: string,
  published: string,
  seen: string | undefined,
  today: string,
): string | undefined {
  // Seen after the build day: a build of another day (BUILD_DAY), with nothing to compare.
  if (seen === undefined || published >= seen || seen > today) return undefined;
  return `${file}: published ${published} is before ${seen}, the day the file first reached the repository: a notice is dated the day it goes public, and its notice of the release counts from then. If it was not public before, set published to ${seen}`;
}
