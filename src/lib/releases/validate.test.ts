// A misspelt field name is what one test feeds the validator.
// cspell:ignore Suport
import { describe, expect, it } from 'vitest';

import { fixtureReleases, lineAndMinors } from '../../../tests/fixtures/releases';
import { newestFirst } from './model';
import { assertValidReleases, validateReleases } from './validate';
import { DataValidationError } from '../formats/problems';

const good = {
  branch: '4.2',
  betaRelease: '2022-02-17',
  initialRelease: '2022-03-01',
  activeSupportUntil: '2022-09-01',
  securitySupportUntil: '2023-03-01',
};

/** The problems found in `rows`; fails the test if there were none. */
function problemsOf(rows: unknown): readonly string[] {
  const result = validateReleases(rows);
  if (result.ok) throw new Error('expected problems, but the data was accepted');
  return result.problems.map((problem) => problem.message);
}

describe('validateReleases: good data', () => {
  it('accepts the fixtures: no beta, notes, a major line', () => {
    expect(validateReleases(fixtureReleases).ok).toBe(true);
  });

  it('accepts a release whose phases all end on one day', () => {
    const sameDay = {
      branch: '1.0',
      initialRelease: '2021-08-30',
      activeSupportUntil: '2021-08-30',
      securitySupportUntil: '2021-08-30',
    };
    expect(validateReleases([sameDay]).ok).toBe(true);
  });
});

describe('validateReleases: each kind of problem', () => {
  it.each([
    [
      'a "forever" end day that no calendar or feed can write',
      { ...good, securitySupportUntil: '9999-12-31' },
      '4.2: securitySupportUntil 9999-12-31 is outside the days the site can publish (1970-01-01 to 9998-12-31): write the real day',
    ],
    [
      'a day before the epoch',
      { ...good, betaRelease: '1969-12-31' },
      '4.2: betaRelease 1969-12-31 is outside the days the site can publish (1970-01-01 to 9998-12-31): write the real day',
    ],
    [
      'a branch with a hidden character',
      { ...good, note: 'Ends early\u2028' },
      'releases[0].note contains U+2028, an invisible line or paragraph separator (write a plain line break); delete it',
    ],
    [
      'beta after release',
      { ...good, initialRelease: '2021-02-28' },
      '4.2: initialRelease 2021-02-28 is before betaRelease 2022-02-17',
    ],
    [
      'active support ends before release',
      { ...good, activeSupportUntil: '2022-02-01' },
      '4.2: activeSupportUntil 2022-02-01 is before initialRelease 2022-03-01',
    ],
    [
      'security support ends before active',
      { ...good, securitySupportUntil: '2022-08-31' },
      '4.2: securitySupportUntil 2022-08-31 is before activeSupportUntil 2022-09-01',
    ],
    [
      'no beta, release after end of active support',
      { ...good, betaRelease: undefined, initialRelease: '2022-10-01' },
      '4.2: activeSupportUntil 2022-09-01 is before initialRelease 2022-10-01',
    ],
    [
      'a date that does not exist',
      { ...good, activeSupportUntil: '2022-02-30' },
      '4.2: activeSupportUntil "2022-02-30" is not a real calendar date in YYYY-MM-DD form',
    ],
    [
      'a date in the wrong form',
      { ...good, initialRelease: '01/03/2022' },
      '4.2: initialRelease "01/03/2022" is not a real calendar date in YYYY-MM-DD form',
    ],
    [
      'a date that is not text',
      { ...good, securitySupportUntil: 20230301 },
      '4.2: securitySupportUntil must be a "YYYY-MM-DD" string, got number 20230301',
    ],
    [
      'a missing required field',
      { ...good, securitySupportUntil: undefined },
      '4.2: securitySupportUntil is missing',
    ],
    [
      'a malformed branch',
      { ...good, branch: '4.2.1' },
      '4.2.1: branch "4.2.1" is not of the form MAJOR.MINOR (e.g. "1.0") or MAJOR.x (e.g. "4.x")',
    ],
    [
      'a branch with a v',
      { ...good, branch: 'v4.2' },
      'v4.2: branch "v4.2" is not of the form MAJOR.MINOR (e.g. "1.0") or MAJOR.x (e.g. "4.x")',
    ],
    [
      'a misspelt field',
      { ...good, securitySuportUntil: '2023-03-01' },
      '4.2: unknown field "securitySuportUntil"',
    ],
    ['an empty note', { ...good, note: ' ' }, '4.2: note must be non-empty text, got " "'],
  ])('%s', (_, row, message) => {
    const problems = problemsOf([row]);
    expect(problems.some((p) => p.startsWith(message))).toBe(true);
  });

  it('names a row without a branch by its position', () => {
    const { branch: _omitted, ...noBranch } = good;
    expect(problemsOf([good, noBranch])).toEqual(['row 2: branch is missing']);
  });

  it('finds duplicate branches', () => {
    expect(problemsOf([good, { ...good }, { ...good, branch: '4.3' }])).toEqual([
      '4.2: branch appears more than once (rows 1 and 2)',
    ]);
  });

  it('accepts a line beside its minor releases, as the upstream table lists them', () => {
    expect(validateReleases(lineAndMinors).ok).toBe(true);
    expect(validateReleases([...lineAndMinors, ...fixtureReleases]).ok).toBe(true);
  });

  it('refuses a minor release that comes out before its line, naming both rows', () => {
    const [line, first] = lineAndMinors;
    expect(
      problemsOf([line, { ...first, betaRelease: undefined, initialRelease: '2020-01-01' }]),
    ).toEqual([
      "3.1: initialRelease 2020-01-01 is before initialRelease 2020-01-27 of its line, 3.x: a minor release of Milex 3 cannot come out before the line's first release",
    ]);
  });

  it('refuses minor releases of a listed line that come out out of order, naming both rows', () => {
    const [line, first, second] = lineAndMinors;
    const late = {
      ...first,
      initialRelease: '2020-11-01',
      activeSupportUntil: '2020-11-30',
    } as const;
    expect(problemsOf([line, late, second])).toEqual([
      "3.2: initialRelease 2020-10-20 is before initialRelease 2020-11-01 of 3.1: with the line 3.x in the table, a newer minor release must come out after the older ones, or the line's most recent minor release is unclear",
    ]);
    // Without the line, the order of minor releases decides nothing.
    expect(validateReleases([late, second]).ok).toBe(true);
  });

  it('refuses something that is not a list, an empty list and a row that is not a release', () => {
    expect(problemsOf({ releases: [] })).toEqual([
      'releases must be a list of releases, got an object',
    ]);
    expect(problemsOf([])).toEqual([
      'releases is empty: the supported-versions table needs at least one release',
    ]);
    expect(problemsOf([good, '4.3'])).toEqual([
      'row 2: expected a release { branch, ... }, got "4.3"',
    ]);
  });
});

