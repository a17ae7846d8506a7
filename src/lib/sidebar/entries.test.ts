import type { PropSidebarItem } from '@docusaurus/plugin-content-docs';
import { describe, expect, it } from 'vitest';

import { hasListedPage, isActiveEntry } from './entries';

const link = (href: string): PropSidebarItem => ({ type: 'link', label: href, href });
const category = (
  href: string | undefined,
  items: PropSidebarItem[],
  linkUnlisted?: boolean,
): PropSidebarItem => ({
  type: 'category',
  label: href ?? 'no page',
  collapsed: true,
  collapsible: true,
  items,
  ...(href === undefined ? {} : { href }),
  ...(linkUnlisted === undefined ? {} : { linkUnlisted }),
});

// A year, split into ranges, as plugins/advisories/sidebar.ts makes them.
const range = category('/advisories/2022/011-020', [
  link('/advisories/MILEX-2022-012'),
  link('/advisories/MILEX-2022-011'),
]);
const year = category('/advisories/2022', [range, link('/advisories/MILEX-2022-001')]);
const html: PropSidebarItem = { type: 'html', value: '<hr>' };

describe('isActiveEntry', () => {
  it('marks a link on its own page only', () => {
    expect(isActiveEntry(link('/scope'), '/scope')).toBe(true);
    expect(isActiveEntry(link('/scope'), '/overview')).toBe(false);
  });

  it('marks a category on its page and on every page under it, however deep', () => {
    expect(isActiveEntry(year, '/advisories/2022')).toBe(true);
    expect(isActiveEntry(year, '/advisories/MILEX-2022-012')).toBe(true);
    expect(isActiveEntry(range, '/advisories/MILEX-2022-012')).toBe(true);
    expect(isActiveEntry(range, '/advisories/MILEX-2022-001')).toBe(false);
    expect(isActiveEntry(year, '/advisories/MILEX-2021-001')).toBe(false);
    expect(isActiveEntry(year, '/advisories')).toBe(false);
  });

  it('compares paths as the theme does: case aside, with or without a final slash', () => {
    expect(isActiveEntry(year, '/Advisories/milex-2022-011/')).toBe(true);
    expect(isActiveEntry(link('/scope/'), '/scope')).toBe(true);
    // Not a prefix: a page whose path starts with an entry's is another page.
    expect(isActiveEntry(link('/scope'), '/scope-2')).toBe(false);
  });

  it('marks no HTML entry, and a category without a page only through its entries', () => {
    expect(isActiveEntry(html, '/')).toBe(false);
    const plain = category(undefined, [link('/team'), html]);
    expect(isActiveEntry(plain, '/team')).toBe(true);
    expect(isActiveEntry(plain, '/')).toBe(false);
  });

  it('answers for the page being read, whatever the page asked before', () => {
    expect(isActiveEntry(year, '/advisories/MILEX-2022-011')).toBe(true);
    expect(isActiveEntry(year, '/advisories/MILEX-2023-011')).toBe(false);
    expect(isActiveEntry(year, '/advisories/MILEX-2022-011')).toBe(true);
  });
});

describe('hasListedPage', () => {
  it('is a category with a page of its own that is listed', () => {
    expect(hasListedPage(year)).toBe(true);
    expect(hasListedPage(category('/hidden', [], true))).toBe(false);
    expect(hasListedPage(category(undefined, [link('/team')]))).toBe(false);
    expect(hasListedPage(link('/team'))).toBe(false);
    expect(hasListedPage(html)).toBe(false);
  });
});
