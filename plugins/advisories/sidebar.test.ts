import { describe, expect, it } from 'vitest';

import { pageNames, routes } from '../../src/lib/site';
import {
  advisorySidebar,
  advisoryYear,
  MOST_ENTRIES,
  MOST_RANGES,
  MOST_YEARS,
  rangeName,
  rangeRoute,
  RECENT_YEARS,
  yearName,
  yearRoute,
  yearsName,
  yearsRoute,
} from './sidebar';
import { largestSidebarIds } from '../../tests/fixtures/generatedAdvisories';

type Items = Parameters<typeof advisorySidebar>[0];
type Item = Items[number];
type Category = Extract<Item, { type: 'category' }>;

const docs = (ids: readonly string[]): Items => ids.map((id) => ({ type: 'doc', id }));

/** `count` ids of `year`, from 001 up, every other one while the year has room for it. */
const yearIds = (year: string, count: number): string[] => {
  const step = count * 2 <= 999 ? 2 : 1;
  return Array.from(
    { length: count },
    (_, i) => `MILEX-${year}-${String(i * step + 1).padStart(3, '0')}`,
  );
};

/** Ids over several years, in the order the file system might list them. */
const IDS = [
  'MILEX-2021-002',
  'MILEX-2023-001',
  'MILEX-2021-010',
  'MILEX-2022-001',
  'MILEX-2021-001',
  'MILEX-2023-002',
];

