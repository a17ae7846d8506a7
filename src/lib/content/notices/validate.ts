/**
 * Checking notices' front matter, every file at once, against the rules on "Announcing a security
 * release" and the release branches in the data; what passes comes back as `Notice` values,
 * newest release day first.
 */
import { ADVISORY_ID, isSeverity, SEVERITIES } from '../../advisories/model';
import {
  addDays,
  daysBetween,
  idYearProblem,
  isIsoDate,
  isPublishableDay,
  UNPUBLISHABLE_DAY,
} from '../../formats/dates';
import { textFieldFindings } from '../../formats/hiddenCharacters';
import { datedChangeProblems } from '../../formats/datedChanges';
import { compareText } from '../../formats/order';
import {
  describe,
  duplicates,
  type Finding,
  inFile,
  isRecord,
  notUnder,
  type Problem,
  unknownFields,
  type Validation,
} from '../../formats/problems';
import { lifecycleOf, stateOn } from '../../releases/lifecycle';
import { branchNumbers, isLine, isSupported, type Release } from '../../releases/model';
import {
  duplicateIdProblems,
  fileNameProblems,
  type IdRules,
  type ItemSource,
  MAX_TITLE_LENGTH,
  withUnfilledFields,
} from '../item';
import {
  NOTICE_DAYS,
  NOTICE_ID,
  NOTICE_LIMITS,
  NOTICE_PROMISE,
  type Notice,
} from '../../notices/model';

/** What the id checks of content/item.ts need of notices. */
const NOTICE_IDS: IdRules = { noun: 'notice', idForm: NOTICE_ID };

const FIELDS = [
  'id',
  'title',
  'published',
  'releaseDay',
  'outOfSequence',
  'branches',
  'highestSeverity',
  'issues',
  'moves',
  'released',
] as const;

export interface NoticeChecks {
  readonly releases: readonly Release[];
  /** The build day, `YYYY-MM-DD` (UTC): nothing is dated after it, and nothing released before. */
  readonly today: string;
  /**
   * The published advisories, by id, each with the branches it affects: `released.advisories`
   * must be among them, and each must affect a branch of the notice.
   */
  readonly advisories: ReadonlyMap<string, readonly string[]>;
}

/** A move's summary is one line, shown in the feeds, the calendar and the page's description. */
export const MOVE_SUMMARY_CHARACTERS = 200;

/**
 * Whether a branch an advisory affects is one a notice's branch covers: the same branch, or a minor
 * release and its line (`1.2` and `1.x`), either way round.
 */
export function branchesMeet(a: string, b: string): boolean {
  if (a === b) return true;
  if (!isLine(a) && !isLine(b)) return false;
  return branchNumbers(a).major === branchNumbers(b).major;
}

const at = (path: Finding['path'], message: string): Finding => ({ path, message });
const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const texts = (list: readonly unknown[]): (string | undefined)[] =>
  list.map((entry) => (typeof entry === 'string' ? entry : undefined));

/** A day field: written YYYY-MM-DD, one the site can publish; undefined when it is one. */
function dayProblem(name: string, value: unknown): string | undefined {
  if (!isIsoDate(value)) return `${name} must be a date written YYYY-MM-DD, got ${describe(value)}`;
  return isPublishableDay(value) ? undefined : `${name} ${value} ${UNPUBLISHABLE_DAY}`;
}

function branchProblems(label: string, value: unknown, releases: readonly Release[]): Finding[] {
  const known = releases.map((release) => release.branch);
  if (!Array.isArray(value) || value.length === 0) {
    return [
      at(
        ['branches'],
        `${label}: branches must list the release branches the release covers, such as ['1.0'], got ${describe(value)}`,
      ),
    ];
  }
  if (value.length > NOTICE_LIMITS.branches) {
    return [
      at(
        ['branches'],
        `${label}: branches lists ${String(value.length)}; a notice names at most ${String(NOTICE_LIMITS.branches)}`,
      ),
    ];
  }
  const problems = duplicates('branch', texts(value), (index) => ['branches', index]).map(
    (finding) => ({ ...finding, message: `${label}: ${finding.message}` }),
  );
  value.forEach((branch: unknown, index) => {
    if (typeof branch === 'number') {
      problems.push(
        at(
          ['branches', index],
          `${label}: branches[${String(index)}] ${String(branch)} is a number; put the branch in quotes, such as '1.0' (YAML reads 1.0 as the number 1)`,
        ),
      );
    } else if (typeof branch !== 'string' || !known.includes(branch)) {
      problems.push(
        at(
          ['branches', index],
          `${label}: branches[${String(index)}] ${describe(branch)} is not in src/data/releases.ts (the branches are ${known.map((b) => `"${b}"`).join(', ') || 'none'})`,
        ),
      );
    }
  });
  return problems;
}

