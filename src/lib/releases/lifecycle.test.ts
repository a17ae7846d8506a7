import { describe, expect, it } from 'vitest';

import { fixtureReleases, lineAndMinors } from '../../../tests/fixtures/releases';
import {
  ENDING_SOON_DAYS,
  lifecycleOf,
  lifecycleOfMinor,
  lifecycles,
  recommendedRelease,
  stateOn,
  statesOn,
  summarize,
} from './lifecycle';
import { isSupported, type Release, STATUS_LABELS } from './model';

/** The status of a release, by its own dates alone. */
const statusOn = (release: Release, day: string): string =>
  stateOn(lifecycleOf(release), day).status;

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
    expect(stateOn(lifecycleOf(withBeta), '2023-03-01')).toMatchObject({
      daysLeft: 1,
      endingSoon: true,
    });
    expect(stateOn(lifecycleOf(withBeta), '2023-02-28')).toMatchObject({
      daysLeft: 2,
      endingSoon: true,
    });
  });

  it(`flags support that ends within ${String(ENDING_SOON_DAYS)} days, and not before`, () => {
    // 2023-03-01 is the last day: 90 days left from 2022-12-02, 91 from 2022-12-01.
    expect(stateOn(lifecycleOf(withBeta), '2022-12-02')).toMatchObject({
      daysLeft: 90,
      endingSoon: true,
    });
    expect(stateOn(lifecycleOf(withBeta), '2022-12-01')).toMatchObject({
      daysLeft: 91,
      endingSoon: false,
    });
  });

  it('gives no days left for releases that are not supported', () => {
    expect(stateOn(lifecycleOf(withBeta), '2022-02-20')).toMatchObject({
      status: 'beta',
      endingSoon: false,
    });
    expect(stateOn(lifecycleOf(withBeta), '2022-02-20').daysLeft).toBeUndefined();
    const ended = stateOn(lifecycleOf(withBeta), '2023-03-02');
    expect(ended).toMatchObject({ status: 'eol', endingSoon: false });
    expect(ended.daysLeft).toBeUndefined();
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
    expect(recommendedRelease(fixtureReleases, '2022-10-01')?.lifecycle.branch).toBe('1.2');
  });

  it('falls back to a security-only release when none is in active support', () => {
    // On 2023-06-01: 1.2 is security-only, 2.x is in beta.
    expect(recommendedRelease(fixtureReleases, '2023-06-01')?.lifecycle.branch).toBe('1.2');
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
    expect(summarize(gap, '2026-11-22')).toMatchObject({
      kind: 'none-supported',
      lastEnded: { release: fixtureReleases[0] },
      next: gap[1],
    });
    const none = summarize(fixtureReleases, '2026-01-01');
    expect(none).toMatchObject({
      kind: 'none-supported',
      lastEnded: { release: fixtureReleases[3] },
    });
    expect('next' in none).toBe(false);
  });
});

