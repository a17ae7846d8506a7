/**
 * A new advisory's file, for `npm run new-advisory`: the next free id, and
 * placeholders that the build refuses until each is replaced, so a half-written advisory can
 * never be published. Pure: the script reads the folder and the clock, and writes the file.
 */
import { ADVISORY_ID, MARKDOWN_EXTENSION, PLACEHOLDER } from './model';

/** `MILEX-2026-003` when the year's advisories so far go up to 002; `-001` for a new year. */
export function nextAdvisoryId(existingIds: readonly string[], year: number): string {
  const prefix = `MILEX-${String(year)}-`;
  const numbers = existingIds
    .filter((id) => ADVISORY_ID.test(id) && id.startsWith(prefix))
    .map((id) => Number(id.slice(prefix.length)));
  const next = Math.max(0, ...numbers) + 1;
  return `${prefix}${String(next).padStart(3, '0')}`;
}

/** The last number of a year that an id of the form MILEX-YYYY-NNN can have. */
const LAST_NUMBER = 999;

/**
 * The file `npm run new-advisory` writes in `dir`, from the names already there (any case), or
 * why it writes none: a name the build would refuse that the new file would sit beside (on a
 * file system that ignores case, the same file), or a year whose ids are all taken.
 */
export function newAdvisoryFile(
  dir: string,
  names: readonly string[],
  year: number,
): { readonly id: string; readonly name: string } | { readonly problem: string } {
  // Any name the build would pass over or refuse that looks like an advisory: another case
  // (milex-2026-001.md, .MD), another Markdown extension (.markdown, .mdx).
  const misnamed = names.filter(
    (name) =>
      /^MILEX-\d{4}-\d+\./i.test(name) &&
      MARKDOWN_EXTENSION.test(name) &&
      !/^MILEX-\d{4}-\d+\.md$/.test(name),
  );
  if (misnamed.length > 0) {
    return {
      problem: `${misnamed.map((name) => `${dir}/${name}`).join(', ')}: rename ${misnamed.length === 1 ? 'it' : 'them'} to ${misnamed.map((name) => name.replace(/^milex/i, 'MILEX').replace(/\.[a-z]+$/i, '.md')).join(', ')} first: the build reads only advisories named so, and a new file beside ${misnamed.length === 1 ? 'it' : 'them'} could take the same id`,
    };
  }
  const ids = names.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3));
  const id = nextAdvisoryId(ids, year);
  if (!ADVISORY_ID.test(id)) {
    return {
      problem: `${dir}/ already has MILEX-${String(year)}-${String(LAST_NUMBER)}, the last id of ${String(year)} that the form MILEX-YYYY-NNN allows: no new id can be given this year`,
    };
  }
  return { id, name: `${id}.md` };
}

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