/**
 * The release day's moves: each `{ date, summary, from }`, oldest first, made on or after the
 * notice was published and not after the build day, each `from` the day the release was set for
 * until then (the first, the day the notice announced), so each move changes the day to one on or
 * after the move. An out-of-sequence release keeps its two weeks: a move to an earlier day is made
 * at least `NOTICE_DAYS` before it. A move to a later day keeps the notice already given.
 */
function moveProblems(label: string, data: Record<string, unknown>, today: string): Finding[] {
  const { moves, published, releaseDay, outOfSequence } = data;
  return datedChangeProblems(label, moves, {
    field: 'moves',
    entryName: 'move',
    fields: ['date', 'from', 'summary'],
    each: 'one per change of the release day',
    limit: { article: 'a', kind: 'notice', most: NOTICE_LIMITS.moves },
    published,
    today,
    summarySays: 'say why the day moved',
    summaryProblem: (summary) => {
      if (/[\r\n]/.test(summary.trim())) {
        return 'summary must be one line, for the feeds, the calendar and the banner';
      }
      if (summary.length > MOVE_SUMMARY_CHARACTERS) {
        return `summary is ${String(summary.length)} characters long; keep it to ${String(MOVE_SUMMARY_CHARACTERS)}, one line on why the day moved, and put the rest in the notice's text`;
      }
      return undefined;
    },
    entryFindings: (move, index, date) => {
      const found: { field: string; message: string }[] = [];
      const { from } = move;
      // The day this move set: the next move's `from`, or the release day after the last one.
      const next = (moves as unknown[])[index + 1];
      const to = isRecord(next) ? next.from : releaseDay;
      const toName = isRecord(next) ? `moves[${String(index + 1)}].from` : 'releaseDay';
      if (date !== undefined) {
        if (isIsoDate(to) && to < date) {
          found.push({
            field: 'date',
            message: `date ${date} is after ${to}, the day it moved the release to (${toName}): a move sets a day still to come`,
          });
        } else if (
          outOfSequence === true &&
          isIsoDate(from) &&
          isIsoDate(to) &&
          to < from &&
          daysBetween(date, to) < NOTICE_DAYS
        ) {
          found.push({
            field: 'date',
            message: `the move on ${date} brings the release forward from ${from} to ${to}, ${String(daysBetween(date, to))} days later, but the policy says of an out-of-sequence release that "${NOTICE_PROMISE}": move it to ${addDays(date, NOTICE_DAYS)} or later (${toName})`,
          });
        }
      }
      const fromProblem = dayProblem('from', from);
      if (fromProblem !== undefined) found.push({ field: 'from', message: fromProblem });
      else if (isIsoDate(from)) {
        if (from === to) {
          found.push({
            field: 'from',
            message: `from ${from} is the day it moved to as well: a move changes the release day`,
          });
        }
        // The first move's `from` is the day the notice announced when it was published.
        if (index === 0 && isIsoDate(published) && from < published) {
          found.push({
            field: 'from',
            message: `from ${from} is before published ${published}: the first move's from is the release day the notice announced when it was published`,
          });
        }
      }
      return found;
    },
  }).problems;
}

/**
 * A security release is for branches in security support on its day: a branch that is planned or
 * end of life then gets none (the policy: security fixes for supported branches only).
 */
