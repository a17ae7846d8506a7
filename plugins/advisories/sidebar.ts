/**
 * The advisory pages' sidebar: the list first, then one category per year, newest year first and
 * newest id first inside it. The theme renders a collapsed category's entries only once it is
 * opened (DocSidebarItem/Category's lazy Collapsible) and opens the categories of the page shown,
 * so an advisory page's HTML holds the top entries and the entries on its own way down, not every
 * advisory (e2e/advisorySidebar.test.ts checks the built pages). A year of more than
 * `MOST_ENTRIES` advisories is split by ranges of ids, by tens ("MILEX-2022-011 to 020") or, when
 * that would make more than `MOST_RANGES` of them, by hundreds first: a page then shows at most
 * ten hundreds, ten tens and ten advisories of its year, whatever the count (ids have 3 digits).
 * Past `MOST_YEARS` years, only the newest `RECENT_YEARS` stay at the top; the older ones are
 * grouped by decade ("Advisories of 2010 to 2019"), and past `MOST_RANGES` decades by century
 * first, so the top and the years around a page stay a few entries whatever the span of years.
 * Each group, year and range links to a page of its own listing what it holds (a Docusaurus
 * generated index, named as its entry), which also works without JavaScript, where a collapsed
 * category cannot be opened, and keeps every category label a link (BENCHMARK.md, SEO). A
 * year's and a range's address never depend on how the years are grouped.
 */
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';

import { advisoryRoute, pageNames, routes } from '../../src/lib/site';

type ItemsGenerator = NonNullable<DocsOptions['sidebarItemsGenerator']>;
/** What a sidebar items generator returns: Docusaurus's normalized sidebar items. */
type SidebarItems = Awaited<ReturnType<ItemsGenerator>>;

/** The year in an advisory's id, `MILEX-2022-001`: the year its number was given in. */
const ID_YEAR = /^MILEX-(\d{4})-(\d{3})$/;

/** The most advisories a year (or a range of its ids) lists as they are, before it is split. */
export const MOST_ENTRIES = 20;
/** The most ranges of tens a year is split into; past that, it is split by hundreds first. */
export const MOST_RANGES = 10;
/** The most years the top of the sidebar lists as they are; past that, the older ones are grouped. */
export const MOST_YEARS = 10;
/** How many of the newest years stay at the top when the older ones are grouped by decade. */
export const RECENT_YEARS = 3;

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

/** The number in an advisory's id, `MILEX-2022-041` → 41. */
function idNumber(id: string): number {
  return Number(ID_YEAR.exec(id)?.[2]);
}

const pad = (n: number): string => String(n).padStart(3, '0');

/** The range of `size` ids (10 or 100) that `n` is in, counted from 1: 41 → 41 to 50, 999 → 901 to 999. */
function rangeOf(n: number, size: number): { first: number; last: number } {
  const first = Math.floor((n - 1) / size) * size + 1;
  return { first, last: Math.min(first + size - 1, 999) };
}

/** A range of a year's ids, as its sidebar entry, its page's title and heading: `MILEX-2022-041 to 050`. */
export const rangeName = (year: string, first: number, last: number): string =>
  `MILEX-${year}-${pad(first)} to ${pad(last)}`;

/** Where a range's page lives, relative to the site's base URL: `/advisories/2022/041-050`. */
export const rangeRoute = (year: string, first: number, last: number): string =>
  `${yearRoute(year)}/${pad(first)}-${pad(last)}`;

const padYear = (year: number): string => String(year).padStart(4, '0');

/** A span of years (a decade, a century), as its sidebar entry, its page's title and heading. */
export const yearsName = (first: number, last: number): string =>
  `Advisories of ${padYear(first)} to ${padYear(last)}`;

/** Where a span of years' page lives, relative to the site's base URL: `/advisories/2010-2019`. */
export const yearsRoute = (first: number, last: number): string =>
  advisoryRoute(`${padYear(first)}-${padYear(last)}`);

/** A collapsed category that links to a generated index of its entries, at `route`. */
function category(
  label: string,
  route: string,
  description: string,
  items: SidebarItems,
): SidebarItems[number] {
  return {
    type: 'category',
    label,
    collapsible: true,
    collapsed: true,
    // Relative to the instance's base path, /advisories.
    link: { type: 'generated-index', slug: route.slice(routes.advisoryList.length), description },
    items,
  };
}

