/**
 * A new advisory's file, for `npm run new-advisory`: the next free id, and
 * placeholders that the build refuses until each is replaced, so a half-written advisory can
 * never be published. Pure: the script reads the folder and the clock, and writes the file.
 */
import { PLACEHOLDER } from '../item';
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
