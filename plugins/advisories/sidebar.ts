/**
 * The advisory pages' sidebar: the list first, then one category per year, newest year first and
 * newest id first inside it. The theme renders a collapsed category's entries only once it is
 * opened (DocSidebarItem/Category's lazy Collapsible) and opens the category of the page shown, so
 * an advisory page's HTML holds its own year's entries and the other years' links, not every
 * advisory (e2e/sidebar.test.ts checks the built pages). Each year links to a page of its own
 * listing that year's advisories (a Docusaurus generated index), which also works without
 * JavaScript, where a collapsed category cannot be opened.
 */
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';

import { advisoryRoute, pageNames, routes } from '../../src/data/site';

type ItemsGenerator = NonNullable<DocsOptions['sidebarItemsGenerator']>;
/** What a sidebar items generator returns: Docusaurus's normalized sidebar items. */
type SidebarItems = Awaited<ReturnType<ItemsGenerator>>;

/** The year in an advisory's id, `MILEX-2022-001`: the year its number was given in. */
const ID_YEAR = /^MILEX-(\d{4})-\d{3}$/;

/** A year's name, as its sidebar entry, its page's title and heading, and its breadcrumb. */
export const yearName = (year: string): string => `Advisories of ${year}`;

/** Where a year's page lives, relative to the site's base URL: `/advisories/2022`. */
export const yearRoute = (year: string): string => advisoryRoute(year);

/** The year an advisory's id was given in; throws on an id the checks would have refused. */
export function advisoryYear(id: string): string {
  const year = ID_YEAR.exec(id)?.[1];
  if (year === undefined) throw new Error(`${id} is not an advisory id such as MILEX-2026-001.`);
  return year;
}

/** The sidebar for the advisory pages, from the docs the default generator lists. */
export function advisorySidebar(items: SidebarItems): SidebarItems {
  const years = new Map<string, string[]>();
  for (const item of items) {
    if (item.type !== 'doc') {
      throw new Error(`The advisories folder holds a ${item.type}; it holds advisory files only.`);
    }
    const year = advisoryYear(item.id);
    years.set(year, [...(years.get(year) ?? []), item.id]);
  }
  const newestFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);
  return [
    { type: 'link', label: pageNames.advisoryList, href: routes.advisoryList },
    ...[...years.keys()].sort(newestFirst).map(
      (year): SidebarItems[number] => ({
        type: 'category',
        label: yearName(year),
        collapsible: true,
        collapsed: true,
        link: {
          type: 'generated-index',
          // Relative to the instance's base path, /advisories.
          slug: yearRoute(year).slice(routes.advisoryList.length),
          description: `The security advisories of ${year}, MILEX-${year}-001 onwards, newest first.`,
        },
        items: (years.get(year) ?? [])
          .sort(newestFirst)
          .map((id): SidebarItems[number] => ({ type: 'doc', id })),
      }),
    ),
  ];
}

/** The docs plugin's `sidebarItemsGenerator` for the advisories instance. */
export const advisorySidebarItems: ItemsGenerator = async ({
  defaultSidebarItemsGenerator,
  ...args
}) => advisorySidebar(await defaultSidebarItemsGenerator(args));
