/**
 * A new advisory's file, for `npm run new-advisory`: the next free id, and
 * placeholders that the build refuses until each is replaced, so a half-written advisory can
 * never be published. Pure: the script reads the folder and the clock, and writes the file.
 */
import { MARKDOWN_EXTENSION, PLACEHOLDER } from './model';

/** The last number of a year that an id of the form PREFIX-YYYY-NNN can have. */
const LAST_NUMBER = 999;

/** A folder of numbered items: `MILEX` advisories, `MILEX-SR` notices (src/lib/notices/template.ts). */
export interface NumberedItems {
  /** The id's first part: `MILEX-2026-001`, `MILEX-SR-2026-001`. */
  readonly prefix: string;
  /** What the folder holds, in messages: "the build reads only advisories named so". */
  readonly plural: string;
}

const ADVISORIES: NumberedItems = { prefix: 'MILEX', plural: 'advisories' };

/** The number of `id` when it has the form PREFIX-YYYY-NNN, else undefined. */
function numberOf(prefix: string, id: string): number | undefined {
  const match = new RegExp(`^${prefix}-\\d{4}-(\\d{3})$`).exec(id);
  return match === null ? undefined : Number(match[1]);
}

/** `PREFIX-2026-003` when the year's ids so far go up to 002; `-001` for a new year. */
export function nextNumberedId(prefix: string, existingIds: readonly string[], year: number): string {
  const start = `${prefix}-${String(year)}-`;
  const numbers = existingIds
    .filter((id) => id.startsWith(start))
    .flatMap((id) => numberOf(prefix, id) ?? []);
  return `${start}${String(Math.max(0, ...numbers) + 1).padStart(3, '0')}`;
}

/** `MILEX-2026-003` when the year's advisories so far go up to 002; `-001` for a new year. */
export const nextAdvisoryId = (existingIds: readonly string[], year: number): string =>
  nextNumberedId(ADVISORIES.prefix, existingIds, year);

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

/** The advisory file `npm run new-advisory` writes in `dir` (newNumberedFile). */
export const newAdvisoryFile = (
  dir: string,
  names: readonly string[],
  year: number,
): ReturnType<typeof newNumberedFile> => newNumberedFile(ADVISORIES, dir, names, year);

/** The file's text: front matter with placeholders, and the sections of the explanation. */
export function advisoryTemplate({
  id,
  today,
  branches,
}: {
  readonly id: string;
  /** `YYYY-MM-DD`, today: an example of the date to write (the day of publication is left to fill in). */
  readonly today: string;
  /** The release branches of src/data/releases.ts, newest first, to choose from. */
  readonly branches: readonly string[];
}): string {
  const fill = (what: string): string => `${PLACEHOLDER}: ${what}`;
  return [
    '---',
    `# A new security advisory. Replace every "${PLACEHOLDER}", delete the fields marked optional`,
    '# that do not apply, and read the page "Publishing an advisory" for each field. The build',
    `# refuses the file while any "${PLACEHOLDER}" is left.`,
    `id: ${id}`,
    `title: '${fill('one line naming the problem and where it is')}'`,
    `published: '${fill(`the day it goes public, in UTC, such as ${today}`)}'`,
    `severity: '${fill('low, moderate, high or critical')}'`,
    `cvss: '${fill('a CVSS:3.1/... or CVSS:4.0/... vector')}' # optional`,
    'cve: # optional',
    `  - '${fill('an id such as CVE-2026-12345')}'`,
    `affected: # the branches affected; the branches are ${branches.map((b) => `'${b}'`).join(', ')}`,
    `  - '${fill('a branch')}'`,
    'fixedIn:',
    `  - '${fill('a version with the fix, such as 1.0.4')}'`,
    'credits: # optional',
    `  - name: '${fill('who to thank')}'`,
    `summary: '${fill('one paragraph: what the problem is and who is exposed to it')}'`,
    '---',
    '',
    '## Impact',
    '',
    fill('what an attacker can do, and what they need first (an account, a permission, a click).'),
    '',
    '## Affected setups',
    '',
    fill(
      'which installations are exposed: every one, or only those with a given plugin or setting.',
    ),
    '',
    '## Fix',
    '',
    fill('which release fixes it, and how to update.'),
    '',
    '## Workarounds',
    '',
    fill('what people who cannot update yet can do in the meantime, or "None".'),
    '',
  ].join('\n');
}
