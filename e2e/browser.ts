/** Shared pieces of the browser tests: launching Chromium and visiting pages while recording problems. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

import { CHROMIUM_ARGS } from './chromium';
import { builtRoot } from './globalSetup';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

/**
 * `fetch` of a served file, tried a second time when the connection fails before an answer: the
 * server may close an idle kept-alive connection just as the next request goes out on it ("other
 * side closed"), a race a loaded machine makes likely. A GET of a static file is safe to repeat;
 * any answer, an error status among them, is returned as it came.
 */
export async function get(url: string | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** The served address of a site path such as `/scope` (relative to the base URL). */
export function siteUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), inject('siteRoot')).href;
}

/** The same for the fixture site (fixture releases, a fixed build day, base URL /security/). */
export function fixtureUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), inject('fixtureRoot')).href;
}

/**
 * The pages a build's sitemap lists, as paths under its base URL (`/`, `/scope`), read from the
 * built files when the test file loads: `it.each` over them gives each page a test of its own, so a
 * slow machine makes the run longer instead of making one test over every page time out.
 */
export function sitemapPaths(dir = 'build'): string[] {
  const root = builtRoot(dir).href;
  const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const loc = match[1] ?? '';
    if (!loc.startsWith(root)) throw new Error(`${dir}/sitemap.xml lists ${loc}, outside ${root}`);
    return `/${loc.slice(root.length)}`;
  });
}

/** Every page the sitemap lists, as served addresses. */
export function sitemapUrls(): Promise<string[]> {
  return sitemapUrlsOf(inject('siteRoot'), inject('configuredRoot'));
}

/** The same for the fixture site. */
export function fixtureSitemapUrls(): Promise<string[]> {
  return sitemapUrlsOf(inject('fixtureRoot'), inject('fixtureConfiguredRoot'));
}

/** The pages a build's sitemap lists, as addresses where `servedRoot` serves that build. */
async function sitemapUrlsOf(servedRoot: string, configuredRoot: string): Promise<string[]> {
  const response = await get(new URL('sitemap.xml', servedRoot));
  if (!response.ok) throw new Error(`sitemap.xml answered ${String(response.status)}`);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const loc = match[1] ?? '';
    if (!loc.startsWith(configuredRoot)) {
      throw new Error(`sitemap.xml lists ${loc}, outside the site's root ${configuredRoot}`);
    }
    return new URL(loc.slice(configuredRoot.length), servedRoot).href;
  });
}

export interface Visit {
  readonly page: Page;
  /** Console errors (hydration warnings among them), uncaught exceptions, requests to other origins. */
  readonly problems: string[];
}

/**
 * Opens `url` in a new page, recording anything that should never happen on this site.
 * Unless the context has JavaScript turned off, it waits until React has hydrated the page.
 */
export async function visit(
  context: BrowserContext,
  url: string,
  { javaScript = true }: { readonly javaScript?: boolean } = {},
): Promise<Visit> {
  const page = await context.newPage();
  const problems: string[] = [];
  const { origin } = new URL(url);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const requested = new URL(request.url());
    if (requested.protocol !== 'data:' && requested.origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response === null) throw new Error(`no response for ${url}`);
  if (javaScript) {
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  }
  return { page, problems };
}
