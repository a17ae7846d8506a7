import { describe, expect, it } from 'vitest';

import { branchNumbers, compareBranches } from './model';

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

describe('branchNumbers', () => {
  it('reads a minor release and a line', () => {
    expect(branchNumbers('4.12')).toEqual({ major: 4, minor: 12 });
    expect(branchNumbers('4.x')).toEqual({ major: 4 });
  });
});
