import { describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../tests/fixtures/releases';
import {
  ENDING_SOON_DAYS,
  isSupported,
  recommendedRelease,
  stateOn,
  STATUS_LABELS,
  statusOn,
  summarize,
} from './status';
import type { Release } from './types';

const withBeta: Release = {
  branch: '4.2',
  betaRelease: '2022-02-17',
  initialRelease: '2022-03-01',
  activeSupportUntil: '2022-09-01',
  securitySupportUntil: '2023-03-01',
};
const { betaRelease: _beta, ...noBeta } = withBeta;

describe('statusOn: every boundary, day before, day of, day after', () => {
  it.each([
    ['2022-02-16', 'planned'],
    ['2022-02-17', 'beta'],
    ['2022-02-18', 'beta'],
    ['2022-02-28', 'beta'],
    ['2022-03-01', 'active'],
    ['2022-03-02', 'active'],
    ['2022-08-31', 'active'],
    ['2022-09-01', 'active'],
    ['2022-09-02', 'security'],
    ['2023-02-28', 'security'],
    ['2023-03-01', 'security'],
    ['2023-03-02', 'eol'],
  ] as const)('with a beta, on %s: %s', (day, status) => {
    expect(statusOn(withBeta, day)).toBe(status);
  });

  it.each([
    ['2022-02-17', 'planned'],
    ['2022-02-28', 'planned'],
    ['2022-03-01', 'active'],
    ['2022-03-02', 'active'],
    ['2022-09-01', 'active'],
    ['2022-09-02', 'security'],
    ['2023-03-01', 'security'],
    ['2023-03-02', 'eol'],
  ] as const)('without a beta, on %s: %s', (day, status) => {
    expect(statusOn(noBeta, day)).toBe(status);
  });

  it('goes straight from active support to end of life when both end on one day (1.0)', () => {
    const [one] = fixtureReleases;
    expect(statusOn(one, '2021-11-28')).toBe('active');
    expect(statusOn(one, '2021-11-29')).toBe('active');
    expect(statusOn(one, '2021-11-30')).toBe('eol');
  });

  it('has a label for every status', () => {
    expect(Object.values(STATUS_LABELS)).toEqual([
      'Planned',
      'Beta',
      'Active support',
      'Security support only',
      'End of life',
    ]);
  });
});

describe('stateOn: days left and ending soon', () => {
  it('counts the days of support left, today included', () => {
    expect(stateOn(withBeta, '2023-03-01')).toMatchObject({ daysLeft: 1, endingSoon: true });
    expect(stateOn(withBeta, '2023-02-28')).toMatchObject({ daysLeft: 2, endingSoon: true });
  });

  it(`flags support that ends within ${String(ENDING_SOON_DAYS)} days, and not before`, () => {
    // 2023-03-01 is the last day: 90 days left from 2022-12-02, 91 from 2022-12-01.
    expect(stateOn(withBeta, '2022-12-02')).toMatchObject({ daysLeft: 90, endingSoon: true });
    expect(stateOn(withBeta, '2022-12-01')).toMatchObject({ daysLeft: 91, endingSoon: false });
  });

  it('gives no days left for releases that are not supported', () => {
    expect(stateOn(withBeta, '2022-02-20')).toEqual({
      release: withBeta,
      status: 'beta',
      endingSoon: false,
    });
    expect(stateOn(withBeta, '2023-03-02')).toEqual({
      release: withBeta,
      status: 'eol',
      endingSoon: false,
    });
  });

  it('treats only active and security-only releases as supported', () => {
    expect((['planned', 'beta', 'active', 'security', 'eol'] as const).filter(isSupported)).toEqual(
      ['active', 'security'],
    );
  });
});

describe('recommendedRelease and summarize', () => {
  it('recommends the newest release in active support', () => {
    // On 2022-10-01: 1.1 security-only, 1.2 active, 2.x not out yet.
    expect(recommendedRelease(fixtureReleases, '2022-10-01')?.release.branch).toBe('1.2');
  });

  it('falls back to a security-only release when none is in active support', () => {
    // On 2023-06-01: 1.2 is security-only, 2.x is in beta.
    expect(recommendedRelease(fixtureReleases, '2023-06-01')?.release.branch).toBe('1.2');
  });

  it('says when no release is supported, naming the last one to end and any coming one', () => {
    const gap: readonly Release[] = [
      fixtureReleases[0],
      {
        branch: '2.0',
        betaRelease: '2027-01-10',
        initialRelease: '2027-03-01',
        activeSupportUntil: '2027-09-01',
        securitySupportUntil: '2028-03-01',
      },
    ];
    expect(summarize(gap, '2026-11-22')).toEqual({
      kind: 'none-supported',
      lastEnded: fixtureReleases[0],
      next: gap[1],
    });
    expect(summarize(fixtureReleases, '2026-01-01')).toEqual({
      kind: 'none-supported',
      lastEnded: fixtureReleases[3],
    });
  });
});
