/**
 * The social card: the image chat apps and social networks show beside a link to the site
 * (`og:image`). `npm run social-card` renders this page in Chromium to static/img/social-card.png.
 */

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
