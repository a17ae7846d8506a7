/**
 * Serves the production builds for the browser tests with `docusaurus serve`, each on a free port:
 * the real site (build/) and the fixture site (build-fixtures/, see docusaurus.fixtures.config.ts).
 * `npm test` builds both first.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

import type { TestProject } from 'vitest/node';

import { ensureChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served real site's base URL, e.g. http://127.0.0.1:4123/milex-security-team/ */
    siteRoot: string;
    /** The absolute URL the real site was built for, e.g. https://www.milex.org/milex-security-team/ */
    configuredRoot: string;
    /** The served fixture site's base URL, e.g. http://127.0.0.1:4124/security/ */
    fixtureRoot: string;
    /** The absolute URL the fixture site was built for: https://fixtures.example/security/ */
    fixtureConfiguredRoot: string;
    chromiumPath: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}

async function waitUntilUp(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`docusaurus serve exited (${String(server.exitCode)}):\n${log()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`docusaurus serve did not answer at ${url} within 60 s:\n${log()}`);
}

/**
 * The absolute URL a build was made for, read from its home page's canonical link. Vitest sets
 * process.env.BASE_URL to '/', so the config cannot be re-read here: the build is the truth.
 */
export function builtRoot(dir: string): URL {
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel=["']?canonical\b/.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/.exec(tag)?.[1];
    if (href !== undefined) return new URL(href);
  }
  throw new Error(`${dir}/index.html has no canonical link to tell which URL it was built for.`);
}

interface Served {
  /** Where the build answers, e.g. http://127.0.0.1:4123/milex-security-team/ */
  readonly root: string;
  /** The absolute URL it was built for, e.g. https://www.milex.org/milex-security-team/ */
  readonly configuredRoot: string;
  readonly stop: () => void;
}

/** Serves `dir` (built with `configFile`) and resolves once it answers at its base URL. */
async function serve(dir: string, configFile: string): Promise<Served> {
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(
      `There is no build in ${dir}/. Run \`npm run build && npm run build:fixtures\` first.`,
    );
  }
  const built = builtRoot(dir);
  const port = await freePort();
  let output = '';
  const server = spawn(
    process.execPath,
    [
      'node_modules/@docusaurus/core/bin/docusaurus.mjs',
      'serve',
      '--dir',
      dir,
      '--config',
      configFile,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--no-open',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Serve under the base path the build has, whatever this process's environment says.
      env: { ...process.env, SITE_URL: built.origin, BASE_URL: built.pathname },
    },
  );
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const root = `http://127.0.0.1:${String(port)}${built.pathname}`;
  try {
    await waitUntilUp(root, server, () => output);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { root, configuredRoot: built.href, stop: () => server.kill() };
}

export default async function setup(project: TestProject): Promise<() => void> {
  const chromiumPath = ensureChromium();
  const site = await serve('build', 'docusaurus.config.ts');
  const fixtures = await serve('build-fixtures', 'docusaurus.fixtures.config.ts').catch(
    (error: unknown) => {
      site.stop();
      throw error;
    },
  );

  project.provide('siteRoot', site.root);
  project.provide('configuredRoot', site.configuredRoot);
  project.provide('fixtureRoot', fixtures.root);
  project.provide('fixtureConfiguredRoot', fixtures.configuredRoot);
  project.provide('chromiumPath', chromiumPath);

  return () => {
    site.stop();
    fixtures.stop();
  };
}
