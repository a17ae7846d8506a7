/**
 * Characters a reader cannot see but software acts on, refused in what maintainers write for the
 * public (advisories): control characters, which XML forbids or readers drop; bidirectional-text
 * controls, which make text show differently from how it is stored ("Trojan Source"); and the
 * replacement character, the mark of a file that was not saved as UTF-8.
 */

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROLS = /[\p{Cc}\p{Cs}]/u;

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
  for (const char of text) {
    if (lineBreaks && (char === '\t' || char === '\n' || char === '\r')) continue;
    if (CONTROLS.test(char)) return `${codePoint(char)}, an invisible control character`;
    if (BIDI_CONTROLS.test(char)) {
      return `${codePoint(char)}, a bidirectional-text control character (it can make text show differently from how it is stored)`;
    }
    if (char === '\uFFFD') {
      return `${codePoint(char)}, the replacement character (a sign of text that was not saved as UTF-8)`;
    }
  }
  return undefined;
}

/** Whether `text` shows nothing: only spaces, line breaks and invisible formatting characters. */
export const showsNothing = (text: string): boolean =>
  text.replace(/[\s\p{Z}\p{Cf}\p{Cc}]/gu, '') === '';
