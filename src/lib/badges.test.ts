import { describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../tests/fixtures/releases';
import { badgeFileName, badgeFor, shieldsImageUrl } from './badges';
import type { Release } from './types';

const byBranch = (branch: string): Release => {
  const found = fixtureReleases.find((release) => release.branch === branch);
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
    expect(badgeFor(shortLived, '2024-02-01')).toMatchObject({
      message: 'active support, security support ends in 60 days',
      color: 'orange',
    });
  });

  it('has only the keys of a shields.io endpoint, with schemaVersion 1', () => {
    for (const release of fixtureReleases) {
      const badge = badgeFor(release, '2022-10-01');
      expect(Object.keys(badge).sort()).toEqual(['color', 'label', 'message', 'schemaVersion']);
      expect(badge.schemaVersion).toBe(1);
    }
  });
});

describe('badgeFileName', () => {
  it('keeps the branch name as it is', () => {
    expect(badgeFileName('1.0')).toBe('1.0.json');
    expect(badgeFileName('4.x')).toBe('4.x.json');
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