/**
 * The entries for `ids` of `year`, newest first: the advisories themselves when there are few,
 * otherwise ranges of tens, or of hundreds when the tens would be too many, each split again.
 */
function yearEntries(year: string, ids: readonly string[]): SidebarItems {
  if (ids.length <= MOST_ENTRIES) return ids.map((id): SidebarItems[number] => ({ type: 'doc', id }));
  const byRange = (size: number): Map<number, string[]> => {
    const ranges = new Map<number, string[]>();
    for (const id of ids) {
      const { first } = rangeOf(idNumber(id), size);
      const range = ranges.get(first);
      if (range === undefined) ranges.set(first, [id]);
      else range.push(id);
    }
    return ranges;
  };
  const tens = byRange(10);
  const size = tens.size <= MOST_RANGES ? 10 : 100;
  // The ids are newest first, so the ranges are too (a Map keeps the order they were met in).
  return [...(size === 10 ? tens : byRange(100))].map(([start, inRange]) => {
    const { first, last } = rangeOf(start, size);
    return category(
      rangeName(year, first, last),
      rangeRoute(year, first, last),
      `The security advisories MILEX-${year}-${pad(first)} to MILEX-${year}-${pad(last)}, newest first.`,
      yearEntries(year, inRange),
    );
  });
}

/** The entries of `years` (newest first), each with its ids (newest first): a category each. */
function yearCategories(years: readonly (readonly [string, string[]])[]): SidebarItems {
  return years.map(([year, ids]) =>
    category(
      yearName(year),
      yearRoute(year),
      `The security advisories of ${year}, MILEX-${year}-001 onwards, newest first.`,
      yearEntries(year, ids),
    ),
  );
}

/**
 * `years` (newest first) grouped into spans of `size` years counted from a multiple of it (2010 to
 * 2019), or of ten times that first when there would be more than `MOST_RANGES` of them.
 */
function yearGroups(years: readonly (readonly [string, string[]])[], size: number): SidebarItems {
  const groups = new Map<number, (readonly [string, string[]])[]>();
  for (const entry of years) {
    const first = Math.floor(Number(entry[0]) / size) * size;
    const group = groups.get(first);
    if (group === undefined) groups.set(first, [entry]);
    else group.push(entry);
  }
  if (groups.size > MOST_RANGES) return yearGroups(years, size * 10);
  // The years are newest first, so the groups are too.
  return [...groups].map(([first, inGroup]) => {
    const last = first + size - 1;
    return category(
      yearsName(first, last),
      yearsRoute(first, last),
      `The security advisories of ${padYear(first)} to ${padYear(last)}, by year, newest first.`,
      size === 10 ? yearCategories(inGroup) : yearGroups(inGroup, size / 10),
    );
  });
}

/** The sidebar for the advisory pages, from the docs the default generator lists. */
export function advisorySidebar(items: SidebarItems): SidebarItems {
  const byYear = new Map<string, string[]>();
  for (const item of items) {
    if (item.type !== 'doc') {
      throw new Error(`The advisories folder holds a ${item.type}; it holds advisory files only.`);
    }
    const year = advisoryYear(item.id);
    const ids = byYear.get(year);
    if (ids === undefined) byYear.set(year, [item.id]);
    else ids.push(item.id);
  }
  const newestFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);
  const years = [...byYear.keys()]
    .sort(newestFirst)
    .map((year) => [year, (byYear.get(year) ?? []).sort(newestFirst)] as const);
  const [recent, older] =
    years.length <= MOST_YEARS ? [years, []] : [years.slice(0, RECENT_YEARS), years.slice(RECENT_YEARS)];
  return [
    { type: 'link', label: pageNames.advisoryList, href: routes.advisoryList },
    ...yearCategories(recent),
    ...(older.length === 0 ? [] : yearGroups(older, 10)),
  ];
}

/** The docs plugin's `sidebarItemsGenerator` for the advisories instance. */
export const advisorySidebarItems: ItemsGenerator = async ({
  defaultSidebarItemsGenerator,
  ...args
}) => advisorySidebar(await defaultSidebarItemsGenerator(args));
