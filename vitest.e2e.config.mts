import { defineConfig } from 'vitest/config';

/** Browser tests: Chromium against the served production build (`npm run build` first). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One file at a time: the machine has two cores and the servers share them. Within a file,
    // tests marked concurrent (axe, which keeps a renderer busy) run two at a time.
    fileParallelism: false,
    maxConcurrency: 2,
    // npm test runs the other checks beside these, at a lower priority: a page may answer a
    // little later than on an idle machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
