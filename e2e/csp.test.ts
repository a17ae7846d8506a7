/**
 * The site under the headers it ships (`_headers`) and the CSP in each page's <meta>: no page
 * breaks the policy, the policy really blocks an injected script, and every header is sent.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { releases } from '../src/data/releases';
import { outputs } from '../src/lib/site';
import { SECURITY_HEADERS } from '../src/lib/buildTime/csp';
import { get, launchBrowser, sitemapPaths, sitemapUrls, siteUrl, visit } from './browser';
import { builtRoot } from './globalSetup';
import { type HeadersServer, serveWithHeaders } from './headersServer';

let browser: Browser;
let context: BrowserContext;
let server: HeadersServer;
let pages: string[];

declare global {
  interface Window {
    cspViolations?: string[];
    injectedRan?: boolean;
  }
}

beforeAll(async () => {
  server = await serveWithHeaders('build', builtRoot('build').pathname);
  const served = siteUrl('/');
  pages = [...(await sitemapUrls()), siteUrl('/search')].map(
    (url) => server.root + url.slice(served.length),
  );
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Each page, a test of its own, served with the headers the site ships; two pages at a time. */
describe('every page', () => {
  it.concurrent.each([...sitemapPaths(), '/search'])(
    '%s keeps the policy: no violation, no console error, after hydration and a search',
    async (path) => {
      const { page, problems } = await visit(context, `${server.root}${path.slice(1)}`);
      try {
        // Search loads its index on first use: exercise it on every page, until it suggests.
        await page.locator('input.navbar__search-input').fill('security');
        await page.getByRole('option').first().waitFor();
        expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

describe('Content-Security-Policy', () => {
  it('is sent with every security header', async () => {
    const response = await get(pages[0] ?? '');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(csp).not.toContain('unsafe-eval');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers.get(name), name).toBe(value);
    }
  });

  it('leaves the data files open to any web page (CORS), and the pages closed', async () => {
    const root = server.root;
    // Any release will do; the data always has one (the build refuses an empty table).
    const [branch] = releases.map((release): string => release.branch);
    const data = [
      outputs.releasesJson,
      outputs.calendar,
      outputs.atom,
      outputs.advisoriesRss,
      `${outputs.osv}all.json`,
      `${outputs.badges}${branch ?? ''}.json`,
    ];
    for (const path of data) {
      const response = await get(`${root}${path.slice(1)}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
    }
    const page = await get(pages[0] ?? '');
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('blocks a script injected into a page', async () => {
    const { page } = await visit(context, pages[0] ?? '');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.head.append(script);
    });
    expect(await page.evaluate(() => window.injectedRan)).toBeUndefined();
    // Reported once by the header and once by the <meta> policy.
    await expect.poll(() => page.evaluate(() => window.cspViolations?.length)).toBeGreaterThan(0);
    for (const violation of (await page.evaluate(() => window.cspViolations)) ?? []) {
      expect(violation).toMatch(/^script-src/);
    }
    await page.close();
  });
});
