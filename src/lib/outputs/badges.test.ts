import { describe, expect, it } from 'vitest';

import { fixtureReleases, lineAndMinors } from '../../../tests/fixtures/releases';
import { badgePath, shieldsImageUrl } from '../site';
import { badgeFor } from './badges';
import { lifecycleOf, lifecycles, type RowLifecycle } from '../releases/lifecycle';
import type { Release } from '../releases/model';

const byBranch = (branch: string, table: readonly Release[] = fixtureReleases): RowLifecycle => {
  const found = lifecycles(table).find((lifecycle) => lifecycle.branch === branch);
  if (found === undefined) throw new Error(`no release ${branch}`);
  return found;
};

describe('badgeFor', () => {
  it.each([
    ['2.x', '2022-10-01', 'planned', 'lightgrey'],
    ['2.x', '2023-07-01', 'beta', 'blue'],
    ['1.2', '2022-10-01', 'active support', 'brightgreen'],
    ['1.2', '2023-03-02', 'security support only', 'yellow'],
    ['1.0', '2022-10-01', 'end of life', 'red'],
  ])('shows %s on %s as "%s" in %s', (branch, today, message, color) => {
    expect(badgeFor(byBranch(branch), today)).toEqual({
      schemaVersion: 1,
      label: `Milex ${branch}`,
      message,
      color,
    });
  });

  it('turns orange and counts the days when security support ends soon', () => {
    expect(badgeFor(byBranch('1.1'), '2022-11-06')).toMatchObject({
      message: 'security support only, ends in 30 days',
      color: 'orange',
    });
    expect(badgeFor(byBranch('1.1'), '2022-12-05').message).toBe(
      'security support only, ends in 1 day',
    );
    expect(badgeFor(byBranch('1.1'), '2022-12-06')).toMatchObject({
      message: 'end of life',
      color: 'red',
    });
  });

  it('says what ends when active support is ending soon', () => {
    // 1.0 has no security-only phase: all support ends with active support.
    expect(badgeFor(byBranch('1.0'), '2021-11-20')).toMatchObject({
      message: 'active support, ends in 10 days',
      color: 'orange',
    });
    const shortLived: Release = {
      branch: '3.0',
      initialRelease: '2024-01-01',
      activeSupportUntil: '2024-03-01',
      securitySupportUntil: '2024-03-31',
    };
    expect(badgeFor(lifecycleOf(shortLived), '2024-02-01')).toMatchObject({
      message: 'active support, security support ends in 60 days',
      color: 'orange',
    });
  });

  it('gives the most recent minor of a listed line the line’s status, as the table does', () => {
    // 3.3's own support ended on 30 Apr 2021; the 3.x line's security support runs to 15 Dec.
    expect(badgeFor(byBranch('3.3', lineAndMinors), '2021-07-01')).toMatchObject({
      message: 'security support only',
      color: 'yellow',
    });
    expect(badgeFor(byBranch('3.2', lineAndMinors), '2021-07-01').message).toBe('end of life');
    expect(badgeFor(byBranch('3.3', lineAndMinors), '2021-12-01').message).toBe(
      'security support only, ends in 15 days',
    );
  });

  it('has only the keys of a shields.io endpoint, with schemaVersion 1', () => {
    for (const lifecycle of lifecycles(fixtureReleases)) {
      const badge = badgeFor(lifecycle, '2022-10-01');
      expect(Object.keys(badge).sort()).toEqual(['color', 'label', 'message', 'schemaVersion']);
      expect(badge.schemaVersion).toBe(1);
    }
  });
});

describe('badgePath', () => {
  it('keeps the branch name as it is', () => {
    expect(badgePath('1.0')).toBe('/api/badges/1.0.json');
    expect(badgePath('4.x')).toBe('/api/badges/4.x.json');
  });
});

describe('shieldsImageUrl', () => {
  it('passes the endpoint URL to shields.io as one encoded query value', () => {
    const endpoint = 'https://example.org/security/api/badges/1.0.json?a=1&b=2';
    const image = new URL(shieldsImageUrl(endpoint));
    expect(image.origin + image.pathname).toBe('https://img.shields.io/endpoint');
    expect([...image.searchParams.keys()]).toEqual(['url']);
    expect(image.searchParams.get('url')).toBe(endpoint);
  });
});
