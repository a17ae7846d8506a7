import { describe, expect, it } from 'vitest';

import { pageNames, routes } from '../../src/data/site';
import { advisorySidebar, advisoryYear, yearName, yearRoute } from './sidebar';

type Items = Parameters<typeof advisorySidebar>[0];

const docs = (ids: readonly string[]): Items => ids.map((id) => ({ type: 'doc', id }));

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

  it('names each year page after its year, at an address no advisory can have', () => {
    expect(yearName('2022')).toContain('2022');
    expect(yearRoute('2022')).toBe(`${routes.advisoryList}/2022`);
  });
});
