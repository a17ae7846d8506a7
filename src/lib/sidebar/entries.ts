/**
 * Which sidebar entries to mark and show on the page being read, as the docs plugin's
 * isActiveSidebarItem and isVisibleSidebarItem decide, with each category's paths gathered once
 * for its sidebar rather than walked on every render. The theme walks a category's every entry each time it asks whether the page is under
 * it, and asks for each category on every page: with a thousand advisories, that walk was a
 * large part of rendering each advisory page (BENCHMARK.md). A category with a listed page of
 * its own is known visible without a walk.
 * The theme's rules they follow are checked by tests/themeCopies.test.ts.
 */
import type { PropSidebarItem } from '@docusaurus/plugin-content-docs';

/** A path as theme-common's isSamePath compares it: case aside, with or without a final slash. */
const samePathKey = (path: string): string =>
  (path === '' || path.endsWith('/') ? path : `${path}/`).toLowerCase();

/** The paths of an entry and of every entry under it: its own set, made on first use. */
const pathsUnder = new WeakMap<PropSidebarItem, ReadonlySet<string>>();

function pathsOf(item: PropSidebarItem): ReadonlySet<string> {
  const known = pathsUnder.get(item);
  if (known !== undefined) return known;
  const paths = new Set<string>();
  if (item.type !== 'html' && item.href !== undefined) paths.add(samePathKey(item.href));
  if (item.type === 'category') {
    for (const child of item.items) for (const path of pathsOf(child)) paths.add(path);
  }
  pathsUnder.set(item, paths);
  return paths;
}

/** Whether `activePath` is the entry's page or, for a category, the page of one under it. */
export const isActiveEntry = (item: PropSidebarItem, activePath: string): boolean =>
  pathsOf(item).has(samePathKey(activePath));

/**
 * A category with a listed page of its own, which the sidebar shows whatever page is read (the
 * docs plugin's isVisibleSidebarItem answers so, once it has walked the category for the page).
 */
export const hasListedPage = (item: PropSidebarItem): boolean =>
  item.type === 'category' && item.href !== undefined && item.linkUnlisted !== true;
