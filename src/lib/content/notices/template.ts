/**
 * A new notice's file, for `npm run new-notice`: the next free id, published today, and
 * placeholders that the build refuses until each is replaced, so a half-written notice is never
 * published. Pure: the script reads the folder and the clock, and writes the file.
 */
import { SEVERITIES } from '../../advisories/model';
import { fillIn, PLACEHOLDER, type TemplateInput } from '../item';
import { newNumberedFile, type NumberedItems } from '../numberedIds';
import { addDays } from '../../formats/dates';
import { NOTICE_DAYS } from '../../notices/model';

const NOTICES: NumberedItems = { prefix: 'MILEX-SR', plural: 'notices' };

/** The notice file `npm run new-notice` writes in `dir`, or why it writes none (newNumberedFile). */
export const newNoticeFile = (
  dir: string,
  names: readonly string[],
  year: number,
): ReturnType<typeof newNumberedFile> => newNumberedFile(NOTICES, dir, names, year);

/** The file's text: front matter with placeholders, published `today`, and a line of text. */
export function noticeTemplate({ id, today, branches }: TemplateInput): string {
  const earliest = addDays(today, NOTICE_DAYS);
  return [
    '---',
    `# A new security release notice. Replace every "${PLACEHOLDER}", delete the fields marked`,
    '# optional that do not apply, and read the page "Announcing a security release" for each',
    `# field. The build refuses the file while any "${PLACEHOLDER}" is left.`,
    `id: ${id}`,
    `title: '${fillIn('one line, such as "Security release for Milex 1.0"')}'`,
    `published: ${today} # the day the notice goes public (UTC); change it if that is not today`,
    `releaseDay: '${fillIn(`the planned day (UTC), such as ${earliest}; out of sequence, not before ${earliest}`)}'`,
    `outOfSequence: '${fillIn('true for a release outside the usual cycle, otherwise false')}'`,
    `branches: # the release branches covered, each supported on the release day; the branches are ${branches.map((b) => `'${b}'`).join(', ')}`,
    `  - '${fillIn('a branch')}'`,
    `highestSeverity: '${fillIn(SEVERITIES.join(', '))}' # optional`,
    `issues: '${fillIn('how many security issues the release fixes, a whole number')}' # optional`,
    '---',
    '',
    fillIn(
      'a short paragraph: what the release is, which lines it covers, and that people should plan to update on the day.',
    ),
    '',
  ].join('\n');
}
