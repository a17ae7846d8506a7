/**
 * Every package the build uses is a dependency of the site's own, not a devDependency nor
 * something another package happens to install: `npm ci --omit=dev` (a production install) must
 * be enough to build. The build's code is docusaurus.config.ts, config/ (and the packages
 * config/site.ts names), sidebars.ts, plugins/, src/ and the MDX pages (bundled at build time),
 * tests left out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { EXPOSURE_MODULE } from '../plugins/advisories';
import { RELEASES_MODULE } from '../plugins/releases';

const ROOTS = ['docusaurus.config.ts', 'sidebars.ts', 'config', 'plugins', 'src', 'docs'];
const SOURCE = /\.(?:[cm]?[jt]sx?|mdx)$/;
const TEST = /\.test\.[jt]sx?$/;

function files(path: string): string[] {
  if (statSync(path).isFile()) return SOURCE.test(path) && !TEST.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

/** The modules a file loads at run time: imports and re-exports (not type-only), and requires. */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [
    ...code.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"`;]*?\bfrom\s+['"]([^'"]+)['"]/gm),
    ...code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\b(?:require|require\.resolve|import)\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((match) => match[1] ?? '');
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (specifier: string): string =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Not packages: relative paths, Node's own modules, Docusaurus's aliases (`@site/` is this
 * site; `@theme/`, `@generated/` and the client modules `@docusaurus/Link` and the like, capitalised,
 * `use...` or `is...`, are provided by @docusaurus/core and the theme), and the modules the site's
 * plugins write for the pages (the table of releases, what the version checker needs of advisories).
 */
const WRITTEN_MODULES: readonly string[] = [EXPOSURE_MODULE, RELEASES_MODULE];

function isPackage(specifier: string): boolean {
  if (specifier.startsWith('.') || specifier.startsWith('node:')) return false;
  if (WRITTEN_MODULES.includes(specifier)) return false;
  if (builtinModules.includes(specifier)) return false;
  if (/^@(site|theme|theme-original|theme-init|generated)\//.test(specifier)) return false;
  return !/^@docusaurus\/(?:[A-Z]|use[A-Z]|is[A-Z]|router$|renderRoutes$|Head$|constants$|ExecutionEnvironment$)/.test(
    specifier,
  );
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};

describe('build-time dependencies', () => {
  const used = new Map<string, string>();
  for (const file of ROOTS.flatMap(files)) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (isPackage(specifier) && !used.has(packageOf(specifier))) {
        used.set(packageOf(specifier), file);
      }
    }
  }

  // The configuration names presets, themes and plugins by package (the classic preset as
  // 'classic').
  const CONFIG = 'config/site.ts';
  const config = readFileSync(CONFIG, 'utf8');
  for (const [, name = ''] of config.matchAll(
    /^\s*'(@[\w.-]+\/[\w.-]+|[\w.-]*docusaurus[\w.-]*)',?$/gm,
  )) {
    used.set(packageOf(name), CONFIG);
  }
  if (/^\s*'classic',?$/m.test(config)) used.set('@docusaurus/preset-classic', CONFIG);
  if (/\bv4: true\b/.test(config)) used.set('@docusaurus/faster', `${CONFIG} (future.v4)`);

  it('finds the build code and what it imports', () => {
    expect(used.has('react')).toBe(true);
    expect(used.has('yaml')).toBe(true);
    expect(used.has('@easyops-cn/docusaurus-search-local')).toBe(true);
    expect(used.has('@docusaurus/theme-classic')).toBe(true);
  });

  it("lists every package the build imports in package.json's dependencies", () => {
    const missing = [...used]
      .filter(([name]) => manifest.dependencies[name] === undefined)
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing).toEqual([]);
  });
});
