// @ts-check
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The folders of src/lib that run only in Node, at build time (src/lib/README.md). */
const NODE_ONLY = ['buildTime', 'outputs', 'content'];

export default tseslint.config(
  {
    ignores: [
      'build/',
      'build-fixtures/',
      '.docusaurus/',
      'node_modules/',
      'coverage/',
      'test-results/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: {
      ...jsxA11y.flatConfigs.strict.languageOptions,
      globals: { ...globals.browser },
    },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // A scrollable table region must take focus so keyboard users can scroll it (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
    },
  },
  {
    // What runs in the browser (src/lib/README.md): components, theme, pages, hooks and every
    // folder of src/lib but the three Node-only ones (buildTime/, outputs/, content/). Node-only
    // code would break the bundle, or ship a library to every visitor.
    files: [
      'src/components/**/*.{ts,tsx}',
      'src/theme/**/*.{ts,tsx}',
      'plugins/notices/theme/**/*.{ts,tsx}',
      'src/pages/**/*.{ts,tsx}',
      'src/hooks/**/*.{ts,tsx}',
      'src/lib/**/*.ts',
    ],
    ignores: ['**/*.test.{ts,tsx}', ...NODE_ONLY.map((folder) => `src/lib/${folder}/**`)],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...builtinModules,
            'yaml',
            'unified',
            'remark-gfm',
            'remark-parse',
            'remark-stringify',
            'ae-cvss-calculator',
            'typescript',
          ].map((name) => ({
            name,
            message: 'Node-only: browser code may not import it (src/lib/README.md).',
          })),
          patterns: [
            {
              group: [
                'node:*',
                '@secvisogram/*',
                ...NODE_ONLY.map((folder) => `**/${folder}/**`),
                '**/plugins/**',
              ],
              // A type is gone once TypeScript is compiled: it loads nothing.
              allowTypeImports: true,
              message: 'Node-only: browser code may not import it (src/lib/README.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // Unit tests answer in seconds on a busy machine: a test that starts a process (a script, git,
    // gpg, a build) is a build test, in tests/builds/ (vitest.build.config.mts).
    files: ['src/**/*.test.{ts,tsx}', 'plugins/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    ignores: ['tests/builds/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        ...['child_process', 'node:child_process', 'execa'].map((name) => ({
          name,
          message: 'Unit tests start no process: move this test to tests/builds/.',
        })),
      ],
    },
  },
  reactHooks.configs.flat['recommended-latest'],
  {
    rules: {
      // Template literals with numbers read naturally in messages ("row 3").
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `_name` marks a destructured value we deliberately leave out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The data files hold data: they import types to be checked against, and no code, so the
    // code that reads them (src/lib/) depends on them and never the other way round.
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**'],
              allowTypeImports: true,
              message:
                'src/data holds data: import types only; the code that reads it is in src/lib.',
            },
          ],
        },
      ],
    },
  },
  {
    // Maintainers edit the data by hand, often in GitHub's web editor: only mistakes may fail the
    // lint there, never style (Prettier leaves these files alone for the same reason).
    files: ['src/data/**/*.ts'],
    rules: Object.fromEntries(
      tseslint.configs.stylisticTypeChecked
        .flatMap((config) => Object.keys(config.rules ?? {}))
        .map((rule) => [rule, 'off']),
    ),
  },
  {
    files: ['*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
