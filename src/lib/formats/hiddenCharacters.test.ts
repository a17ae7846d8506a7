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
  });
});

describe('showsNothing', () => {
  it.each(['', ' ', '\u200B', '\u2060\u00A0\u3000', '\u200E\n\t'])('is true of %j', (text) => {
    expect(showsNothing(text)).toBe(true);
  });

  it('is false of anything visible', () => {
    expect(showsNothing('\u200Ba')).toBe(false);
  });
});
