import { describe, expect, it } from 'vitest';

import { compareText } from './order';

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
