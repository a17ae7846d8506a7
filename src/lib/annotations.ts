/**
 * Problems that stop the build, as GitHub Actions workflow commands: a line such as
 * `::error file=src/data/releases.ts,line=12,title=...::message` makes the pull request show the
 * problem beside the line at fault (https://docs.github.com/actions/reference/workflow-commands).
 * Finding the line: the entry of a TypeScript data file (its array literal, read as text), or the
 * field of an advisory's YAML front matter.
 */
import { LineCounter, parseDocument } from 'yaml';

export interface Annotation {
  /** The file at fault, relative to the repository's root; left out for a problem with none. */
  readonly file?: string | undefined;
  /** 1-based; left out when the problem is with the file as a whole. */
  readonly line?: number | undefined;
  readonly title: string;
  readonly message: string;
}

/** Whether this process runs in GitHub Actions, which reads workflow commands from its output. */
export const inGitHubActions = (env: Readonly<Record<string, string | undefined>>): boolean =>
  env.GITHUB_ACTIONS === 'true';

const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The `::error` workflow command for one problem, escaped as the runner expects. */
export function errorCommand({ file, line, title, message }: Annotation): string {
  const properties = [
    ...(file === undefined ? [] : [`file=${escapeProperty(file)}`]),
    ...(file === undefined || line === undefined ? [] : [`line=${String(line)}`]),
    `title=${escapeProperty(title)}`,
  ];
  return `::error ${properties.join(',')}::${escapeData(message)}`;
}

/** What a backslash escape in a string literal stands for, where it is not the character itself. */
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t' };

/** Where one entry of an array literal is: its opening brace, and the name of each field. */
export interface EntryLocation {
  readonly line: number;
  readonly fields: ReadonlyMap<string, number>;
  /** The value of the key field (such as `branch`) when it is written as a string. */
  readonly key?: string;
}

/**
 * The entries of the first array literal assigned in a TypeScript data file (`export const
 * releases = [ { ... }, ... ]`), read as text: strings and comments are skipped, so braces or
 * brackets inside them do not count. Returns the array's line too, for problems with no entry,
 * and where it ends.
 */
export function arrayEntries(
  source: string,
  keyField: string,
):
  | {
      readonly line: number;
      readonly entries: readonly EntryLocation[];
      /** The offset of the array's closing bracket. */
      readonly end: number;
    }
  | undefined {
  let line = 1;
  let i = 0;
  const at = (offset = 0): string => source.charAt(i + offset);
  const advance = (): void => {
    if (source.charAt(i) === '\n') line += 1;
    i += 1;
  };
  /** Skips the comment at `i`, if there is one; true when it did. */
  const skipComment = (): boolean => {
    if (at() === '/' && at(1) === '/') {
      while (i < source.length && at() !== '\n') advance();
      return true;
    }
    if (at() === '/' && at(1) === '*') {
      advance();
      advance();
      while (i < source.length && !(at() === '*' && at(1) === '/')) advance();
      advance();
      advance();
      return true;
    }
    return false;
  };
  const isQuote = (char: string): boolean => char === "'" || char === '"' || char === '`';
  /** Reads the string literal at `i` and returns its text, its escapes (`\\'`, `\\n`) read. */
  const readString = (): string => {
    const quote = at();
    advance();
    let text = '';
    while (i < source.length && at() !== quote) {
      if (at() === '\\') {
        advance();
        text += ESCAPES[at()] ?? at();
      } else text += at();
      advance();
    }
    advance();
    return text;
  };
  const skipSpace = (): void => {
    while (i < source.length && (/\s/.test(at()) ? (advance(), true) : skipComment()));
  };

  // Find `= [` outside strings and comments: the start of the data.
  let arrayLine: number | undefined;
  while (i < source.length && arrayLine === undefined) {
    if (skipComment()) continue;
    if (isQuote(at())) {
      readString();
      continue;
    }
    if (at() === '=' && !'=>'.includes(at(1)) && !'=!<>'.includes(at(-1) || ' ')) {
      advance();
      while (i < source.length && /\s/.test(at())) advance();
      if (at() === '[') arrayLine = line;
      continue;
    }
    advance();
  }
  if (arrayLine === undefined) return undefined;

  // One entry per element of the list, as the checks count rows; only objects have fields.
  const entries: { line: number; fields: Map<string, number>; key?: string }[] = [];
  const depth: string[] = [];
  let expectKey = false;
  let expectElement = false;
  while (i < source.length) {
    if (skipComment()) continue;
    const char = at();
    if (depth.length === 1 && expectElement && !/[\s,\]]/.test(char)) {
      expectElement = false;
      if (char !== '{') entries.push({ line, fields: new Map() });
    }
    const inEntry = depth.length === 2 && depth[1] === '{';
    if (inEntry && expectKey && /[A-Za-z_$'"]/.test(char)) {
      const keyLine = line;
      let name = '';
      if (isQuote(char)) name = readString();
      else {
        while (/[\w$]/.test(at())) {
          name += at();
          advance();
        }
      }
      skipSpace();
      expectKey = false;
      if (at() !== ':') continue;
      const entry = entries.at(-1);
      entry?.fields.set(name, keyLine);
      advance();
      skipSpace();
      if (entry !== undefined && name === keyField && isQuote(at())) entry.key = readString();
      continue;
    }
    if (isQuote(char)) {
      readString();
      continue;
    }
    if (char === '[' || char === '{' || char === '(') {
      depth.push(char);
      if (depth.length === 1) expectElement = true;
      if (depth.length === 2 && char === '{' && depth[0] === '[') {
        entries.push({ line, fields: new Map() });
        expectKey = true;
      }
    } else if (char === ']' || char === '}' || char === ')') {
      depth.pop();
      if (depth.length === 0) return { line: arrayLine, entries, end: i };
    } else if (char === ',' && inEntry) {
      expectKey = true;
    } else if (char === ',' && depth.length === 1) {
      expectElement = true;
    }
    advance();
  }
  return { line: arrayLine, entries, end: source.length };
}

