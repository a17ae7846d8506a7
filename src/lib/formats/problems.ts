/**
 * Problems as data, for every check of the data and advisory files: what is wrong (the message a
 * maintainer reads), in which file, and where in it (a path into the file's data), so that the
 * build can point at the line from the file's own syntax tree (build/annotations.ts) without ever
 * reading the message.
 */
import { plural } from './text';

/** Where in a file's data: `[2, 'initialRelease']` (an entry, a field), `['affected', 1, 'versions']`. */
export type ProblemPath = readonly (string | number)[];

/** What a check finds, before it is told which file it read. */
export interface Finding {
  /** Where in the data; empty for the file, or the list, as a whole. */
  readonly path: ProblemPath;
  /** What a maintainer reads: it names the entry or the field itself. */
  readonly message: string;
  /** The line in the file, when the check read the source itself (a YAML error, a line of text). */
  readonly line?: number;
}

export interface Problem extends Finding {
  /** The file at fault, relative to the site. */
  readonly file: string;
}

export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The findings of one file's checks, as that file's problems. */
export const inFile = (file: string, findings: readonly Finding[]): Problem[] =>
  findings.map((finding) => ({ file, ...finding }));

/** How many problems of one kind in one file are listed; the rest are counted. */
export const SHOWN_PER_KIND = 3;
/** How many problems of one file are listed at most, whatever their kinds; the rest are counted. */
export const SHOWN_PER_FILE = 50;

/**
 * `findings` without those at or under a path that already has a problem: the text check of a
 * field adds nothing to "unknown field" or "must be a list" said of it or of what holds it.
 */
export function notUnder<T extends Finding>(
  findings: readonly T[],
  problems: readonly Finding[],
): T[] {
  const said = problems.map(({ path }) => path);
  return findings.filter(
    ({ path }) =>
      !said.some(
        (prefix) => prefix.length <= path.length && prefix.every((step, i) => path[i] === step),
      ),
  );
}

/**
 * What makes two problems the same kind: their message without the values that differ from one
 * occurrence to the next (line and list numbers, quoted text, code points).
 */
const kindOf = ({ file, message }: Problem): string =>
  `${file}\0${message
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/U\+[0-9A-F]{4,6}/g, 'U+…')
    .replace(/\d+/g, '#')}`;

/** A problem's message without its file, cut short, to name a kind of problem. */
function example(problem: Problem | undefined): string {
  if (problem === undefined) return '';
  const text = problem.message.startsWith(`${problem.file}: `)
    ? problem.message.slice(problem.file.length + 2)
    : problem.message;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * The problems a maintainer is shown: the first SHOWN_PER_KIND of each kind in each file, in their
 * order, then one line counting the rest, so that a mistake repeated through a long file is read
 * (and annotated) as a few examples and a number, not tens of thousands of lines.
 */
export function summarized(problems: readonly Problem[]): Problem[] {
  const byKind = new Map<string, Problem[]>();
  for (const problem of problems) {
    const kind = kindOf(problem);
    byKind.set(kind, [...(byKind.get(kind) ?? []), problem]);
  }
  const shown = new Set([...byKind.values()].flatMap((same) => same.slice(0, SHOWN_PER_KIND)));
  const counted = new Set<string>();
  const kept = problems.flatMap((problem): Problem[] => {
    if (shown.has(problem)) return [problem];
    const kind = kindOf(problem);
    if (counted.has(kind)) return [];
    counted.add(kind);
    const same = byKind.get(kind) ?? [];
    const rest = same.length - SHOWN_PER_KIND;
    return [
      {
        file: problem.file,
        path: [],
        message: `${problem.file}: and ${plural(rest, 'more problem')} like "${example(same[0])}"`,
      },
    ];
  });
  // However many kinds: SHOWN_PER_FILE lines of a file at most, then one counting the rest.
  const perFile = new Map<string, number>();
  const total = new Map<string, number>();
  for (const { file } of kept) total.set(file, (total.get(file) ?? 0) + 1);
  return kept.flatMap((problem): Problem[] => {
    const seen = (perFile.get(problem.file) ?? 0) + 1;
    perFile.set(problem.file, seen);
    if (seen <= SHOWN_PER_FILE) return [problem];
    if (seen > SHOWN_PER_FILE + 1) return [];
    const rest = (total.get(problem.file) ?? 0) - SHOWN_PER_FILE;
    return [
      {
        file: problem.file,
        path: [],
        message: `${problem.file}: and ${plural(rest, 'more line')} of problems: fix those above, and build again to see the rest`,
      },
    ];
  });
}

/**
 * A problem as the terminal shows it: `notices/X.md:7: title …`, the file and line first, as
 * compilers write them, so an editor's terminal opens the file at that line.
 */
export function located({ file, message }: Problem, line: number | undefined): string {
  if (line === undefined) return message;
  const own = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  // A YAML error says its line already: `file: line 3: …`.
  const rest = own.replace(new RegExp(`^line ${String(line)}: `), '');
  return `${file}:${String(line)}: ${rest}`;
}

/**
 * Thrown by the build when a data file is wrong; the message lists every problem (a few of each
 * kind), each at its line when `lineOf` knows it.
 */
export class DataValidationError extends Error {
  constructor(
    /** What is wrong: a file, or a folder (`advisories/`). */
    readonly label: string,
    readonly problems: readonly Problem[],
    /** The line of a problem in its file; by default the one its check found, if any. */
    lineOf: (problem: Problem) => number | undefined = (problem) => problem.line,
  ) {
    super(
      [
        `${label} has ${plural(problems.length, 'problem')}:`,
        // A mistake repeated through a file: a few examples and a count (summarized).
        ...summarized(problems).map((problem) => `  - ${located(problem, lineOf(problem))}`),
        `Fix ${problems.length === 1 ? 'it' : 'them'} in ${label} and run the build again.`,
      ].join('\n'),
    );
    this.name = 'DataValidationError';
  }
}

/** Returns the value when valid; otherwise throws one error naming every problem. */
export function orThrow<T>(file: string, result: Validation<T>): T {
  if (!result.ok) throw new DataValidationError(file, result.problems);
  return result.value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes a wrong value for a message: `number 20210830`, `"1.0.3"`, `nothing`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${typeof value} ${String(value)}`;
  }
  return typeof value;
}

/** One finding per field the entry at `at` has that the type does not know (usually a typo). */
export function unknownFields(
  label: string,
  row: Record<string, unknown>,
  known: readonly string[],
  at: ProblemPath,
): Finding[] {
  return Object.keys(row)
    .filter((key) => !known.includes(key))
    .map((key) => ({
      path: [...at, key],
      message: `${label}: unknown field "${key}" (the fields are ${known.map((k) => `"${k}"`).join(', ')})`,
    }));
}

/**
 * One finding per value that appears in more than one row, naming the rows (1-based), at the last
 * of them (`at` gives a row's path).
 */
export function duplicates(
  what: string,
  values: readonly (string | undefined)[],
  at: (index: number) => ProblemPath,
): Finding[] {
  const rowsByValue = new Map<string, number[]>();
  values.forEach((value, index) => {
    if (value === undefined) return;
    rowsByValue.set(value, [...(rowsByValue.get(value) ?? []), index + 1]);
  });
  return [...rowsByValue]
    .filter(([, rows]) => rows.length > 1)
    .map(([value, rows]) => ({
      path: at((rows.at(-1) ?? 1) - 1),
      message: `${value}: ${what} appears more than once (rows ${rows.join(' and ')})`,
    }));
}
