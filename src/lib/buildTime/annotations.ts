/**
 * Problems that stop the build, as GitHub Actions workflow commands: a line such as
 * `::error file=src/data/releases.ts,line=12,title=...::message` makes the pull request show the
 * problem beside the line at fault (https://docs.github.com/actions/reference/workflow-commands).
 * The line comes from the file's own syntax tree, at the problem's path: the TypeScript compiler's
 * for a data file, the `yaml` package's for an advisory's front matter. Messages are never read.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

import type { ProblemPath } from '../formats/problems';

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

type TypeScript = typeof import('typescript');

/** The compiler, loaded only when a data file is wrong: most builds never need it. */
async function typescript(): Promise<TypeScript> {
  // A CommonJS module: Node gives it as `default`, the build's own loader as the namespace.
  const loaded = (await import('typescript')) as TypeScript & { readonly default?: TypeScript };
  return loaded.default ?? loaded;
}

/**
 * The list a data file exports (`export const releases = [ ... ] as const satisfies ...`): the
 * first array literal a variable is set to, and the source file it is in.
 */
async function dataList(source: string): Promise<
  | {
      readonly ts: TypeScript;
      readonly file: import('typescript').SourceFile;
      readonly list: import('typescript').ArrayLiteralExpression;
    }
  | undefined
> {
  const ts = await typescript();
  const file = ts.createSourceFile(
    'data.ts',
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  let list: import('typescript').ArrayLiteralExpression | undefined;
  const visit = (node: import('typescript').Node): void => {
    if (list !== undefined) return;
    if (ts.isVariableDeclaration(node) && node.initializer !== undefined) {
      let value: import('typescript').Expression = node.initializer;
      while (
        ts.isAsExpression(value) ||
        ts.isSatisfiesExpression(value) ||
        ts.isParenthesizedExpression(value) ||
        ts.isTypeAssertionExpression(value)
      ) {
        value = value.expression;
      }
      if (ts.isArrayLiteralExpression(value)) {
        list = value;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return list === undefined ? undefined : { ts, file, list };
}

/**
 * The line of a TypeScript data file that `path` points at: an entry's field (`[2, 'note']`), the
 * entry (`[2]`, or a field it lacks), or the list itself (`[]`).
 */
export async function dataFileLine(source: string, path: ProblemPath): Promise<number | undefined> {
  const found = await dataList(source);
  if (found === undefined) return undefined;
  const { ts, file, list } = found;
  const lineOf = (node: import('typescript').Node): number =>
    file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const [index, field] = path;
  const entry = typeof index === 'number' ? list.elements[index] : undefined;
  if (entry === undefined) return lineOf(list);
  if (typeof field !== 'string' || !ts.isObjectLiteralExpression(entry)) return lineOf(entry);
  const property = entry.properties.find(
    (p) =>
      p.name !== undefined &&
      (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
      p.name.text === field,
  );
  return lineOf(property?.name ?? entry);
}

/** Where a data file's list ends: the offset of its closing bracket (for appending an entry). */
export async function dataListEnd(source: string): Promise<number | undefined> {
  const found = await dataList(source);
  return found === undefined ? undefined : found.list.getEnd() - 1;
}

/**
 * The line of an advisory file that `path` points at in its front matter (`yaml`, which starts on
 * the file's second line): a field's key, a list's item, an item's field. Undefined for a path
 * the front matter does not have at all.
 */
export function frontMatterLine(yaml: string, path: ProblemPath): number | undefined {
  const counter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: counter });
  const lineOf = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : counter.linePos(offset).line;
  let node: unknown = document.contents;
  let line: number | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
      if (pair === undefined) break;
      line = lineOf((pair.key as { range?: [number] }).range?.[0]) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as { range?: [number] } | undefined;
      if (item === undefined) break;
      line = lineOf(item.range?.[0]) ?? line;
      node = item;
    } else break;
  }
  return line === undefined ? undefined : line + 1;
}