/**
 * The line a data problem points at. Problems start with the entry's label, its key (`4.2: ...`)
 * or `row 3: ...`, then usually the field (`initialRelease ...`, `unknown field "x"`).
 */
export function entryProblemLine(
  problem: string,
  located: ReturnType<typeof arrayEntries>,
): number | undefined {
  if (located === undefined) return undefined;
  const { entries } = located;
  let entry: EntryLocation | undefined;
  let rest = problem;
  const row = /^row (\d+): ([\s\S]*)$/.exec(problem);
  if (row !== null) {
    entry = entries[Number(row[1]) - 1];
    rest = row[2] ?? '';
  } else {
    const key = entries
      .map((e) => e.key)
      .filter((k): k is string => k !== undefined && problem.startsWith(`${k}: `))
      .sort((a, b) => b.length - a.length)[0];
    if (key !== undefined) {
      rest = problem.slice(key.length + 2);
      const named = entries.filter((e) => e.key === key);
      // A key that appears more than once: the message names the rows; point at the last.
      const rows = /\(rows ([\d and]+)\)$/.exec(rest)?.[1]?.split(' and ');
      const last = rows?.at(-1);
      // Otherwise, of the entries with that key, the one the problem fits: without the field
      // it says is missing, or with the field it names.
      const missing = /^(\w+) is missing/.exec(rest)?.[1];
      const namedField = /^(\w+)/.exec(rest)?.[1] ?? '';
      entry =
        last !== undefined
          ? entries[Number(last) - 1]
          : (named.find((e) =>
              missing !== undefined ? !e.fields.has(missing) : e.fields.has(namedField),
            ) ?? named[0]);
    }
  }
  if (entry === undefined) return located.line;
  const field = /^unknown field "([^"]+)"/.exec(rest)?.[1] ?? /^(\w+)/.exec(rest)?.[1];
  return (field === undefined ? undefined : entry.fields.get(field)) ?? entry.line;
}

/**
 * The line an advisory problem points at, in the file's text. `rest` is the problem after the
 * file's name: `line 4: ...`, a front-matter field (`severity ...`, `affected[1]: ...`), or a
 * problem in the text below (`... (line 3 of the text) ...`).
 */
export function advisoryProblemLine(text: string, rest: string): number | undefined {
  const lineFirst = /^line (\d+):/.exec(rest);
  if (lineFirst !== null) return Number(lineFirst[1]);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) return 1;
  // As readAdvisoryFile reads it: the front matter ends at the first line that is "---" itself.
  const close = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
  if (close === -1) return 1;

  const inBody = /\(line (\d+) of the text\)/.exec(rest);
  if (inBody !== null) {
    // The text is read trimmed: its line 1 is the first line with something on it.
    const first = lines.findIndex((line, index) => index > close && line.trim() !== '');
    return first === -1 ? undefined : first + Number(inBody[1]);
  }

  // The front matter starts on the file's second line.
  const counter = new LineCounter();
  const document = parseDocument(lines.slice(1, close).join('\n'), { lineCounter: counter });
  const lineOf = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : counter.linePos(offset).line + 1;
  const path = /^(\w+)(?:\[(\d+)\])?/.exec(rest);
  const keys = new Set(
    (document.contents !== null && 'items' in document.contents ? document.contents.items : [])
      .map((pair) => (pair as { key?: { value?: unknown } }).key?.value)
      .filter((key): key is string => typeof key === 'string'),
  );
  // The field is the first word, or for a repeated value ("1.0: affected branch appears ..."),
  // the first word that is a field.
  const field =
    path?.[1] !== undefined && keys.has(path[1])
      ? path[1]
      : rest.split(/[^\w]+/).find((word) => keys.has(word));
  if (field === undefined) return undefined;
  // An item of a list: by its index (`affected[1]`), or by the value the message quotes.
  const index = path?.[1] === field && path[2] !== undefined ? Number(path[2]) : undefined;
  const list = document.get(field, true) as
    { items?: { value?: unknown; range?: [number] }[] } | undefined;
  const quoted = /^\w+ "((?:[^"\\]|\\.)*)"/.exec(rest)?.[1];
  const item =
    index !== undefined
      ? list?.items?.[index]
      : quoted === undefined
        ? undefined
        : list?.items?.find((entry) => `"${quoted}"` === JSON.stringify(String(entry.value)));
  const itemLine = lineOf(item?.range?.[0]);
  if (itemLine !== undefined) return itemLine;
  const pair = (
    document.contents !== null && 'items' in document.contents ? document.contents.items : []
  ).find((p) => (p as { key?: { value?: unknown } }).key?.value === field) as
    { key?: { range?: [number] } } | undefined;
  return lineOf(pair?.key?.range?.[0]);
}
