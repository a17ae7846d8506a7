/**
 * A static server for a build that applies its `_headers` file, as Netlify or Cloudflare Pages
 * would, and compresses text as they do: the browser tests see the site under the headers it
 * ships with, and the benchmark measures what a visitor would download.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

import { headersPatternMatches, parseHeadersFile } from '../src/lib/buildTime/csp';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.atom': 'application/atom+xml',
  '.woff2': 'font/woff2',
};

/** Files a host serves at the domain root whatever the base URL: DEPLOYING.md. */
const ROOT_FILES = ['/robots.txt', '/.well-known/security.txt'];

/** The built file for a request path under `baseUrl`, the way static hosts resolve clean URLs. */
function fileFor(dir: string, baseUrl: string, pathname: string): string | undefined {
  if (ROOT_FILES.includes(pathname)) return join(dir, pathname);
  if (!pathname.startsWith(baseUrl)) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(baseUrl.length)));
  if (relative.startsWith('..')) return undefined;
  const candidates = [relative, `${relative}.html`, join(relative, 'index.html')];
  return candidates
    .map((candidate) => join(dir, candidate))
    .find((file) => existsSync(file) && statSync(file).isFile());
}

export interface HeadersServer {
  readonly root: string;
  readonly close: () => Promise<void>;
}

export async function serveWithHeaders(dir: string, baseUrl: string): Promise<HeadersServer> {
  const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(dir, baseUrl, pathname);
    const served = file ?? join(dir, '404.html');
    for (const rule of rules) {
      if (headersPatternMatches(rule.pattern, pathname)) {
        for (const [name, value] of rule.headers) response.setHeader(name, value);
      }
    }
    if (!response.hasHeader('Content-Type')) {
      response.setHeader('Content-Type', TYPES[extname(served)] ?? 'application/octet-stream');
    }
    response.statusCode = file === undefined ? 404 : 200;
    const body = readFileSync(served);
    // Like any real static host, compress text for clients that accept it.
    const text = /^(text\/|application\/(json|xml|atom\+xml)|image\/svg)/.test(
      String(response.getHeader('Content-Type')),
    );
    if (text && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Vary', 'Accept-Encoding');
      response.end(gzipSync(body));
    } else {
      response.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('no port');
  return {
    root: `http://127.0.0.1:${String(address.port)}${baseUrl}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