function unsupportedBranches(
  label: string,
  data: Record<string, unknown>,
  releases: readonly Release[],
): Finding[] {
  const { branches, releaseDay } = data;
  if (!Array.isArray(branches) || !isIsoDate(releaseDay) || !isPublishableDay(releaseDay))
    return [];
  return branches.flatMap((branch: unknown, index): Finding[] => {
    const release = releases.find((r) => r.branch === branch);
    if (release === undefined) return [];
    const { status } = stateOn(lifecycleOf(release, releases), releaseDay);
    if (isSupported(status)) return [];
    const state =
      status === 'eol' ? 'end of life' : status === 'beta' ? 'in beta' : 'not yet released';
    return [
      at(
        ['branches', index],
        `${label}: branches[${String(index)}] Milex ${release.branch} is ${state} on the release day, ${releaseDay}: a security release is for supported branches only (src/data/releases.ts)`,
      ),
    ];
  });
}

function releasedProblems(
  label: string,
  data: Record<string, unknown>,
  checks: NoticeChecks,
): Finding[] {
  const { released, releaseDay, branches } = data;
  if (released === undefined) return [];
  if (!isRecord(released)) {
    return [
      at(
        ['released'],
        `${label}: released must be { advisories: [ids] }, the advisories the release brought, got ${describe(released)}`,
      ),
    ];
  }
  const problems = unknownFields(`${label}: released`, released, ['advisories'], ['released']);
  if (isIsoDate(releaseDay) && releaseDay > checks.today) {
    problems.push(
      at(
        ['released'],
        `${label}: released is set, but releaseDay ${releaseDay} is after the build day, ${checks.today}: if the release came early, record the move of its day in moves first`,
      ),
    );
  }
  const { advisories } = released;
  if (!Array.isArray(advisories) || advisories.length === 0) {
    problems.push(
      at(
        ['released', 'advisories'],
        `${label}: released.advisories must list the ids of the advisories the release brought, such as MILEX-2026-001, got ${describe(advisories)}`,
      ),
    );
    return problems;
  }
  if (advisories.length > NOTICE_LIMITS.advisories) {
    problems.push(
      at(
        ['released', 'advisories'],
        `${label}: released.advisories lists ${String(advisories.length)}; a notice names at most ${String(NOTICE_LIMITS.advisories)}`,
      ),
    );
    return problems;
  }
  advisories.forEach((id: unknown, index) => {
    const path = ['released', 'advisories', index];
    if (typeof id !== 'string' || !ADVISORY_ID.test(id)) {
      problems.push(
        at(
          path,
          `${label}: released.advisories[${String(index)}] ${describe(id)} is not an advisory id such as MILEX-2026-001`,
        ),
      );
    } else if (!checks.advisories.has(id)) {
      problems.push(
        at(
          path,
          `${label}: released.advisories[${String(index)}] ${id} is not a published advisory: add advisories/${id}.md first, or correct the id`,
        ),
      );
    } else if (Array.isArray(branches)) {
      const affected = checks.advisories.get(id) ?? [];
      const covered = branches.filter((b): b is string => typeof b === 'string');
      if (!affected.some((a) => covered.some((b) => branchesMeet(a, b)))) {
        problems.push(
          at(
            path,
            `${label}: released.advisories[${String(index)}] ${id} affects ${affected.map((b) => `Milex ${b}`).join(', ')}, none of the notice's branches (${covered.join(', ')}): name the advisories of this release only`,
          ),
        );
      }
    }
  });
  problems.push(
    ...duplicates('advisory', texts(advisories), (index) => ['released', 'advisories', index]).map(
      (finding) => ({ ...finding, message: `${label}: released.${finding.message}` }),
    ),
  );
  return problems;
}

