/**
 * Characters a reader cannot see but software acts on, refused in every text maintainers write for
 * the public (advisory files, and every text field of src/data/): control characters, which XML
 * forbids or readers drop; bidirectional-text controls and marks, which make text show differently
 * from how it is stored ("Trojan Source"); line and paragraph separators, which break lines no
 * reader sees; Unicode tag characters, which carry text no reader sees ("ASCII smuggling");
 * invisible spaces and fillers; and the replacement character, the mark of a file that was not
 * saved as UTF-8. Joiners (U+200C, U+200D) and variation selectors stay: emoji and several
 * scripts are written with them.
 */

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const CONTROLS = /[\p{Cc}\p{Cs}]/u;
const SEPARATORS = /[\u2028\u2029]/u;
/**
 * Characters drawn as nothing (Unicode's default-ignorable code points: zero width space, word
 * joiner, soft hyphen, fillers…) and the interlinear annotation marks, but those text is written
 * with: the joiners (U+200C, U+200D: emoji, Persian, Indic scripts), Mongolian's variation
 * selectors, and variation selectors (emoji and CJK forms), which VARIATION checks apart.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/u;
const WRITTEN_WITH = new Set(['\u200C', '\u200D', '\u180B', '\u180C', '\u180D', '\u180F']);
const VARIATION = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const TAG = /[\u{E0000}-\u{E007F}]/u;
/**
 * The three flags written with tag characters (England, Scotland, Wales: 🏴 then the tags of
 * their region codes, GB-ENG, GB-SCT or GB-WLS, then CANCEL TAG): the one use of tag characters
 * in text people write. Any other run of tags could carry text no reader sees.
 */
const TAG_FLAG =
  /\u{1F3F4}\u{E0067}\u{E0062}(?:\u{E0065}\u{E006E}\u{E0067}|\u{E0073}\u{E0063}\u{E0074}|\u{E0077}\u{E006C}\u{E0073})\u{E007F}/gu;

const codePoint = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first hidden character in `text`, described for a maintainer ("U+202E, a
 * bidirectional-text control character"), or undefined. Tabs and line breaks are allowed where
 * `lineBreaks` is true (a body, a summary), refused where it is false (a title).
 */
export function hiddenCharacter(
  text: string,
  { lineBreaks = true }: { readonly lineBreaks?: boolean } = {},
): string | undefined {
  let previous = '';
  for (const char of text.replace(TAG_FLAG, '🏴')) {
    const after = previous;
    previous = char;
    if (lineBreaks && (char === '\t' || char === '\n' || char === '\r')) continue;
    if (VARIATION.test(char)) {
      // One selector picks a form of the character before it; a run of them carries data.
      if (after === '' || VARIATION.test(after) || /\s/u.test(after)) {
        return `${codePoint(char)}, a variation selector that follows no character (it can carry text no reader sees)`;
      }
      continue;
    }
    if (CONTROLS.test(char)) return `${codePoint(char)}, an invisible control character`;
    if (BIDI.test(char)) {
      return `${codePoint(char)}, a bidirectional-text control character (it can make text show differently from how it is stored)`;
    }
    if (SEPARATORS.test(char)) {
      return `${codePoint(char)}, an invisible line or paragraph separator (write a plain line break)`;
    }
    if (TAG.test(char)) {
      return `${codePoint(char)}, an invisible Unicode tag character (it can carry text no reader sees)`;
    }
    if (INVISIBLE.test(char) && !WRITTEN_WITH.has(char)) {
      return `${codePoint(char)}, an invisible space or filler`;
    }
    if (char === '\uFFFD') {
      return `${codePoint(char)}, the replacement character (a sign of text that was not saved as UTF-8)`;
    }
  }
  return undefined;
}

/**
 * Whether `text` shows nothing: only spaces, line breaks and characters that are drawn as nothing
 * (Unicode's default-ignorable code points: joiners, variation selectors, fillers…).
 */
export const showsNothing = (text: string): boolean =>
  text.replace(/[\s\p{Z}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/gu, '') === '';

type DataPath = readonly (string | number)[];

/** Where a text field is in a data file, for a message: `reportChannels[0].rules.name`, `team[2].role`. */
const pathText = (root: string, path: DataPath): string =>
  path.reduce<string>(
    (text, part) =>
      typeof part === 'number'
        ? `${text}[${String(part)}]`
        : text === ''
          ? part
          : `${text}.${part}`,
    root,
  );

export interface TextFieldOptions {
  /** What the data is called in messages (`team`), when its fields' names alone would not say. */
  readonly root?: string;
  /** Which fields may hold tabs and line breaks (a summary); none by default. */
  readonly lineBreaks?: (path: DataPath) => boolean;
}

/**
 * The one check of visible text, for every text field of every data file: each string anywhere in
 * `data` holds no hidden character, and a string that is not empty shows something (an empty one
 * is left to its field's own check: required, or non-empty). One finding per field at fault, at
 * the field's path.
 */
export function textFieldFindings(
  data: unknown,
  options: TextFieldOptions = {},
  path: DataPath = [],
): { readonly path: DataPath; readonly message: string }[] {
  if (typeof data === 'string') {
    const name = pathText(options.root ?? '', path) || 'the text';
    const char = hiddenCharacter(data, { lineBreaks: options.lineBreaks?.(path) ?? false });
    if (char !== undefined) return [{ path, message: `${name} contains ${char}; delete it` }];
    return data.trim() !== '' && showsNothing(data)
      ? [{ path, message: `${name} shows nothing: it holds only invisible characters` }]
      : [];
  }
  if (Array.isArray(data)) {
    return data.flatMap((item: unknown, index) =>
      textFieldFindings(item, options, [...path, index]),
    );
  }
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) =>
      textFieldFindings(value, options, [...path, key]),
    );
  }
  return [];
}