describe('the advisory sidebar', () => {
  it('starts with the list, then one category per year, newest year and newest id first', () => {
    const [first, ...years] = advisorySidebar(docs(IDS));
    expect(first).toEqual({ type: 'link', label: pageNames.advisoryList, href: routes.advisoryList });
    const categories = years.map((item) => {
      if (item.type !== 'category') throw new Error(`a ${item.type} among the years`);
      return item;
    });
    const yearsOf = [...new Set(IDS.map(advisoryYear))].sort().reverse();
    expect(categories.map((category) => category.label)).toEqual(yearsOf.map(yearName));
    for (const [index, category] of categories.entries()) {
      const year = yearsOf[index] ?? '';
      const ids = category.items.map((item) => (item.type === 'doc' ? item.id : item.type));
      expect(ids).toEqual(IDS.filter((id) => advisoryYear(id) === year).sort().reverse());
      // Collapsed, so that only the open year's entries are in a page, and a link of its own.
      expect(category.collapsed).toBe(true);
      expect(category.link).toMatchObject({ type: 'generated-index' });
      const slug = category.link?.type === 'generated-index' ? category.link.slug : undefined;
      expect(`${routes.advisoryList}${slug ?? ''}`).toBe(yearRoute(year));
    }
    // Every advisory once.
    expect(categories.flatMap((category) => category.items)).toHaveLength(IDS.length);
  });

  it('with one year, has the list and that year', () => {
    const items = advisorySidebar(docs(['MILEX-2022-002', 'MILEX-2022-001']));
    expect(items.map((item) => item.type)).toEqual(['link', 'category']);
  });

  it('refuses anything but advisories', () => {
    expect(() => advisorySidebar(docs(['scope']))).toThrow(/not an advisory id/);
    expect(() =>
      advisorySidebar([{ type: 'link', label: 'Elsewhere', href: 'https://example.org' }]),
    ).toThrow(/holds a link/);
  });

  it('keeps a year of up to MOST_ENTRIES advisories a plain list', () => {
    const ids = yearIds('2022', MOST_ENTRIES);
    const [, year] = advisorySidebar(docs(ids));
    expect(year?.type === 'category' && year.items.map((item) => item.type)).toEqual(
      ids.map(() => 'doc'),
    );
  });

  it.each([MOST_ENTRIES + 1, 100, 101, 250, 999])(
    'splits a year of %i advisories by ranges of ids, each a page named as its entry',
    (count) => {
      // Oldest first, as the file system might list them; every other id while there is room.
      const ids = yearIds('2022', count);
      const [, year] = advisorySidebar(docs(ids));
      if (year?.type !== 'category') throw new Error('no year');
      expect(year.label).toBe(yearName('2022'));
      const seen: string[] = [];
      /** Walks a category's entries: the ids under it, each in its range, newest first. */
      const walk = (node: Category, depth: number): void => {
        expect(depth).toBeLessThanOrEqual(2);
        expect(node.collapsed).toBe(true);
        expect(node.link?.type).toBe('generated-index');
        const docsIn = node.items.filter((item) => item.type === 'doc');
        const ranges = node.items.filter((item) => item.type === 'category');
        // One kind of entry per level: advisories, or ranges, never both.
        expect(docsIn.length === 0 || ranges.length === 0).toBe(true);
        expect(docsIn.length).toBeLessThanOrEqual(MOST_ENTRIES);
        expect(ranges.length).toBeLessThanOrEqual(MOST_RANGES);
        const under = (item: Item): string[] =>
          item.type === 'doc' ? [item.id] : item.type === 'category' ? item.items.flatMap(under) : [];
        const all = node.items.flatMap(under);
        expect(all).toEqual([...all].sort().reverse());
        for (const range of ranges) {
          const match = /^MILEX-2022-(\d{3}) to (\d{3})$/.exec(range.label);
          if (match === null) throw new Error(`${range.label} is not a range of ids`);
          const [first, last] = [Number(match[1]), Number(match[2])];
          expect(range.label).toBe(rangeName('2022', first, last));
          const slug = range.link?.type === 'generated-index' ? range.link.slug : '';
          expect(`${routes.advisoryList}${slug ?? ''}`).toBe(rangeRoute('2022', first, last));
          // A range of ten or a hundred, counted from 1, and its advisories in it.
          expect([9, 10, 99, 100]).toContain(last - first + 1);
          expect((first - 1) % (last - first + 1 >= 99 ? 100 : 10)).toBe(0);
          for (const id of under(range)) {
            const n = Number(id.slice(-3));
            expect(n).toBeGreaterThanOrEqual(first);
            expect(n).toBeLessThanOrEqual(last);
          }
          walk(range, depth + 1);
        }
        seen.push(...docsIn.map((item) => (item.type === 'doc' ? item.id : '')));
      };
      walk(year, 0);
      expect(seen.sort()).toEqual([...ids].sort());
      expect(year.items.some((item) => item.type === 'category')).toBe(true);
    },
  );

  it('names each year page after its year, at an address no advisory can have', () => {
    expect(yearName('2022')).toContain('2022');
    expect(yearRoute('2022')).toBe(`${routes.advisoryList}/2022`);
  });

  it('keeps up to MOST_YEARS years at the top, as they are', () => {
    const ids = Array.from({ length: MOST_YEARS }, (_, i) => `MILEX-${String(2013 + i)}-001`);
    const [, ...top] = advisorySidebar(docs(ids));
    expect(top.map((item) => item.type === 'category' && item.label)).toEqual(
      ids.map(advisoryYear).reverse().map(yearName),
    );
  });

  it('past MOST_YEARS years, keeps the newest at the top and groups the others by decade', () => {
    // 1993 to 2022, in no order.
    const years = Array.from({ length: 30 }, (_, i) => String(1993 + ((i * 7) % 30)));
    const [list, ...top] = advisorySidebar(docs(years.map((year) => `MILEX-${year}-001`)));
    expect(list?.type).toBe('link');
    const labels = top.map((item) => (item.type === 'category' ? item.label : item.type));
    expect(labels).toEqual([
      ...['2022', '2021', '2020'].slice(0, RECENT_YEARS).map(yearName),
      yearsName(2010, 2019),
      yearsName(2000, 2009),
      yearsName(1990, 1999),
    ]);
    const decade = top[RECENT_YEARS];
    if (decade?.type !== 'category') throw new Error('no decade');
    expect(decade.collapsed).toBe(true);
    const slug = decade.link?.type === 'generated-index' ? decade.link.slug : undefined;
    expect(`${routes.advisoryList}${slug ?? ''}`).toBe(yearsRoute(2010, 2019));
    expect(yearsRoute(2010, 2019)).toBe(`${routes.advisoryList}/2010-2019`);
    // Its years, newest first, each the category it would be at the top, at the same address.
    expect(decade.items.map((item) => item.type === 'category' && item.label)).toEqual(
      Array.from({ length: 10 }, (_, i) => yearName(String(2019 - i))),
    );
    const year = decade.items[0];
    const yearSlug = year?.type === 'category' && year.link?.type === 'generated-index' ? year.link.slug : '';
    expect(`${routes.advisoryList}${yearSlug ?? ''}`).toBe(yearRoute('2019'));
    // The oldest decade holds the years there are.
    const oldest = top.at(-1);
    expect(oldest?.type === 'category' && oldest.items.length).toBe(7);
  });

  it('groups by century first when the older years span more than MOST_RANGES decades', () => {
    const years = Array.from({ length: 130 }, (_, i) => String(1893 + i));
    const [, ...top] = advisorySidebar(docs(years.map((year) => `MILEX-${year}-001`)));
    expect(top.slice(RECENT_YEARS).map((item) => item.type === 'category' && item.label)).toEqual([
      yearsName(2000, 2099),
      yearsName(1900, 1999),
      yearsName(1800, 1899),
    ]);
    const century = top[RECENT_YEARS + 1];
    expect(century?.type === 'category' && century.items.map((item) => item.type === 'category' && item.label)).toEqual(
      Array.from({ length: 10 }, (_, i) => yearsName(1990 - i * 10, 1999 - i * 10)),
    );
  });

  it('shows a page few entries, whatever the count: at most the bound the benchmark measures', () => {
    // A page shows the top, and on its way down each open category's entries (the theme opens the
    // categories of the page shown and leaves the others' entries out).
    const most = (ids: readonly string[]): number => {
      const deepest = (items: Items): number =>
        items.length +
        Math.max(0, ...items.map((item) => (item.type === 'category' ? deepest(item.items) : 0)));
      return deepest(advisorySidebar(docs(ids)));
    };
    // The list, the recent years and three decades; ten years, ten hundreds, ten tens, ten advisories.
    const LARGEST = 1 + RECENT_YEARS + 3 + 4 * 10;
    const largest = largestSidebarIds(2022, 30);
    expect(most(largest)).toBe(LARGEST);
    // Every id of thirty years (29,970 advisories) shows no more than those few hundred do.
    const everyId = Array.from({ length: 30 }, (_, i) => String(1993 + i)).flatMap((year) =>
      Array.from({ length: 999 }, (_, n) => `MILEX-${year}-${String(n + 1).padStart(3, '0')}`),
    );
    expect(most(everyId)).toBe(LARGEST);
    // Ten years of a thousand, as the benchmark's 999 in one year: the page shows the years as they are.
    expect(most(everyId.filter((id) => advisoryYear(id) >= '2013'))).toBe(1 + 10 + 3 * 10);
  });
});
