/**
 * A new advisory's file, for `npm run new-advisory`: the next free id, and
 * placeholders that the build refuses until each is replaced, so a half-written advisory can
 * never be published. Pure: the script reads the folder and the clock, and writes the file.
 */
import { fillIn, PLACEHOLDER, type TemplateInput } from '../item';
import { newNumberedFile, nextNumberedId, type NumberedItems } from '../numberedIds';

const ADVISORIES: NumberedItems = { prefix: 'MILEX', plural: 'advisories' };

/** `MILEX-2026-003` when the year's advisories so far go up to 002; `-001` for a new year. */
export const nextAdvisoryId = (existingIds: readonly string[], year: number): string =>
  nextNumberedId(ADVISORIES.prefix, existingIds, year);

/** The advisory file `npm run new-advisory` writes in `dir` (newNumberedFile). */
export const newAdvisoryFile = (
  dir: string,
  names: readonly string[],
  year: number,
): ReturnType<typeof newNumberedFile> => newNumberedFile(ADVISORIES, dir, names, year);

/** The file's text: front matter with placeholders, and the sections of the explanation. */
export function advisoryTemplate({ id, today, branches }: TemplateInput): string {
  return [
    '---',
    `# A new security advisory. Replace every "${PLACEHOLDER}", delete the fields marked optional`,
    '# that do not apply, and read the page "Publishing an advisory" for each field. The build',
    `# refuses the file while any "${PLACEHOLDER}" is left.`,
    `id: ${id}`,
    `title: '${fillIn('one line naming the problem and where it is')}'`,
    `published: '${fillIn(`the day it goes public, in UTC, such as ${today}`)}'`,
    `severity: '${fillIn('low, moderate, high or critical')}'`,
    `cvss: '${fillIn('a CVSS:3.1/... or CVSS:4.0/... vector')}' # optional`,
    'cve: # optional',
    `  - '${fillIn('an id such as CVE-2026-12345')}'`,
    `affected: # the branches affected; the branches are ${branches.map((b) => `'${b}'`).join(', ')}`,
    `  - '${fillIn('a branch')}'`,
    'fixedIn:',
    `  - '${fillIn('a version with the fix, such as 1.0.4')}'`,
    'credits: # optional',
    `  - name: '${fillIn('who to thank')}'`,
    `summary: '${fillIn('one paragraph: what the problem is and who is exposed to it')}'`,
    '---',
    '',
    '## Impact',
    '',
    fillIn('what an attacker can do, and what they need first (an account, a permission, a click).'),
    '',
    '## Affected setups',
    '',
    fillIn(
      'which installations are exposed: every one, or only those with a given plugin or setting.',
    ),
    '',
    '## Fix',
    '',
    fillIn('which release fixes it, and how to update.'),
    '',
    '## Workarounds',
    '',
    fillIn('what people who cannot update yet can do in the meantime, or "None".'),
    '',
  ].join('\n');
}
