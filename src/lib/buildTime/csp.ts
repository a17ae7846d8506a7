/**
 * The Content-Security-Policy the built site satisfies, and the two ways it is delivered: a
 * `_headers` file for hosts that take one (Netlify, Cloudflare Pages) and a `<meta>` tag in every
 * page for hosts that do not (GitHub Pages). Inline scripts are allowed by hash only, so the
 * hashes are computed from the built HTML: they change whenever Docusaurus's inline code does.
 */
import { createHash } from 'node:crypto';

/** `<script>` elements without `src`: their text is what the browser hashes. */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** Script types the browser runs; a data block such as JSON-LD is never executed, so needs no hash. */
const EXECUTABLE_TYPE = /^(|text\/javascript|application\/javascript|module)$/i;

function typeOf(attributes: string): string {
  return (/\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '').trim();
}

/** The CSP source expression (`'sha256-…'`) of every distinct inline, executable script in `html`. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes = '']) => !/\bsrc\s*=/i.test(attributes))
    .filter(([, attributes = '']) => EXECUTABLE_TYPE.test(typeOf(attributes)))
    .map(
      ([, , body = '']) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
    );
  return [...new Set(hashes)];
}

export type CspDelivery = 'header' | 'meta';

/**
 * The policy: everything from the site's own origin, scripts also by hash, no plugins, no
 * framing. `frame-ancestors` only works in a header (browsers ignore it in `<meta>` and say so
 * in the console), so the meta version leaves it out.
 */
export function contentSecurityPolicy(
  scriptHashes: readonly string[],
  delivery: CspDelivery,
): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...[...scriptHashes].sort()],
    // React and Docusaurus set style attributes (e.g. collapsing sections); styles cannot run code.
    ['style-src', "'self'", "'unsafe-inline'"],
    // Docusaurus's CSS draws small icons as data: SVGs.
    ['img-src', "'self'", 'data:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ...(delivery === 'header' ? [['frame-ancestors', "'none'"] as [string, string]] : []),
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The other headers a security team's site should send, beside the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * A `_headers` file (Netlify and Cloudflare Pages format) applying the CSP and the security headers
 * to every path under `baseUrl`, and serving security.txt as UTF-8 plain text.
 */
export function headersFile(
  csp: string,
  baseUrl: string,
  /**
   * The data files (JSON, feeds, calendar) under the base URL, `/api/releases.json`; a path ending
   * in `/` is a folder of them. Any web page may read these (CORS), as endoflife.date's API allows.
   */
  openData: readonly string[] = [],
): string {
  const headers = { 'Content-Security-Policy': csp, ...SECURITY_HEADERS };
  const under = (path: string): string =>
    `${baseUrl}${path.replace(/^\//, '')}${path.endsWith('/') ? '*' : ''}`;
  return [
    `${baseUrl}*`,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    `${baseUrl}.well-known/security.txt`,
    '  Content-Type: text/plain; charset=utf-8',
    ...openData.flatMap((path) => [under(path), '  Access-Control-Allow-Origin: *']),
    '',
  ].join('\n');
}

/** Reads a `_headers` file back: each path pattern with its headers, in file order. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const blocks: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      blocks.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    const block = blocks.at(-1);
    if (block === undefined || separator < 0) {
      throw new Error(
        `_headers: ${JSON.stringify(line)} is not under a path or has no "Name: value"`,
      );
    }
    block.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return blocks;
}

/** Whether a `_headers` path pattern (a trailing `*` matches anything) covers `path`. */
export function headersPatternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * `html` with the policy at the start of `<head>`, after the charset: a meta CSP only governs what
 * comes after it, so it must precede every script. The referrer policy follows it, the one other
 * security header with a `<meta>` form, so no host's headers are needed to keep a visitor's page
 * address from the sites they follow a link to. Throws when the page has no `<head>`.
 */
export function withMetaCsp(html: string, csp: string): string {
  const head = /<head\b[^>]*>(\s*<meta\s+charset=[^>]*>)?/i.exec(html);
  if (head === null)
    throw new Error('the page has no <head> to put the Content-Security-Policy in');
  const escaped = csp.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const at = head.index + head[0].length;
  const referrer = SECURITY_HEADERS['Referrer-Policy'] ?? 'no-referrer';
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${escaped}"><meta name="referrer" content="${referrer}">${html.slice(at)}`;
}
