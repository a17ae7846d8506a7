/**
 * Serves the production build for the browser tests: `docusaurus serve` on a free port.
 * The build must exist (npm test runs `npm run build` first).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

import type { TestProject } from 'vitest/node';

import { ensureChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the served site's base URL is, e.g. http://localhost:4123/milex-security-team/ */
    siteRoot: string;
    /** The absolute URL the build was configured with, e.g. https://www.milex.org/milex-security-team/ */
    configuredRoot: string;
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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('build/index.html')) {
    throw new Error('There is no production build in build/. Run `npm run build` first.');
  }
  const chromiumPath = ensureChromium();
  const { default: config } = await import('../docusaurus.config');

  const port = await freePort();
  let output = '';
  const server = spawn(
    'npx',
    ['docusaurus', 'serve', '--port', String(port), '--host', '127.0.0.1', '--no-open'],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const siteRoot = `http://127.0.0.1:${String(port)}${config.baseUrl}`;
  await waitUntilUp(siteRoot, server, () => output);

  project.provide('siteRoot', siteRoot);
  project.provide('configuredRoot', new URL(config.baseUrl, config.url).href);
  project.provide('chromiumPath', chromiumPath);

  return () => {
    // Detached, so the whole group (npx and the server it started) is stopped.
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    return Promise.resolve();
  };
}
