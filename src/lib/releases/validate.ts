/**
 * Checking the supported-versions table (src/data/releases.ts): every row, and what the rows say
 * together, with every problem listed at once. Pure functions only; "today" is never read here.
 */
import { textFieldFindings } from '../formats/hiddenCharacters';
import { isIsoDate, isPublishableDay, UNPUBLISHABLE_DAY } from '../formats/dates';
import {
  describe,
  duplicates,
  type Finding,
  inFile,
  type ProblemPath,
  isRecord,
  notUnder,
  orThrow,
  unknownFields,
  type Validation,
} from '../formats/problems';
import { BRANCH_PATTERN, branchNumbers, compareBranches, isLine, type Release } from './model';

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

function checkRow(row: unknown, index: number): Finding[] {
  const rowLabel = `row ${String(index + 1)}`;
  if (!isRecord(row)) {
    return [
      {
        path: [index],
        message: `${rowLabel}: expected a release { branch, ... }, got ${describe(row)}`,
      },
    ];
  }

  const problems: Finding[] = [];
  const at = (field: string, message: string): void => {
    problems.push({ path: [index, field], message: `${label}: ${message}` });
  };
  const { branch } = row;
  const label = typeof branch === 'string' && branch !== '' ? branch : rowLabel;

  for (const field of REQUIRED) {
    if (row[field] === undefined) at(field, `${field} is missing`);
  }
  problems.push(...unknownFields(label, row, KNOWN, [index]));

  if (branch !== undefined && (typeof branch !== 'string' || !BRANCH_PATTERN.test(branch))) {
    at(
      'branch',
      `branch ${describe(branch)} is not of the form MAJOR.MINOR (e.g. "1.0") or MAJOR.x (e.g. "4.x")`,
    );
  }

  const dates: Partial<Record<DateField, string>> = {};
  for (const field of DATE_FIELDS) {
    const value = row[field];
    if (value === undefined) continue;
    if (isIsoDate(value)) {
      if (isPublishableDay(value)) dates[field] = value;
      else at(field, `${field} ${value} ${UNPUBLISHABLE_DAY}`);
    } else if (typeof value === 'string') {
      at(field, `${field} "${value}" is not a real calendar date in YYYY-MM-DD form`);
    } else {
      at(field, `${field} must be a "YYYY-MM-DD" string, got ${describe(value)}`);
    }
  }

  // Each phase starts no earlier than the one before it; the beta is optional, so compare
  // each date with the nearest earlier one present. ISO dates compare correctly as strings.
  let previous: { field: DateField; date: string } | undefined;
  for (const field of DATE_FIELDS) {
    const date = dates[field];
    if (date === undefined) continue;
    if (previous !== undefined && date < previous.date) {
      at(field, `${field} ${date} is before ${previous.field} ${previous.date}`);
    }
    previous = { field, date };
  }

  const { note } = row;
  if (note !== undefined && (typeof note !== 'string' || note.trim() === '')) {
    at('note', `note must be non-empty text, got ${describe(note)}`);
  }
  return problems;
}

/** Checks every release and reports every problem at once. */
export function validateReleases(input: unknown): Validation<readonly Release[]> {
  const fail = (message: string): Validation<readonly Release[]> => ({
    ok: false,
    problems: inFile(RELEASES_FILE, [{ path: [], message }]),
  });
  if (!Array.isArray(input))
    return fail(`releases must be a list of releases, got ${describe(input)}`);
  const rows: readonly unknown[] = input;
  if (rows.length === 0) {
    return fail('releases is empty: the supported-versions table needs at least one release');
  }
  const problems = rows.flatMap(checkRow);
  // Every text field, once; a field with a problem of its own above is not named twice.
  problems.push(...notUnder(textFieldFindings(rows, { root: 'releases' }), problems));
  const branches = rows.map((row) =>
    isRecord(row) && typeof row.branch === 'string' ? row.branch : undefined,
  );
  problems.push(...duplicates('branch', branches, (index) => [index, 'branch']));
  // What the rows say together is checked once each row is right on its own.
  if (problems.length === 0) problems.push(...lineProblems(rows as readonly Release[]));
  return problems.length > 0
    ? { ok: false, problems: inFile(RELEASES_FILE, problems) }
    : { ok: true, value: rows as readonly Release[] };
}

/**
 * A line (`1.x`) and its minor releases (`1.0`, `1.1`) may be listed together: the line's dates
 * then also cover its most recent minor release (lifecycle.ts). That needs the minors to come out
 * in order, each after the line's own first release; anything else is a contradiction.
 */
function lineProblems(rows: readonly Release[]): Finding[] {
  const lines = rows.filter((row) => isLine(row.branch));
  return lines.flatMap((line) => {
    const { major } = branchNumbers(line.branch);
    const minors = rows
      .filter((row) => !isLine(row.branch) && branchNumbers(row.branch).major === major)
      .sort((a, b) => compareBranches(a.branch, b.branch));
    const at = (minor: Release): ProblemPath => [rows.indexOf(minor), 'initialRelease'];
    const early = minors
      .filter((minor) => minor.initialRelease < line.initialRelease)
      .map((minor) => ({
        path: at(minor),
        message: `${minor.branch}: initialRelease ${minor.initialRelease} is before initialRelease ${line.initialRelease} of its line, ${line.branch}: a minor release of Milex ${String(major)} cannot come out before the line's first release`,
      }));
    const outOfOrder = minors.flatMap((minor, index) => {
      const older = minors.slice(0, index).filter((o) => o.initialRelease > minor.initialRelease);
      return older.map((o) => ({
        path: at(minor),
        message: `${minor.branch}: initialRelease ${minor.initialRelease} is before initialRelease ${o.initialRelease} of ${o.branch}: with the line ${line.branch} in the table, a newer minor release must come out after the older ones, or the line's most recent minor release is unclear`,
      }));
    });
    return [...early, ...outOfOrder];
  });
}

/** The releases, checked; throws one error that lists every problem. */
export function assertValidReleases(input: unknown): readonly Release[] {
  return orThrow(RELEASES_FILE, validateReleases(input));
}
