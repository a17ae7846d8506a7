/**
 * A list of dated changes in a file's front matter: an advisory's `revisions` and a notice's
 * `moves`. Each entry is a record with a `date` and a one-line `summary` (and what else its kind
 * names), listed oldest first, none before `published`. The checks both kinds share are here; each
 * kind adds its own through `entryFindings` and `summaryProblem`.
 */
import { isIsoDate, isPublishableDay, UNPUBLISHABLE_DAY } from './dates';
import { showsNothing } from './hiddenCharacters';
import { describe, type Finding, isRecord, unknownFields } from './problems';

export interface DatedChangeRules {
  /** The front-matter field: `revisions`, `moves`. */
  readonly field: string;
  /** One entry, in messages: `revision`, `move`. */
  readonly entryName: string;
  /** An entry's fields, `date` and `summary` among them, in the order messages name them. */
  readonly fields: readonly string[];
  /** What the list holds, after "must be a list of { … }, ": `one per change since publication`. */
  readonly each: string;
  /** The file kind, and the most entries it records: `{ article: 'an', kind: 'advisory', most: 20 }`. */
  readonly limit: { readonly article: string; readonly kind: string; readonly most: number };
  /** The file's `published` as written. */
  readonly published: unknown;
  /** When given, a day after it is refused: a change is recorded on the day it is made. */
  readonly today?: string;
  /** What a summary says, after "summary must ": `say what changed`. */
  readonly summarySays: string;
  /** A further problem with a summary that has text, if any. */
  readonly summaryProblem?: (summary: string) => string | undefined;
  /** The kind's own problems with an entry, each by field; `date` is the entry's day when it is valid. */
  readonly entryFindings?: (
    entry: Record<string, unknown>,
    index: number,
    date: string | undefined,
  ) => readonly { readonly field: string; readonly message: string }[];
}

const hasText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * Every problem with the list `value` (none when it is absent), each at its entry and field and
 * starting with `label`, and the day of its last valid entry.
 */
export function datedChangeProblems(
  label: string,
  value: unknown,
  rules: DatedChangeRules,
): { problems: Finding[]; last: string | undefined } {
  const { field, entryName, fields, limit, published, today } = rules;
  const shape = `{ ${fields.join(', ')} }`;
  if (value === undefined) return { problems: [], last: undefined };
  if (!Array.isArray(value) || value.length === 0) {
    const form = `a list of ${shape}, ${rules.each}, oldest first`;
    return {
      problems: [
        { path: [field], message: `${label}: ${field} must be ${form}, got ${describe(value)}` },
      ],
      last: undefined,
    };
  }
  if (value.length > limit.most) {
    return {
      problems: [
        {
          path: [field],
          message: `${label}: ${field} lists ${String(value.length)} changes; ${limit.article} ${limit.kind} records at most ${String(limit.most)}: publish a new ${limit.kind} instead`,
        },
      ],
      last: undefined,
    };
  }
  const problems: Finding[] = [];
  let previous: string | undefined;
  value.forEach((entry: unknown, index) => {
    const where = `${label}: ${field}[${String(index)}]`;
    const report = (name: string, message: string): void => {
      problems.push({ path: [field, index, name], message: `${where}: ${message}` });
    };
    if (!isRecord(entry)) {
      problems.push({
        path: [field, index],
        message: `${where} must be ${shape}, got ${describe(entry)}`,
      });
      return;
    }
    problems.push(...unknownFields(where, entry, fields, [field, index]));
    const { date, summary } = entry;
    let validDate: string | undefined;
    if (!isIsoDate(date)) {
      report('date', `date must be a date written YYYY-MM-DD, got ${describe(date)}`);
    } else if (!isPublishableDay(date)) {
      report('date', `date ${date} ${UNPUBLISHABLE_DAY}`);
    } else {
      validDate = date;
      if (isIsoDate(published) && date < published) {
        report('date', `date ${date} is before published ${published}`);
      }
      if (today !== undefined && date > today) {
        report(
          'date',
          `date ${date} is after the build day, ${today}: record a ${entryName} on the day it is made`,
        );
      }
      if (previous !== undefined && date < previous) {
        report(
          'date',
          `date ${date} is before the ${entryName} above it (${previous}): list them oldest first`,
        );
      }
      previous = date;
    }
    for (const finding of rules.entryFindings?.(entry, index, validDate) ?? []) {
      report(finding.field, finding.message);
    }
    if (!hasText(summary) || showsNothing(summary)) {
      report('summary', `summary must ${rules.summarySays}, in one line, got ${describe(summary)}`);
    } else {
      const problem = rules.summaryProblem?.(summary);
      if (problem !== undefined) report('summary', problem);
    }
  });
  return { problems, last: previous };
}
