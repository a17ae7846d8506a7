/**
 * The supported-versions data: its validation and the orderings the site shows.
 * Pure functions only; "today" is never read here.
 */
import { isIsoDate } from './dates';
import { compareBranches, compareText } from './order';
import type { Release } from './types';
import {
  describe,
  duplicates,
  isRecord,
  orThrow,
  unknownFields,
  type Validation,
} from './validation';

export const RELEASES_FILE = 'src/data/releases.ts';

const DATE_FIELDS = [
  'betaRelease',
  'initialRelease',
  'activeSupportUntil',
  'securitySupportUntil',
] as const;
type DateField = (typeof DATE_FIELDS)[number];

const REQUIRED: readonly string[] = [
  'branch',
  'initialRelease',
  'activeSupportUntil',
  'securitySupportUntil',
];
const KNOWN: readonly string[] = ['branch', ...DATE_FIELDS, 'note'];

/** `1.0`, `10.12` (a minor release) or `4.x` (a whole major line). Also used by the JSON schema. */
export const BRANCH_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*|x)$/;

function checkRow(row: unknown, index: number): string[] {
  const rowLabel = `row ${String(index + 1)}`;
  if (!isRecord(row))
    return [`${rowLabel}: expected a release { branch, ... }, got ${describe(row)}`];

  const problems: string[] = [];
  const { branch } = row;
  const label = typeof branch === 'string' && branch !== '' ? branch : rowLabel;

  for (const field of REQUIRED) {
    if (row[field] === undefined) problems.push(`${label}: ${field} is missing`);
  }
  problems.push(...unknownFields(label, row, KNOWN));

  if (branch !== undefined && (typeof branch !== 'string' || !BRANCH_PATTERN.test(branch))) {
    problems.push(
      `${label}: branch ${describe(branch)} is not of the form MAJOR.MINOR (e.g. "1.0") or MAJOR.x (e.g. "4.x")`,
    );
  }

  const dates: Partial<Record<DateField, string>> = {};
  for (const field of DATE_FIELDS) {
    const value = row[field];
    if (value === undefined) continue;
    if (isIsoDate(value)) dates[field] = value;
    else if (typeof value === 'string') {
      problems.push(`${label}: ${field} "${value}" is not a real calendar date in YYYY-MM-DD form`);
    } else {
      problems.push(`${label}: ${field} must be a "YYYY-MM-DD" string, got ${describe(value)}`);
    }
  }

  // Each phase starts no earlier than the one before it; the beta is optional, so compare
  // each date with the nearest earlier one present. ISO dates compare correctly as strings.
  let previous: { field: DateField; date: string } | undefined;
  for (const field of DATE_FIELDS) {
    const date = dates[field];
    if (date === undefined) continue;
    if (previous !== undefined && date < previous.date) {
      problems.push(`${label}: ${field} ${date} is before ${previous.field} ${previous.date}`);
    }
    previous = { field, date };
  }

  const { note } = row;
  if (note !== undefined && (typeof note !== 'string' || note.trim() === '')) {
    problems.push(`${label}: note must be non-empty text, got ${describe(note)}`);
  }
  return problems;
}

/** Checks every release and reports every problem at once. */
export function validateReleases(input: unknown): Validation<readonly Release[]> {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      problems: [`releases must be a list of releases, got ${describe(input)}`],
    };
  }
  const rows: readonly unknown[] = input;
  if (rows.length === 0) {
    return {
      ok: false,
      problems: ['releases is empty: the supported-versions table needs at least one release'],
    };
  }
  const problems = rows.flatMap(checkRow);
  const branches = rows.map((row) =>
    isRecord(row) && typeof row.branch === 'string' ? row.branch : undefined,
  );
  problems.push(...duplicates('branch', branches), ...lineAndMinorsProblems(branches));
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: rows as readonly Release[] };
}

/**
 * A major version is listed either as one line (`1.x`) or as its minor branches (`1.0`, `1.1`),
 * never both: with both, a version such as 1.5 would fall to the line and 1.0.3 to the branch.
 */
function lineAndMinorsProblems(branches: readonly (string | undefined)[]): string[] {
  const named = branches.filter((branch): branch is string => branch !== undefined);
  return named
    .filter((branch) => branch.endsWith('.x'))
    .flatMap((line) => {
      const major = line.slice(0, -2);
      const minors = named.filter((branch) => branch !== line && branch.startsWith(`${major}.`));
      return minors.length === 0
        ? []
        : [
            `${line}: the table also lists ${minors.join(', ')}; list Milex ${major} either as the one line ${line} or as its minor branches, not both`,
          ];
    });
}

/** The releases, checked; throws one error that lists every problem. */
export function assertValidReleases(input: unknown): readonly Release[] {
  return orThrow(RELEASES_FILE, validateReleases(input));
}

/** Newest first: by initial release, then by branch number. */
export function newestFirst(releases: readonly Release[]): Release[] {
  return [...releases].sort(
    (a, b) =>
      compareText(b.initialRelease, a.initialRelease) || compareBranches(b.branch, a.branch),
  );
}
