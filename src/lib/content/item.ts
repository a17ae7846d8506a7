/**
 * What every kind of item (an advisory, a notice) has in common, whatever its fields: a file named
 * after its id, a title short enough for a tab, and the template's placeholder until each field
 * is written. The kinds' own checks (advisories/validate.ts, notices/validate.ts) call these.
 */
import { type Finding, isRecord, type Problem } from '../formats/problems';

/** One item file as read from disk: its path relative to the site (for messages), its front matter. */
export interface ItemSource {
  readonly file: string;
  readonly frontMatter: unknown;
}

/** The extensions Markdown files are given, in any case: an item's is `.md`, in lower case. */
// cspell:disable-next-line -- file extensions
export const MARKDOWN_EXTENSION = /\.(md|markdown|mdown|mkdn?|mdx)$/i;

/**
 * Marks what a maintainer still has to write in a new item (`npm run new-advisory`, `npm run
 * new-notice`). The build refuses any field or text that contains it, so a half-written item is
 * never published.
 */
export const PLACEHOLDER = 'FILL IN';

/** How long a page's tab title may be, as shown: search results and tabs cut longer ones. */
export const MAX_PAGE_TITLE = 70;

/** A page's title is the item's title and " | Milex Security", within `MAX_PAGE_TITLE`. */
export const MAX_TITLE_LENGTH = 53;

/** "an advisory", "a notice". */
// cspell:disable-next-line -- the vowels
export const aOne = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** Whether `value`, or any text inside it (a list, a record), still holds the placeholder. */
export const holdsPlaceholder = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes(PLACEHOLDER)
    : Array.isArray(value)
      ? value.some(holdsPlaceholder)
      : isRecord(value) && Object.values(value).some(holdsPlaceholder);

/**
 * The findings of one item's fields, where a field the template's placeholder is still in gets
 * one message saying just that, in place of whatever else its checks found.
 */
export function withUnfilledFields(
  label: string,
  data: Record<string, unknown>,
  findings: readonly Finding[],
): Finding[] {
  const unfilled = Object.keys(data).filter((name) => holdsPlaceholder(data[name]));
  return [
    ...findings.filter(({ path }) => !unfilled.includes(String(path[0]))),
    ...unfilled.map((name) => ({
      path: [name],
      message: `${label}: ${name} still holds the template's "${PLACEHOLDER}"; write it, or delete the field if it is optional and does not apply`,
    })),
  ];
}

/** What the id checks below need of a kind: its name in messages, and the form of its ids. */
export interface IdRules {
  /** "advisory", "notice". */
  readonly noun: string;
  /** The form an id has; ids it refuses are left to the id's own check. */
  readonly idForm: RegExp;
}

/** The id of an item, when it has the kind's form. */
function idOf({ frontMatter }: ItemSource, idForm: RegExp): string | undefined {
  const id = isRecord(frontMatter) ? frontMatter.id : undefined;
  return typeof id === 'string' && idForm.test(id) ? id : undefined;
}

/**
 * One problem for each file not named after its item's id (`advisories/MILEX-2026-001.md`), so
 * that the file behind a page is always easy to find.
 */
export function fileNameProblems(
  sources: readonly ItemSource[],
  { noun, idForm }: IdRules,
): Problem[] {
  return sources.flatMap((source) => {
    const id = idOf(source, idForm);
    const { file } = source;
    return id === undefined || file.split(/[\\/]/).at(-1) === `${id}.md`
      ? []
      : [
          {
            file,
            path: ['id'],
            message: `${file}: the file of ${noun} ${id} must be named ${id}.md`,
          },
        ];
  });
}

/** One problem for each id used by more than one file, shown at the id of the last of them. */
export function duplicateIdProblems(
  sources: readonly ItemSource[],
  { noun, idForm }: IdRules,
): Problem[] {
  const byId = new Map<string, string[]>();
  for (const source of sources) {
    const id = idOf(source, idForm);
    if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), source.file]);
  }
  return [...byId]
    .filter(([, files]) => files.length > 1)
    .map(([id, files]) => ({
      file: files.at(-1) ?? '',
      path: ['id'],
      message: `id ${id} is used by more than one ${noun}: ${files.join(', ')}`,
    }));
}

/** What a new item's file is written from (`npm run new-advisory`, `npm run new-notice`). */
export interface TemplateInput {
  readonly id: string;
  /** `YYYY-MM-DD`, today (UTC). */
  readonly today: string;
  /** The release branches of src/data/releases.ts, newest first, to choose from. */
  readonly branches: readonly string[];
}

/** A field left to fill in, saying what to write there: the build refuses it until replaced. */
export const fillIn = (what: string): string => `${PLACEHOLDER}: ${what}`;
