/**
 * Reading one advisory file: YAML front matter between `---` lines, then the Markdown body.
 * Pure: the caller reads the file; problems come back as messages that name the file.
 */
import { parse, YAMLParseError } from 'yaml';

import type { AdvisorySource } from './advisories';

export interface AdvisoryFile extends AdvisorySource {
  /** The Markdown after the front matter, trimmed. */
  readonly body: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/**
 * Splits and parses `text`, the content of `file`. YAML 1.2 keeps `2026-03-01` as text (YAML 1.1
 * readers turn it into a date at midnight in some time zone), so dates reach the checks as written.
 */
export function readAdvisoryFile(
  file: string,
  text: string,
): { readonly advisory: AdvisoryFile } | { readonly problems: readonly string[] } {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (match === null) {
    return {
      problems: [
        `${file}: the file must start with front matter: a line "---", the fields, and another "---"`,
      ],
    };
  }
  const [, yaml = '', rest = ''] = match;
  let frontMatter: unknown;
  try {
    frontMatter = parse(yaml);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    // The front matter starts on the file's second line.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    const reason = error.message.split('\n')[0] ?? error.message;
    return {
      problems: [`${file}: line ${String(line)}: the front matter is not valid YAML: ${reason}`],
    };
  }
  const body = rest.trim();
  if (body === '') {
    return {
      problems: [
        `${file}: the text after the front matter is empty: explain the impact, the affected setups, the fix and any workaround`,
      ],
    };
  }
  return { advisory: { file, frontMatter, body } };
}
