import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  contentSecurityPolicy,
  headersFile,
  headersPatternMatches,
  inlineScriptHashes,
  parseHeadersFile,
  SECURITY_HEADERS,
  withMetaCsp,
} from './csp';

const sha = (text: string): string =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const page = `<!doctype html><html><head><meta charset=UTF-8><title>x</title>
<script>var a = 1;</script><script src=/main.js defer></script>
<script type="module">import "./x.js";</script>
<script data-rh=true type=application/ld+json>{"@type":"BreadcrumbList"}</script></head><body><script>var a = 1;</script></body></html>`;

describe('inlineScriptHashes', () => {
  it('hashes each distinct inline script once, skipping scripts with src and JSON-LD data', () => {
    expect(inlineScriptHashes(page)).toEqual([sha('var a = 1;'), sha('import "./x.js";')]);
  });

  it('finds nothing in a page without inline scripts', () => {
    expect(inlineScriptHashes('<html><head><script src="a.js"></script></head></html>')).toEqual(
      [],
    );
  });
});

describe('contentSecurityPolicy', () => {
  const header = contentSecurityPolicy([sha('b'), sha('a')], 'header');
  const directives = new Map(
    header.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const),
  );

  it('allows only the site itself and the hashed scripts', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(
      ["'self'", sha('a'), sha('b')].sort((x, y) =>
        x === "'self'" ? -1 : y === "'self'" ? 1 : x.localeCompare(y),
      ),
    );
    expect(header).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('leaves frame-ancestors out of the meta version, where browsers ignore it', () => {
    const meta = contentSecurityPolicy([sha('a')], 'meta');
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("script-src 'self'");
  });
});

describe('headersFile', () => {
  it('round-trips through the parser with the CSP and every security header on every path', () => {
    const text = headersFile("default-src 'self'", '/security/');
    const blocks = parseHeadersFile(text);
    expect(blocks[0]?.pattern).toBe('/security/*');
    expect(Object.fromEntries(blocks[0]?.headers ?? [])).toEqual({
      'Content-Security-Policy': "default-src 'self'",
      ...SECURITY_HEADERS,
    });
    expect(blocks[1]).toEqual({
      pattern: '/security/.well-known/security.txt',
      headers: [['Content-Type', 'text/plain; charset=utf-8']],
    });
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });

  it('lets any web page read the data files (CORS), and only those', () => {
    const blocks = parseHeadersFile(
      headersFile("default-src 'self'", '/security/', ['/api/', '/releases.ics']),
    );
    expect(blocks.slice(2)).toEqual([
      { pattern: '/security/api/*', headers: [['Access-Control-Allow-Origin', '*']] },
      { pattern: '/security/releases.ics', headers: [['Access-Control-Allow-Origin', '*']] },
    ]);
    expect(blocks[0]?.headers.map(([name]) => name)).not.toContain('Access-Control-Allow-Origin');
  });

  it('refuses a header line outside a path block', () => {
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/not under a path/);
  });
});

describe('headersPatternMatches', () => {
  it('matches a trailing * as a prefix and anything else exactly', () => {
    expect(headersPatternMatches('/security/*', '/security/scope')).toBe(true);
    expect(headersPatternMatches('/security/*', '/other')).toBe(false);
    expect(headersPatternMatches('/a.txt', '/a.txt')).toBe(true);
    expect(headersPatternMatches('/a.txt', '/a.txt.bak')).toBe(false);
  });
});

describe('withMetaCsp', () => {
  it('puts the policy right after the charset, before any script', () => {
    const out = withMetaCsp(page, `script-src 'self' "x" & y`);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset=UTF-8>'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="script-src 'self' &quot;x&quot; &amp; y"`);
    // The referrer policy, which has a <meta> form, goes with it.
    const referrer = out.indexOf('<meta name="referrer" content="no-referrer">');
    expect(referrer).toBeGreaterThan(meta);
    expect(referrer).toBeLessThan(out.indexOf('<script'));
  });

  it('refuses a page without a head', () => {
    expect(() => withMetaCsp('<p>hi</p>', 'x')).toThrow(/no <head>/);
  });
});
