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

/** The `::error` (or `::warning`) workflow command for one problem, escaped as the runner expects. */
export function errorCommand(
  { file, line, title, message }: Annotation,
  kind: 'error' | 'warning' = 'error',
): string {
  const properties = [
    ...(file === undefined ? [] : [`file=${escapeProperty(file)}`]),
    ...(file === undefined || line === undefined ? [] : [`line=${String(line)}`]),
    `title=${escapeProperty(title)}`,
  ];
  return `::${kind} ${properties.join(',')}::${escapeData(message)}`;
}

type TypeScript = typeof import('typescript');

/** The compiler, loaded only when a data file is wrong: most builds never need it. */
async function typescript(): Promise<TypeScript> {
  // A CommonJS module: Node gives it as `default`, the build's own loader as the namespace.
  const loaded = (await import('typescript')) as TypeScript & { readonly default?: TypeScript };
  return loaded.default ?? loaded;
}

type Ts = typeof import('typescript');
type TsNode = import('typescript').Node;

/**
 * The data a data file exports (`export const releases = [ ... ] as const satisfies ...`, or
 * `export const site = withUriAddresses({ ... } as const)`): the first array or object literal a
 * variable is set to, and the source file it is in.
 */
async function dataValue(source: string): Promise<
  | {
      readonly ts: Ts;
      readonly file: import('typescript').SourceFile;
      readonly value:
        import('typescript').ArrayLiteralExpression | import('typescript').ObjectLiteralExpression;
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
  let found:
    | import('typescript').ArrayLiteralExpression
    | import('typescript').ObjectLiteralExpression
    | undefined;
  const visit = (node: TsNode): void => {
    if (found !== undefined) return;
    if (ts.isVariableDeclaration(node) && node.initializer !== undefined) {
      const value = unwrapped(ts, node.initializer);
      if (ts.isArrayLiteralExpression(value) || ts.isObjectLiteralExpression(value)) {
        found = value;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found === undefined ? undefined : { ts, file, value: found };
}

/**
 * An expression without the `as const`, `satisfies …` and brackets around it, and without a call
 * of one argument around it (`withUriAddresses({ … })`).
 */
function unwrapped(
  ts: Ts,
  expression: import('typescript').Expression,
): import('typescript').Expression {
  let value = expression;
  for (;;) {
    if (
      ts.isAsExpression(value) ||
      ts.isSatisfiesExpression(value) ||
      ts.isParenthesizedExpression(value) ||
      ts.isTypeAssertionExpression(value)
    ) {
      value = value.expression;
    } else if (ts.isCallExpression(value) && value.arguments.length === 1 && value.arguments[0]) {
      // A literal handed to a function that returns it changed (site.ts's withUriAddresses).
      value = value.arguments[0];
    } else {
      return value;
    }
  }
}

/**
 * The line of a TypeScript data file that `path` points at, as deep as the file writes it out: an
 * entry's field (`[2, 'note']`), a nested field (`['reportChannels', 0, 'url']`), or the nearest
 * enclosing entry or list when the path goes further than the file (a field an entry lacks).
 */
export async function dataFileLine(source: string, path: ProblemPath): Promise<number | undefined> {
  const found = await dataValue(source);
  if (found === undefined) return undefined;
  const { ts, file } = found;
  const lineOf = (node: TsNode): number =>
    file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  let node: TsNode = found.value;
  let line = lineOf(node);
  for (const step of path) {
    let next: TsNode | undefined;
    let at: TsNode | undefined;
    if (ts.isArrayLiteralExpression(node) && typeof step === 'number') {
      next = node.elements[step];
      at = next;
    } else if (ts.isObjectLiteralExpression(node) && typeof step === 'string') {
      const property = node.properties.find(
        (p) =>
          p.name !== undefined &&
          (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) &&
          p.name.text === step,
      );
      at = property?.name;
      next =
        property !== undefined && ts.isPropertyAssignment(property)
          ? property.initializer
          : undefined;
    }
    if (at === undefined || next === undefined) break;
    line = lineOf(at);
    node = unwrapped(ts, next as import('typescript').Expression);
  }
  return line;
}

/** Where a data file's list ends: the offset of its closing bracket (for appending an entry). */
export async function dataListEnd(source: string): Promise<number | undefined> {
  const found = await dataValue(source);
  if (!found?.ts.isArrayLiteralExpression(found.value)) return undefined;
  return found.value.getEnd() - 1;
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
