import { describe, expect, it } from 'vitest';

import { hiddenCharacter, showsNothing } from './hiddenCharacters';

describe('hiddenCharacter', () => {
  it.each([
    ['a\u0000b', 'U+0000, an invisible control character'],
    ['a\u0085b', 'U+0085, an invisible control character'],
    ['a\u007Fb', 'U+007F, an invisible control character'],
    ['a\uD800b', 'U+D800, an invisible control character'],
    ['admin\u202Eexe.txt', 'U+202E, a bidirectional-text control character'],
    ['a\u2066b\u2069', 'U+2066, a bidirectional-text control character'],
    ['caf\uFFFD', 'U+FFFD, the replacement character'],
    ['a\u200Fb', 'U+200F, a bidirectional-text control character'],
    ['a\u061Cb', 'U+061C, a bidirectional-text control character'],
    ['one\u2028two', 'U+2028, an invisible line or paragraph separator'],
    ['hi\u{E0049}\u{E0047}', 'U+E0049, an invisible Unicode tag character'],
    ['a\u200Bb', 'U+200B, an invisible space or filler'],
    ['\u3164', 'U+3164, an invisible space or filler'],
    ['soft\u00ADhyphen', 'U+00AD, an invisible space or filler'],
    ['a\u034Fb', 'U+034F, an invisible space or filler'],
    // Tags behind a black flag that is not one of the three tag flags: six hidden letters.
    [
      '\u{1F3F4}\u{E0061}\u{E0062}\u{E0063}\u{E007F}',
      'U+E0061, an invisible Unicode tag character',
    ],
    ['a\uFE0F\uFE0F\uFE0F', 'U+FE0F, a variation selector that follows no character'],
    ['\uFE0F alone', 'U+FE0F, a variation selector that follows no character'],
  ])('finds the hidden character in %j', (text, found) => {
    expect(hiddenCharacter(text)).toMatch(new RegExp(`^${found.replace(/[+()]/g, '\\$&')}`));
  });

  it('allows tabs and line breaks where text may have lines, and refuses them where not', () => {
    expect(hiddenCharacter('one\ttwo\r\nthree\n')).toBeUndefined();
    expect(hiddenCharacter('one\ntwo', { lineBreaks: false })).toBe(
      'U+000A, an invisible control character',
    );
  });

  it('lets through what people write: accents, other scripts, emoji, marks', () => {
    // cspell:disable-next-line -- words of other languages, on purpose
    expect(hiddenCharacter('Café – ünïcödé, 日本語, עברית, 🙂, «quotes»')).toBeUndefined();
    // Joiners and variation selectors write emoji and scripts; tags write a region's flag;
    // Mongolian and CJK text have variation selectors of their own.
    // cspell:disable-next-line -- a word of another language, on purpose
    expect(hiddenCharacter('👩\u200D💻 ❤\uFE0F می\u200Cخواهم')).toBeUndefined();
    expect(
      hiddenCharacter('\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'),
    ).toBeUndefined();
    expect(hiddenCharacter('\u1820\u180B 葛\u{E0100} 1\uFE0F\u20E3 🇫🇷')).toBeUndefined();
  });
});

describe('showsNothing', () => {
  it.each([
    '',
    ' ',
    '\u200B',
    '\u2060\u00A0\u3000',
    '\u200E\n\t',
    '\u200D',
    '\u3164\uFE0F',
    '\u2800',
  ])('is true of %j', (text) => {
    expect(showsNothing(text)).toBe(true);
  });

  it('is false of anything visible', () => {
    expect(showsNothing('\u200Ba')).toBe(false);
  });
});