describe('validateReleases: several problems at once', () => {
  // The kind of table people really type: a wrong year in one cell, a swapped day and month, a copy-paste.
  const typed = [
    {
      branch: '4.1',
      betaRelease: '2021-06-01',
      initialRelease: '2021-08-30',
      activeSupportUntil: '2022-02-28',
      securitySupportUntil: '2022-08-30',
    },
    {
      branch: '4.2',
      betaRelease: '2022-02-17',
      initialRelease: '2021-02-28',
      activeSupportUntil: '2022-08-29',
      securitySupportUntil: '2023-02-28',
    },
    {
      branch: '4.3',
      initialRelease: '2022-08-29',
      activeSupportUntil: '2022-31-12',
      securitySupportUntil: '2023-08-29',
    },
    {
      branch: '4.1',
      initialRelease: '2023-02-28',
      activeSupportUntil: '2023-08-28',
      securitySupportUntil: '2023-02-27',
    },
  ];

  it('lists every problem, each naming the branch, the field and the values', () => {
    expect(problemsOf(typed)).toEqual([
      '4.2: initialRelease 2021-02-28 is before betaRelease 2022-02-17',
      '4.3: activeSupportUntil "2022-31-12" is not a real calendar date in YYYY-MM-DD form',
      '4.1: securitySupportUntil 2023-02-27 is before activeSupportUntil 2023-08-28',
      '4.1: branch appears more than once (rows 1 and 4)',
    ]);
  });

  it('throws one error for the build that names the file and every problem', () => {
    expect(() => assertValidReleases(typed)).toThrow(DataValidationError);
    expect(() => assertValidReleases(typed)).toThrow(
      [
        'src/data/releases.ts has 4 problems:',
        '  - 4.2: initialRelease 2021-02-28 is before betaRelease 2022-02-17',
        '  - 4.3: activeSupportUntil "2022-31-12" is not a real calendar date in YYYY-MM-DD form',
        '  - 4.1: securitySupportUntil 2023-02-27 is before activeSupportUntil 2023-08-28',
        '  - 4.1: branch appears more than once (rows 1 and 4)',
        'Fix them in src/data/releases.ts and run the build again.',
      ].join('\n'),
    );
  });

  it('returns the data unchanged when it is good', () => {
    expect(assertValidReleases(fixtureReleases)).toBe(fixtureReleases);
  });
});

describe('newestFirst', () => {
  it('orders by version, newest first, without changing its input', () => {
    const input = [...fixtureReleases];
    expect(newestFirst(input).map((r) => r.branch)).toEqual(['2.x', '1.2', '1.1', '1.0']);
    expect(input.map((r) => r.branch)).toEqual(['1.0', '1.2', '1.1', '2.x']);
  });

  it('orders by number, not by character (1.10 before 1.9), each line above its minors', () => {
    const rows = ['1.9', '1.10', '0.9', '1.x', '2.0', '10.0'].map((branch) => ({ branch }));
    expect(newestFirst(rows).map((r) => r.branch)).toEqual([
      '10.0',
      '2.0',
      '1.x',
      '1.10',
      '1.9',
      '0.9',
    ]);
    expect(newestFirst(lineAndMinors).map((r) => r.branch)).toEqual(['3.x', '3.3', '3.2', '3.1']);
  });
});
