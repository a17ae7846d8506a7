// @vitest-environment jsdom
/**
 * The advisory pages' sidebar in the fixture build's HTML (build-fixtures/, no browser), whose
 * advisories span several years: each advisory page holds its own year's entries and a link to
 * every year's page, never every advisory, so a page's size does not grow with the whole archive.
 * It also guards the Docusaurus internals plugins/advisories/sidebar.ts relies on: the theme leaves
 * a collapsed category's entries out of the HTML, and opens the category of the page shown; and the
 * site's copies of the theme's sidebar entries (src/theme/DocSidebarItem), which write less markup
 * (the caret buttons come with JavaScript: advisories.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { isItemFile } from '../src/lib/content/folder';
import { advisoryYear, yearName, yearRoute } from '../plugins/advisories/sidebar';
import { advisoryRoute, pageNames, routes } from '../src/lib/site';
import { builtRoot } from './globalSetup';

const BUILD = 'build-fixtures';
const base = builtRoot(BUILD).pathname;
/** A built page's path under the base URL: `/advisories/MILEX-2022-001` → its .html file. */
const file = (route: string): string => join(BUILD, `${route.slice(1)}.html`);
const href = (route: string): string => `${base}${route.slice(1)}`;

/** The fixture advisories, by their files (each is named after its id), and their years. */
const ids = readdirSync('tests/fixtures/advisories')
  .filter(isItemFile)
  .map((name) => name.replace(/\.md$/, ''));
const years = [...new Set(ids.map(advisoryYear))].sort().reverse();

/** The links of a built page's docs sidebar: address and words. */
function sidebarLinks(route: string): { href: string; text: string }[] {
  const html = readFileSync(file(route), 'utf8');
  const document = new DOMParser().parseFromString(html, 'text/html');
  const sidebar = document.querySelector('nav[aria-label="Docs sidebar"]');
  if (sidebar === null) throw new Error(`${file(route)} has no docs sidebar`);
  return [...sidebar.querySelectorAll('a')].map((link) => ({
    href: link.getAttribute('href') ?? '',
    text: link.textContent.trim(),
  }));
}

describe('the advisory sidebar (fixture build)', () => {
  it('has advisories in more than one year to tell apart', () => {
    expect(years.length).toBeGreaterThan(1);
  });

  it.each(ids)('%s lists its own year only, and links every year', (id) => {
    const links = sidebarLinks(advisoryRoute(id));
    const advisoryLinks = links
      .map((link) => link.href)
      .filter((address) => ids.some((other) => address === href(advisoryRoute(other))));
    const ownYear = ids.filter((other) => advisoryYear(other) === advisoryYear(id));
    expect(advisoryLinks.sort()).toEqual(ownYear.map((other) => href(advisoryRoute(other))).sort());
    // The list, then each year by name, newest first; every link goes somewhere.
    expect(links[0]).toEqual({ href: href(routes.advisoryList), text: pageNames.advisoryList });
    expect(links.filter((link) => years.some((year) => link.text === yearName(year)))).toEqual(
      years.map((year) => ({ href: href(yearRoute(year)), text: yearName(year) })),
    );
    expect(links.every((link) => link.href !== '' && link.href !== '#')).toBe(true);
  });

  it.each(years)("%s has a page listing that year's advisories, newest first", (year) => {
    const html = readFileSync(file(yearRoute(year)), 'utf8');
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect(document.querySelector('h1')?.textContent).toBe(yearName(year));
    const listed = [...document.querySelectorAll('article a[href]')]
      .map((link) => link.getAttribute('href') ?? '')
      .filter((address) => address.startsWith(href(`${routes.advisoryList}/MILEX-`)));
    const ofYear = ids
      .filter((id) => advisoryYear(id) === year)
      .sort()
      .reverse();
    expect(listed).toEqual(ofYear.map((id) => href(advisoryRoute(id))));
  });

  it.each(ids)(
    '%s writes each sidebar entry lean: a link in a list item, no caret button',
    (id) => {
      const html = readFileSync(file(advisoryRoute(id)), 'utf8');
      const sidebar = /<nav aria-label="Docs sidebar"[^]*?<\/nav>/.exec(html)?.[0] ?? '';
      expect(sidebar).not.toBe('');
      // The theme's own entries would carry its class names by level, a <span> and a <button>.
      expect(sidebar).not.toMatch(/theme-doc-sidebar-item|<span|<button|tabindex=0/);
      const document = new DOMParser().parseFromString(sidebar, 'text/html');
      const entries = [...document.querySelectorAll('li')];
      expect(entries.length).toBeGreaterThan(years.length);
      for (const entry of entries) {
        expect(entry.classList.contains('menu__list-item')).toBe(true);
        const link = entry.querySelector(':scope > a, :scope > .menu__list-item-collapsible > a');
        expect(link?.classList.contains('menu__link')).toBe(true);
      }
      // Its own year is open, the others are closed, each a link all the same.
      const open = entries.filter((entry) => entry.querySelector(':scope > ul') !== null);
      expect(open.map((entry) => entry.querySelector('a')?.textContent)).toEqual([
        yearName(advisoryYear(id)),
      ]);
      expect(
        entries.filter((entry) => entry.classList.contains('menu__list-item--collapsed')),
      ).toHaveLength(years.length - 1);
    },
  );
});
