/**
 * Numbered ids, PREFIX-YYYY-NNN, as advisories (`MILEX-2026-001`) and notices
 * (`MILEX-SR-2026-001`) have them: the next free one, and the file a script starting an item
 * writes. Pure: the script reads the folder and the clock, and writes the file.
 */
import { MARKDOWN_EXTENSION } from './item';

/** The last number of a year that an id of the form PREFIX-YYYY-NNN can have. */
const LAST_NUMBER = 999;

/** A folder of numbered items: `MILEX` advisories, `MILEX-SR` notices. */
export interface NumberedItems {
  /** The id's first part: `MILEX-2026-001`, `MILEX-SR-2026-001`. */
  readonly prefix: string;
  /** What the folder holds, in messages: "the build reads only advisories named so". */
  readonly plural: string;
}

/** The number of `id` when it has the form PREFIX-YYYY-NNN, else undefined. */
function numberOf(prefix: string, id: string): number | undefined {
  const match = new RegExp(`^${prefix}-\\d{4}-(\\d{3})$`).exec(id);
  return match === null ? undefined : Number(match[1]);
}

/** `PREFIX-2026-003` when the year's ids so far go up to 002; `-001` for a new year. */
export function nextNumberedId(
  prefix: string,
  existingIds: readonly string[],
  year: number,
): string {
  const start = `${prefix}-${String(year)}-`;
  const numbers = existingIds
    .filter((id) => id.startsWith(start))
    .flatMap((id) => numberOf(prefix, id) ?? []);
  return `${start}${String(Math.max(0, ...numbers) + 1).padStart(3, '0')}`;
}

/**
 * The file a script starting an item writes in `dir`, from the names already there (any case),
 * or why it writes none: a name the build would refuse that the new file would sit beside (on a
 * file system that ignores case, the same file), or a year whose ids are all taken.
 */
export function newNumberedFile(
  { prefix, plural }: NumberedItems,
  dir: string,
  names: readonly string[],
  year: number,
): { readonly id: string; readonly name: string } | { readonly problem: string } {
  // Any name the build would pass over or refuse that looks like an item: another case
  // (milex-2026-001.md, .MD), another Markdown extension (.markdown, .mdx).
  const looksLike = new RegExp(`^${prefix}-\\d{4}-\\d+\\.`, 'i');
  const named = new RegExp(`^${prefix}-\\d{4}-\\d+\\.md$`);
  const misnamed = names.filter(
    (name) => looksLike.test(name) && MARKDOWN_EXTENSION.test(name) && !named.test(name),
  );
  if (misnamed.length > 0) {
    const them = misnamed.length === 1 ? 'it' : 'them';
    const renamed = misnamed.map(
      (name) => `${prefix}${name.slice(prefix.length).replace(/\.[a-z]+$/i, '.md')}`,
    );
    return {
      problem: `${misnamed.map((name) => `${dir}/${name}`).join(', ')}: rename ${them} to ${renamed.join(', ')} first: the build reads only ${plural} named so, and a new file beside ${them} could take the same id`,
    };
  }
  const ids = names.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3));
  const id = nextNumberedId(prefix, ids, year);
  if (numberOf(prefix, id) === undefined) {
    return {
      problem: `${dir}/ already has ${prefix}-${String(year)}-${String(LAST_NUMBER)}, the last id of ${String(year)} that the form ${prefix}-YYYY-NNN allows: no new id can be given this year`,
    };
  }
  return { id, name: `${id}.md` };
}
