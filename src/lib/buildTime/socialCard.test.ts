import { crc32 } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { pngTexts, socialCardHtml, sourceFingerprint, withPngText } from './socialCard';

const logoSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>';

describe('socialCardHtml', () => {
  it('shows the title and the tagline as text, markup in them escaped', () => {
    const html = socialCardHtml({
      title: 'Milex <b>Security</b>',
      tagline: 'Report "here" & <script>alert(1)</script>',
      logoSvg,
    });
    expect(html).toContain('<h1>Milex &lt;b&gt;Security&lt;/b&gt;</h1>');
    expect(html).toContain('Report &quot;here&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('draws the logo from the page itself, and asks nothing of any other site', () => {
    const html = socialCardHtml({ title: 'T', tagline: 'x', logoSvg });
    expect(html).toContain(`data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`);
    // No stylesheet, font or image from elsewhere: the only address is inside the logo's data.
    expect(html.replace(/data:[^"]+/g, '')).not.toMatch(/https?:|@import|url\(/);
  });
});

describe('PNG text chunks', () => {
  // The smallest valid PNG: one transparent pixel.
  const pixel = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );

  it('adds a text chunk before the end, with a correct checksum, and reads it back', () => {
    const png = withPngText(pixel, 'milex:test', 'abc123');
    expect(pngTexts(pixel)).toEqual({});
    expect(pngTexts(png)).toEqual({ 'milex:test': 'abc123' });
    // The new chunk: length 17 ("milex:test", NUL, "abc123"), type, data, then CRC-32 of type and data.
    const at = pixel.length - 12;
    expect(png.readUInt32BE(at)).toBe(17);
    expect(png.toString('latin1', at + 4, at + 8)).toBe('tEXt');
    expect(png.readUInt32BE(at + 8 + 17)).toBe(crc32(png.subarray(at + 4, at + 8 + 17)));
    expect(png.subarray(-12)).toEqual(pixel.subarray(-12));
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngTexts(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
  });
});

describe('sourceFingerprint', () => {
  it('changes with anything the card shows', () => {
    const card = (title: string): string => socialCardHtml({ title, tagline: 't', logoSvg });
    expect(sourceFingerprint(card('A'))).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceFingerprint(card('A'))).toBe(sourceFingerprint(card('A')));
    expect(sourceFingerprint(card('A'))).not.toBe(sourceFingerprint(card('B')));
  });
});