/** Every problem with one notice's front matter, each message starting with its file. */
function noticeProblems(source: ItemSource, checks: NoticeChecks): Finding[] {
  const label = source.file;
  const data = source.frontMatter;
  if (!isRecord(data))
    return [at([], `${label}: the front matter is missing or is not a list of fields`)];
  const problems = unknownFields(label, data, FIELDS, []);
  const field = (name: string, message: string): void => {
    problems.push(at([name], `${label}: ${message}`));
  };
  const { id, title, published, releaseDay, outOfSequence, highestSeverity, issues } = data;
  if (typeof id !== 'string' || !NOTICE_ID.test(id)) {
    field('id', `id must look like MILEX-SR-2026-001, got ${describe(id)}`);
  }
  if (!text(title)) field('title', `title must be non-empty text, got ${describe(title)}`);
  else if (/[\r\n]/.test(title.trim()))
    field('title', 'title must be one line, for browser tabs, feeds and the banner');
  else if (title.length > MAX_TITLE_LENGTH) {
    field(
      'title',
      `title is ${String(title.length)} characters long; keep it to ${String(MAX_TITLE_LENGTH)} so the banner, feeds and browser tabs show it whole`,
    );
  }
  const publishedProblem = dayProblem('published', published);
  if (publishedProblem !== undefined) field('published', publishedProblem);
  else if (isIsoDate(published) && published > checks.today) {
    field(
      'published',
      `published ${published} is after the build day, ${checks.today}: a notice is dated the day it is published, never later`,
    );
  }
  const releaseProblem = dayProblem('releaseDay', releaseDay);
  if (releaseProblem !== undefined) field('releaseDay', releaseProblem);
  else if (isIsoDate(releaseDay) && isIsoDate(published) && isPublishableDay(published)) {
    if (releaseDay < published) {
      field(
        'releaseDay',
        `releaseDay ${releaseDay} is before published ${published}: a notice comes before its release`,
      );
    } else if (outOfSequence === true) {
      // The day announced when the notice was published: before any move, the release day.
      const firstMove = Array.isArray(data.moves) ? (data.moves[0] as unknown) : undefined;
      const moved = isRecord(firstMove) && isIsoDate(firstMove.from);
      const announced = moved ? String(firstMove.from) : releaseDay;
      const name = moved ? 'moves[0].from' : 'releaseDay';
      if (announced >= published && daysBetween(published, announced) < NOTICE_DAYS) {
        problems.push(
          at(
            moved ? ['moves', 0, 'from'] : ['releaseDay'],
            `${label}: ${name} ${announced} is ${String(daysBetween(published, announced))} days after published ${published}, but the policy says of an out-of-sequence release that "${NOTICE_PROMISE}": set ${name} to ${addDays(published, NOTICE_DAYS)} or later`,
          ),
        );
      }
    }
  }
  const yearProblem = NOTICE_ID.test(String(id)) ? idYearProblem(id, published) : undefined;
  if (yearProblem !== undefined) field('id', yearProblem);
  if (typeof outOfSequence !== 'boolean') {
    field(
      'outOfSequence',
      `outOfSequence must be true (a release outside the usual cycle) or false, got ${describe(outOfSequence)}`,
    );
  }
  problems.push(...branchProblems(label, data.branches, checks.releases));
  problems.push(...unsupportedBranches(label, data, checks.releases));
  if (highestSeverity !== undefined && !isSeverity(highestSeverity)) {
    field(
      'highestSeverity',
      `highestSeverity ${describe(highestSeverity)} is not one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}`,
    );
  }
  if (
    issues !== undefined &&
    (typeof issues !== 'number' ||
      !Number.isInteger(issues) ||
      issues < 1 ||
      issues > NOTICE_LIMITS.issues)
  ) {
    field(
      'issues',
      `issues must be the number of security issues the release fixes, a whole number from 1 to ${String(NOTICE_LIMITS.issues)}, got ${describe(issues)}`,
    );
  }
  problems.push(...moveProblems(label, data, checks.today));
  problems.push(...releasedProblems(label, data, checks));
  // Every text field, once: a field with a problem of its own above is not named twice.
  problems.push(
    ...notUnder(textFieldFindings(data), problems).map(({ path, message }) =>
      at(path, `${label}: ${message}`),
    ),
  );
  return withUnfilledFields(label, data, problems);
}

/**
 * Checks every notice and reports every problem at once: each file's fields, ids used twice, and
 * files not named after their id. No notice at all is valid.
 */
export function validateNotices(
  sources: readonly ItemSource[],
  checks: NoticeChecks,
): Validation<readonly Notice[]> {
  const problems: Problem[] = sources.flatMap((source) =>
    inFile(source.file, noticeProblems(source, checks)),
  );
  problems.push(
    ...fileNameProblems(sources, NOTICE_IDS),
    ...duplicateIdProblems(sources, NOTICE_IDS),
  );
  if (problems.length > 0) return { ok: false, problems };
  const notices = sources.map(({ frontMatter }) => frontMatter as Notice);
  // Latest release day first; the id breaks ties so the order never depends on the file system.
  notices.sort((a, b) => compareText(b.releaseDay, a.releaseDay) || compareText(b.id, a.id));
  return { ok: true, value: notices };
}
