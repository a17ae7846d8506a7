import { defineConfig } from 'vitest/config';

/** Browser tests: Chromium against the served production build (`npm run build` first). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine has two cores and the server shares them.
    fileParallelism: false,
  },
});
