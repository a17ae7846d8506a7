import { defineConfig } from 'vitest/config';

/**
 * Tests that start processes (tests/builds/): `docusaurus build` on copies of the site (the build
 * refuses bad data, works outside git, takes a maintainer's routine changes), the maintainers'
 * scripts, git, gpg and the deploy workflow's shell steps. Slower than the unit tests, so they have
 * their own script, `npm run test:build`; `npm test` runs both. Unit tests start no process.
 */
export default defineConfig({
  test: {
    include: ['tests/builds/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Both files at once: most of their time is spent in the builds and runs they spawn, which
    // wait on the disk and on Node's start-up as much as on the processor.
    maxWorkers: 2,
  },
});
