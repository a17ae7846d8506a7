/**
 * Where the site relies on Docusaurus internals, checked on the production build (its files, no
 * browser), so that an upgrade that moves one fails here instead of quietly undoing it:
 * - plugins/leanClient swaps the theme's Prism client module (an alias on a file of
 *   @docusaurus/theme-classic) and core's prefetch helper (@docusaurus/core/lib/client/prefetch.js),
 *   and marks the startup bundles, found by their chunk names, with V8's compile hint;
 * - src/theme/CodeBlock replaces a theme component (LastUpdated and NotFound/Content, the other
 *   two, are checked by content.test.ts and site.test.ts);
 * - src/components/AdvisoryPage copies an MDX module's exports (metadata, table of contents) onto
 *   a wrapper of it; advisories.test.ts checks the advisory pages that need them.
 * - plugins/advisories/sidebar.ts counts on the theme leaving a collapsed sidebar category's
 *   entries out of the HTML; advisorySidebar.test.ts checks the advisory pages.
 * - src/theme/DocSidebarItem (Category, Link) replaces the theme's sidebar entries with a copy that
 *   writes less markup; advisorySidebar.test.ts checks the HTML, advisories.test.ts the caret buttons.
 * - src/theme/DocRoot, src/theme/DocSidebarItems and src/lib/sidebar/entries.ts follow the theme's
 *   rules for which doc route a page is and which sidebar entries are active and shown, at less
 *   cost; tests/themeCopies.test.ts checks that the theme's code still has those rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { COMPILE_HINT } from '../plugins/leanClient';
import { routes } from '../src/lib/site';

const BUILD = 'build';
const scripts = readdirSync(join(BUILD, 'assets', 'js')).filter((name) => name.endsWith('.js'));
const source = (name: string): string => readFileSync(join(BUILD, 'assets', 'js', name), 'utf8');
const containing = (pattern: RegExp): string[] =>
  scripts.filter((name) => pattern.test(source(name)));

/** The scripts a built page loads at startup, from its loader (src/lib/buildTime/scriptLoading.ts). */
function startupScripts(page: string): string[] {
  const html = readFileSync(join(BUILD, page), 'utf8');
  return [...html.matchAll(/"[^"]*\/assets\/js\/([^"/]+\.js)"/g)].map((match) => match[1] ?? '');
}

describe('the production bundles', () => {
  it('are there to check', () => {
    expect(scripts.length).toBeGreaterThan(5);
  });

  it("publish nothing of the machine that built them: not the site's folder", () => {
    // A route module given by absolute path (createData's answer) is written into the registry.
    const here = process.cwd();
    for (const dir of [BUILD, 'build-fixtures']) {
      const js = readdirSync(join(dir, 'assets', 'js')).filter((name) => name.endsWith('.js'));
      const holding = js.filter((name) =>
        readFileSync(join(dir, 'assets', 'js', name), 'utf8').includes(here),
      );
      expect(holding, dir).toEqual([]);
    }
  });

  it('hold no Prism: the theme loads it for highlighting, and no page highlights code', () => {
    expect(containing(/\bPrism\.languages\b/)).toEqual([]);
  });

  it("hold the idle prefetcher, not Docusaurus's own (which fetches with XMLHttpRequest)", () => {
    expect(
      containing(/XMLHttpRequest[\s\S]*withCredentials|withCredentials[\s\S]*XMLHttpRequest/),
    ).toEqual([]);
    expect(containing(/requestIdleCallback/).length).toBeGreaterThan(0);
  });

  it.each(['index.html', `${routes.scope.slice(1)}.html`])(
    '%s starts with the libraries and the main bundle, each opening with the compile hint',
    (page) => {
      const startup = startupScripts(page).filter((name) => /^(libraries|main)\./.test(name));
      expect(startup.map((name) => name.split('.')[0]).sort()).toEqual(['libraries', 'main']);
      for (const name of startup)
        expect(source(name).startsWith(`${COMPILE_HINT}\n`), name).toBe(true);
    },
  );
});

describe("the site's own theme components", () => {
  it('render code blocks: a focusable region of plain text, no highlighting', () => {
    const html = readFileSync(join(BUILD, `${routes.publishingAdvisories.slice(1)}.html`), 'utf8');
    const blocks = [...html.matchAll(/<pre\b[^>]*>/g)].map((match) => match[0]);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).toMatch(/\brole=region\b.*\btabindex=0\b/);
    expect(html).not.toMatch(/class="?token\b/);
  });
});
