/** Shared pieces of the data checks: how problems are collected and reported. */

export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Thrown by the build when a data file is wrong; the message lists every problem. */
export class DataValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    const count = problems.length === 1 ? '1 problem' : `${String(problems.length)} problems`;
    super(
      [
        `${file} has ${count}:`,
        ...problems.map((problem) => `  - ${problem}`),
        `Fix ${problems.length === 1 ? 'it' : 'them'} in ${file} and run the build again.`,
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

/** One problem per field the row has that the type does not know (usually a typo). */
export function unknownFields(
  label: string,
  row: Record<string, unknown>,
  known: readonly string[],
): string[] {
  return Object.keys(row)
    .filter((key) => !known.includes(key))
    .map(
      (key) =>
        `${label}: unknown field "${key}" (the fields are ${known.map((k) => `"${k}"`).join(', ')})`,
    );
}

/** One problem per value that appears in more than one row, naming the rows (1-based). */
export function duplicates(what: string, values: readonly (string | undefined)[]): string[] {
  const rowsByValue = new Map<string, number[]>();
  values.forEach((value, index) => {
    if (value === undefined) return;
    rowsByValue.set(value, [...(rowsByValue.get(value) ?? []), index + 1]);
  });
  return [...rowsByValue]
    .filter(([, rows]) => rows.length > 1)
    .map(
      ([value, rows]) => `${value}: ${what} appears more than once (rows ${rows.join(' and ')})`,
    );
}
