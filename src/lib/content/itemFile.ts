/**
 * Reading one item file (an advisory, a notice): YAML front matter between `---` lines, then the Markdown body.
 * Pure: the caller reads the file; problems come back naming the file, at their lines.
 */
import { isAlias, isNode, parseDocument, visit, type YAMLError } from 'yaml';

import { hiddenCharacter } from '../formats/hiddenCharacters';
import type { Problem } from '../formats/problems';
import type { ItemSource } from './item';

export interface ItemFile extends ItemSource {
  /** The Markdown after the front matter, trimmed. */
  readonly body: string;
  /** The line of the file the trimmed body starts on. */
  readonly bodyLine: number;
  /** The front matter as written, which starts on the file's second line. */
  readonly yaml: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/**
 * Splits and parses `text`, the content of `file`. YAML 1.2 keeps `2026-03-01` as text (YAML 1.1
 * readers turn it into a date at midnight in some time zone), so dates reach the checks as written.
 */
export function readItemFile(
  file: string,
  text: string,
  /** What the text below the front matter should say, for a file that has none. */
  emptyBody = 'explain the impact, the affected setups, the fix and any workaround',
): { readonly item: ItemFile } | { readonly problems: readonly Problem[] } {
  const content = text.replace(/^\uFEFF/, '');
  const atLine = (line: number, message: string): Problem => ({ file, path: [], message, line });
  // Hidden characters anywhere in the file, each by its line: they would reach the page, the
  // feeds and the OSV record unseen.
  const hidden = content.split('\n').flatMap((line, index) => {
    const found = hiddenCharacter(line);
    return found === undefined
      ? []
      : [atLine(index + 1, `${file}: line ${String(index + 1)}: ${found}; delete it`)];
  });
  const match = FRONT_MATTER.exec(content);
  if (match === null) {
    return {
      problems: [
        ...hidden,
        atLine(
          1,
          `${file}: the file must start with front matter: a line "---", the fields, and another "---"`,
        ),
      ],
    };
  }
  const [, yaml = '', rest = ''] = match;
  const read = frontMatterOf(file, yaml);
  if (hidden.length > 0 || 'problems' in read) {
    return { problems: [...hidden, ...('problems' in read ? read.problems : [])] };
  }
  const body = rest.trim();
  if (body === '') {
    return {
      problems: [
        {
          file,
          path: [],
          message: `${file}: the text after the front matter is empty: ${emptyBody}`,
        },
      ],
    };
  }
  // The body starts after the front matter and the blank lines that the trim took away.
  const start = content.length - rest.trimStart().length;
  const bodyLine = content.slice(0, start).split('\n').length;
  return { item: { file, frontMatter: read.value, body, bodyLine, yaml } };
}

/**
 * The front matter's fields. YAML's errors and warnings are problems, each by its line in the file
 * (the front matter starts on the second), and so are anchors and aliases (`&a`, `*a`): an
 * item has no use for them, and they are how a few lines of YAML expand into millions of values.
 */
function frontMatterOf(
  file: string,
  yaml: string,
): { readonly value: unknown } | { readonly problems: readonly Problem[] } {
  const document = parseDocument(yaml, { prettyErrors: true });
  const lineOf = (offset: number | undefined): number =>
    yaml.slice(0, offset ?? 0).split('\n').length + 1;
  const reason = (error: YAMLError): string => error.message.split('\n')[0] ?? error.message;
  const problems = [...document.errors, ...document.warnings].map((error): Problem => {
    const line = (error.linePos?.[0].line ?? 0) + 1;
    return {
      file,
      path: [],
      line,
      message: `${file}: line ${String(line)}: the front matter is not valid YAML: ${reason(error)}`,
    };
  });
  visit(document, (_key, node) => {
    if (!isNode(node)) return;
    if (isAlias(node) || node.anchor !== undefined) {
      const line = lineOf(node.range?.[0]);
      problems.push({
        file,
        path: [],
        line,
        message: `${file}: line ${String(line)}: the front matter uses a YAML ${isAlias(node) ? 'alias' : 'anchor'} (${isAlias(node) ? `*${node.source}` : `&${node.anchor ?? ''}`}); write each value out in full`,
      });
      return visit.SKIP;
    }
    return undefined;
  });
  if (problems.length > 0) return { problems };
  return { value: document.toJS() };
}
