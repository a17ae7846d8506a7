import { describe, expect, it } from 'vitest';

import { type AdvisorySummary, affectedBranches, filterAdvisories } from './list';

describe('filterAdvisories and affectedBranches', () => {
  const summary = (id: string, severity: AdvisorySummary['severity'], branches: string[]) =>
    ({
      id,
      title: id,
      severity,
      published: '2022-01-01',
      affected: branches.map((branch) => ({ branch })),
    }) satisfies AdvisorySummary;
  const list = [
    summary('MILEX-2022-003', 'high', ['1.2']),
    summary('MILEX-2022-002', 'low', ['1.10', '1.2']),
    summary('MILEX-2022-001', 'high', ['1.9']),
  ];
  const ids = (advisories: readonly AdvisorySummary[]) => advisories.map((a) => a.id);

  it('keeps everything without a filter, in the order given', () => {
    expect(ids(filterAdvisories(list, {}))).toEqual([
      'MILEX-2022-003',
      'MILEX-2022-002',
      'MILEX-2022-001',
    ]);
  });

  it('narrows by severity, by release, and by both', () => {
    expect(ids(filterAdvisories(list, { severity: 'high' }))).toEqual([
      'MILEX-2022-003',
      'MILEX-2022-001',
    ]);
    expect(ids(filterAdvisories(list, { branch: '1.2' }))).toEqual([
      'MILEX-2022-003',
      'MILEX-2022-002',
    ]);
    expect(ids(filterAdvisories(list, { severity: 'low', branch: '1.9' }))).toEqual([]);
  });

  it('offers each affected branch once, newest first by number', () => {
    expect(affectedBranches(list)).toEqual(['1.10', '1.9', '1.2']);
  });
});
