import { defineConfig } from 'vitest/config';

/**
 * Tests that run `docusaurus build` on copies of the site (tests/builds/): the build refuses bad
 * data, works outside git, and takes a maintainer's routine changes. Slower than the unit tests,
 * so they have their own script, `npm run test:build`; `npm test` runs both.
 */
export default defineConfig({
  test: {
    include: ['tests/builds/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