describe('a line beside its minor releases: the better of the minor’s own dates and the line’s', () => {
  const table = lineAndMinors;
  const status = (branch: string, day: string): string => {
    const lifecycle = lifecycleOfMinor(table, branch);
    if (lifecycle === undefined) throw new Error(`no lifecycle for ${branch}`);
    return stateOn(lifecycle, day).status;
  };
  const source = (branch: string, day: string): string | undefined => {
    const lifecycle = lifecycleOfMinor(table, branch);
    return lifecycle === undefined ? undefined : stateOn(lifecycle, day).span?.source;
  };

  it.each([
    // 3.1: its own dates, and the line's while it is the most recent (until 3.2 on 20 Oct 2020).
    ['3.1', '2020-08-01', 'beta', '3.1'],
    ['3.1', '2020-09-01', 'active', '3.1'],
    ['3.1', '2020-10-19', 'active', '3.1'],
    // An older minor stops with its own row: 3.2 is out, so only 3.1's own security support is left.
    ['3.1', '2020-10-20', 'security', '3.1'],
    ['3.1', '2020-11-30', 'security', '3.1'],
    ['3.1', '2020-12-01', 'eol', undefined],
    // 3.3, the most recent: the line's support goes on after its own dates end.
    ['3.3', '2021-03-31', 'active', '3.3'],
    ['3.3', '2021-04-01', 'active', '3.x'],
    ['3.3', '2021-06-15', 'active', '3.x'],
    ['3.3', '2021-06-16', 'security', '3.x'],
    ['3.3', '2021-12-15', 'security', '3.x'],
    ['3.3', '2021-12-16', 'eol', undefined],
    // A minor release the table does not list: the line's while no newer listed minor is out.
    ['3.0', '2020-06-01', 'active', '3.x'],
    ['3.0', '2020-08-24', 'eol', undefined],
    ['3.4', '2021-07-01', 'security', '3.x'],
    ['3.4', '2021-12-16', 'eol', undefined],
  ])('%s on %s: %s (from %s)', (branch, day, expected, from) => {
    expect(status(branch, day)).toBe(expected);
    expect(source(branch, day)).toBe(from);
  });

  it('gives the line its own dates, and lists it above its minor releases, newest first', () => {
    const [line] = lifecycles(table);
    expect(line?.branch).toBe('3.x');
    expect(lifecycles(table).map((l) => l.branch)).toEqual(['3.x', '3.3', '3.2', '3.1']);
    expect(line?.phases.map((s) => [s.phase, s.from, s.to, s.source])).toEqual([
      ['beta', '2019-12-02', '2020-01-26', '3.x'],
      ['active', '2020-01-27', '2021-06-15', '3.x'],
      ['security', '2021-06-16', '2021-12-15', '3.x'],
    ]);
  });

  it('derives the most recent minor’s phases and events once, with where each comes from', () => {
    const newest = lifecycles(table).find((l) => l.branch === '3.3');
    expect(newest?.phases.map((s) => [s.phase, s.from, s.to, s.source])).toEqual([
      ['active', '2021-03-02', '2021-03-31', '3.3'],
      ['active', '2021-04-01', '2021-06-15', '3.x'],
      ['security', '2021-06-16', '2021-12-15', '3.x'],
    ]);
    expect(newest?.events).toEqual([
      { kind: 'released', day: '2021-03-02' },
      { kind: 'security-only', day: '2021-06-16' },
      { kind: 'eol', day: '2021-12-16' },
    ]);
    expect(newest).toMatchObject({
      activeUntil: '2021-06-15',
      securityUntil: '2021-12-15',
      untilNextMinor: true,
    });
    // An older minor's end is its own: not the line's, and not open to a newer minor's release.
    expect(lifecycles(table).find((l) => l.branch === '3.1')).toMatchObject({
      securityUntil: '2020-11-30',
      untilNextMinor: false,
    });
  });

  it('says which newer minor release ended an unlisted one’s support', () => {
    expect(lifecycleOfMinor(table, '3.0')?.supersededBy?.branch).toBe('3.1');
    expect(lifecycleOfMinor(table, '3.4')?.supersededBy).toBeUndefined();
  });

  it('recommends the most recent minor release, not the line', () => {
    expect(recommendedRelease(table, '2021-07-01')?.lifecycle.branch).toBe('3.3');
    expect(recommendedRelease(table, '2020-09-01')?.lifecycle.branch).toBe('3.1');
  });

  it('counts the days left to the end of the line’s support for the most recent minor', () => {
    const state = statesOn(table, '2021-12-01').find((s) => s.lifecycle.branch === '3.3');
    expect(state).toMatchObject({ status: 'security', daysLeft: 15, endingSoon: true });
  });

  it('is today’s rule for a line alone and for minor releases alone', () => {
    const line = table[0];
    expect(lifecycleOf(line, [line]).phases).toEqual(lifecycleOf(line).phases);
    const minors = table.slice(1);
    for (const minor of minors) {
      expect(lifecycleOf(minor, minors).phases).toEqual(lifecycleOf(minor).phases);
      expect(lifecycleOf(minor, minors).line).toBeUndefined();
    }
    expect(lifecycleOfMinor(minors, '3.4')).toBeUndefined();
  });
});
