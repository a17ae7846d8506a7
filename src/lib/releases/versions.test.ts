import { describe, expect, it } from 'vitest';

import { fixtureReleases, lineAndMinors } from '../../../tests/fixtures/releases';
import type { Release } from './model';
import {
  compareVersions,
  inBranch,
  lookUpVersion,
  MAX_VERSION_LENGTH,
  parseVersion,
} from './versions';

const dates = {
  initialRelease: '2022-01-01',
  activeSupportUntil: '2022-06-01',
  securitySupportUntil: '2022-12-01',
} as const;
// A major version as one line (4.x), as minor branches (5.0, 5.1), and one minor alone (6.0).
const lines: readonly Release[] = [
  { branch: '4.x', ...dates },
  { branch: '5.0', ...dates },
  { branch: '5.1', ...dates },
  { branch: '6.0', ...dates },
];

function branchOf(input: string, releases: readonly Release[] = lines): string | undefined {
  const result = lookUpVersion(releases, input);
  return result.kind === 'found' ? result.row.branch : result.kind;
}

describe('parseVersion', () => {
  it.each([
    ['1.0.3', { major: 1, minor: 0, patch: 3, preRelease: false, text: '1.0.3', label: '1.0.3' }],
    ['v1.0.3', { major: 1, minor: 0, patch: 3, preRelease: false, text: '1.0.3', label: '1.0.3' }],
    ['V1.0', { major: 1, minor: 0, preRelease: false, text: '1.0', label: '1.0' }],
    ['  1.0  ', { major: 1, minor: 0, preRelease: false, text: '1.0', label: '1.0' }],
    ['4', { major: 4, preRelease: false, text: '4', label: '4' }],
    [
      '1.0.0-rc1',
      { major: 1, minor: 0, patch: 0, preRelease: true, text: '1.0.0', label: '1.0.0-rc1' },
    ],
    // Build metadata is not a pre-release (SemVer 2.0.0, item 10).
    [
      '1.0.0+build.1',
      { major: 1, minor: 0, patch: 0, preRelease: false, text: '1.0.0', label: '1.0.0' },
    ],
    [
      '1.0.0-rc.1+build.1',
      { major: 1, minor: 0, patch: 0, preRelease: true, text: '1.0.0', label: '1.0.0-rc.1' },
    ],
  ])('reads %j', (input, expected) => {
    expect(parseVersion(input)).toEqual(expected);
  });

  it.each([
    '',
    'v',
    '1.',
    '1..0',
    '1.0.3.4',
    '01.0',
    'one',
    '1.0 beta',
    '<b>1.0</b>',
    '1.0\n2.0',
    '1.0.0+build+2',
    '1.0.0+',
  ])('refuses %j', (input) => {
    expect(parseVersion(input)).toBeUndefined();
  });
});

describe('lookUpVersion', () => {
  it('finds a whole major line from any version of it', () => {
    expect(branchOf('4.4.2')).toBe('4.x');
    expect(branchOf('4.3')).toBe('4.x');
    expect(branchOf('v4.0')).toBe('4.x');
    expect(branchOf('4')).toBe('4.x');
  });

  it('finds minor branches from patch versions', () => {
    expect(branchOf('1.0.3', fixtureReleases)).toBe('1.0');
    expect(branchOf('1.2', fixtureReleases)).toBe('1.2');
    expect(branchOf('2.7.1', fixtureReleases)).toBe('2.x');
  });

  it('asks for the minor version when only a major version is given, even with one branch', () => {
    expect(lookUpVersion(lines, '5')).toMatchObject({
      kind: 'ambiguous',
      branches: ['5.1', '5.0'],
    });
    // 6.0 is the table's only branch of 6, but a 6.3 it does not list is 6 too.
    expect(lookUpVersion(lines, '6')).toMatchObject({ kind: 'ambiguous', branches: ['6.0'] });
  });

  it('knows when a version has no branch', () => {
    expect(lookUpVersion(lines, '9.9')).toMatchObject({
      kind: 'unknown',
      version: { text: '9.9' },
    });
    expect(branchOf('5.2')).toBe('unknown');
  });

  it('reads a version of a line listed beside its minors from its minor release, listed or not', () => {
    const found = (input: string) => {
      const result = lookUpVersion(lineAndMinors, input);
      return result.kind === 'found'
        ? [result.row.branch, result.lifecycle.branch, result.lifecycle.line?.branch]
        : result.kind;
    };
    expect(found('3.2.1')).toEqual(['3.2', '3.2', '3.x']);
    // 3.4 is not in the table: its line's row answers, under the support rule.
    expect(found('3.4.0')).toEqual(['3.x', '3.4', '3.x']);
    expect(found('3.0')).toEqual(['3.x', '3.0', '3.x']);
    // A major version alone could be any of the minors, each with its own status.
    expect(lookUpVersion(lineAndMinors, '3')).toMatchObject({
      kind: 'ambiguous',
      branches: ['3.3', '3.2', '3.1'],
    });
  });

  it('sorts out empty, long and hostile input without echoing it', () => {
    expect(branchOf('')).toBe('empty');
    expect(branchOf('   ')).toBe('empty');
    expect(branchOf('1'.repeat(MAX_VERSION_LENGTH + 1))).toBe('too-long');
    expect(branchOf('<img src=x onerror=alert(1)>')).toBe('malformed');
    expect(branchOf('1.0"><script>alert(1)</script>')).toBe('malformed');
    expect(branchOf('1.0; DROP TABLE releases')).toBe('malformed');
    expect(branchOf('９.９')).toBe('malformed');
  });
});

describe('compareVersions and inBranch', () => {
  const v = (text: string) => {
    const version = parseVersion(text);
    if (version === undefined) throw new Error(text);
    return version;
  };

  it('orders by number, not by text, and puts a pre-release first', () => {
    expect(compareVersions(v('1.10.0'), v('1.9.0'))).toBeGreaterThan(0);
    expect(compareVersions(v('1.2.0-rc1'), v('1.2.0'))).toBeLessThan(0);
    expect(compareVersions(v('1.2'), v('1.2.0'))).toBe(0);
  });

  it('places a version in its minor branch or its major line', () => {
    expect(inBranch(v('1.2.3'), '1.2')).toBe(true);
    expect(inBranch(v('1.20.3'), '1.2')).toBe(false);
    expect(inBranch(v('4.7.1'), '4.x')).toBe(true);
    expect(inBranch(v('5.0.0'), '4.x')).toBe(false);
  });
});
