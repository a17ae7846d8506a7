/**
 * The social card: the image chat apps and social networks show beside a link to the site
 * (`og:image`). `npm run social-card` renders this page in Chromium to static/img/social-card.png
 * and writes into the image a fingerprint of the page it drew, so a test can tell when the title,
 * tagline, logo or this template has changed since.
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** Open Graph's recommended size, which every major network crops well. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/** Where the image is served, relative to the site's base URL (themeConfig.image). */
export const SOCIAL_CARD_PATH = 'img/social-card.png';

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A self-contained HTML page (no fonts or images from anywhere) drawing the card. */
export function socialCardHtml({
  title,
  tagline,
  logoSvg,
}: {
  readonly title: string;
  readonly tagline: string;
  /** The site's logo, an SVG document, drawn inline. */
  readonly logoSvg: string;
}): string {
  const { width, height } = SOCIAL_CARD_SIZE;
  const logo = `data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`;
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<style>
  html, body { margin: 0; }
  body {
    width: ${String(width)}px; height: ${String(height)}px; box-sizing: border-box;
    display: flex; flex-direction: column; justify-content: center; gap: 36px;
    padding: 80px 96px; background: #0f172a; color: #f8fafc;
    font-family: system-ui, 'DejaVu Sans', sans-serif; border-bottom: 24px solid #1d4ed8;
  }
  header { display: flex; align-items: center; gap: 36px; }
  img { width: 150px; height: 150px; }
  h1 { margin: 0; font-size: 88px; line-height: 1.05; letter-spacing: -1px; }
  p { margin: 0; font-size: 38px; line-height: 1.35; color: #cbd5e1; max-width: 1000px; }
</style>
<header><img src="${logo}" alt=""><h1>${escapeHtml(title)}</h1></header>
<p>${escapeHtml(tagline)}</p>
</html>
`;
}

/** The PNG text chunk keyword holding the fingerprint of the page the card was drawn from. */
export const SOURCE_KEYWORD = 'milex:source-sha256';

/** The fingerprint of a card page: it changes whenever anything the card shows changes. */
export const sourceFingerprint = (html: string): string =>
  createHash('sha256').update(html).digest('hex');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The chunks of a PNG file, in order: type and data. */
function chunks(png: Buffer): { type: string; data: Buffer; start: number }[] {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file');
  const found: { type: string; data: Buffer; start: number }[] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    found.push({ type, data: png.subarray(at + 8, at + 8 + length), start: at });
    at += 12 + length;
  }
  return found;
}

/** A PNG's Latin-1 text chunks (`tEXt`), keyword to text. */
export function pngTexts(png: Buffer): Record<string, string> {
  return Object.fromEntries(
    chunks(png)
      .filter(({ type }) => type === 'tEXt')
      .map(({ data }) => {
        const nul = data.indexOf(0);
        return [data.toString('latin1', 0, nul), data.toString('latin1', nul + 1)];
      }),
  );
}

/** The PNG with a `tEXt` chunk added before its end. */
export function withPngText(png: Buffer, keyword: string, text: string): Buffer {
  const end = chunks(png).find(({ type }) => type === 'IEND');
  if (end === undefined) throw new Error('PNG file without an IEND chunk');
  const body = Buffer.from(`tEXt${keyword}\0${text}`, 'latin1');
  const chunk = Buffer.alloc(body.length + 8);
  chunk.writeUInt32BE(body.length - 4, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), body.length + 4);
  return Buffer.concat([png.subarray(0, end.start), chunk, png.subarray(end.start)]);
}
