import { describe, expect, it } from 'vitest';

import { compareBranches, compareText } from './order';

describe('compareText', () => {
  it('orders ISO dates and ids by their characters', () => {
    expect(['2021-11-29', '2020-01-31', '2021-02-01'].sort(compareText)).toEqual([
      '2020-01-31',
      '2021-02-01',
      '2021-11-29',
    ]);
    expect(compareText('MILEX-2026-002', 'MILEX-2026-010')).toBeLessThan(0);
    expect(compareText('MILEX-2026-002', 'MILEX-2026-002')).toBe(0);
    expect(compareText('b', 'a')).toBeGreaterThan(0);
  });
});

describe('compareBranches', () => {
  it('orders by number, not by character', () => {
    expect(['1.10', '2.0', '1.2', '10.0', '1.x', '0.9'].sort(compareBranches)).toEqual([
      '0.9',
      '1.2',
      '1.10',
      '1.x',
      '2.0',
      '10.0',
    ]);
  });

  it('treats a branch as equal only to itself', () => {
    expect(compareBranches('4.x', '4.x')).toBe(0);
    expect(compareBranches('4.4', '4.4')).toBe(0);
    expect(compareBranches('4.x', '4.4')).toBeGreaterThan(0);
    expect(compareBranches('4.4', '5.x')).toBeLessThan(0);
  });
});
