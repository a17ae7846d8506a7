import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // @docusaurus/tsconfig sets `jsx: preserve`; tests need React's automatic runtime.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: [
      { find: /^@site\/(.*)$/, replacement: here('./$1') },
      // Docusaurus's own modules need its router and context; tests get plain stand-ins.
      { find: '@docusaurus/Link', replacement: here('./tests/mocks/Link.tsx') },
      { find: '@docusaurus/useIsBrowser', replacement: here('./tests/mocks/useIsBrowser.ts') },
      {
        find: '@docusaurus/useDocusaurusContext',
        replacement: here('./tests/mocks/useDocusaurusContext.ts'),
      },
      { find: '@theme/Heading', replacement: here('./tests/mocks/Heading.tsx') },
      { find: '@theme/Layout', replacement: here('./tests/mocks/Layout.tsx') },
      // The site's own (src/theme/CodeBlock), as the build takes it.
      { find: '@theme/CodeBlock', replacement: here('./src/theme/CodeBlock/index.tsx') },
      // Written by plugins/advisories and plugins/releases at build time.
      {
        find: '@milex/advisory-exposure',
        replacement: here('./tests/mocks/advisoryExposure.ts'),
      },
      { find: '@milex/releases', replacement: here('./tests/mocks/releases.ts') },
    ],
  },
  test: {
    // Unit tests only: no build, no process. Builds and processes are tests/builds/ (npm run test:build),
    // browser runs e2e/ (npm run test:e2e).
    include: ['src/**/*.test.{ts,tsx}', 'plugins/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/builds/**', 'node_modules/**'],
    // One module graph per worker rather than one per file: the tests clean up after themselves
    // (React's cleanup, vi.resetModules where they need a fresh import), and the run takes a
    // quarter of the time on a 2-core machine (about 9 s instead of 33 s).
    isolate: false,
    environment: 'node',
    // A timeout here only catches a hang, never slowness: npm test runs these beside the browser
    // tests and the builds, and the routine-changes test runs them in copies two at a time, where a
    // hook that loads a large module (the TypeScript compiler, the CSAF validator) once took over
    // 30 s. The unit run's speed is the duration npm test reports, not a test's to fail on.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
