// A misspelt field is what one test feeds the validator.
// cspell:ignore sumary
import { describe, expect, it } from 'vitest';

import { fixtureReleases, lineAndMinors } from '../../../../tests/fixtures/releases';
import type { Release } from '../../releases/model';
import { LIMITS } from '../../advisories/model';
import type { ItemSource } from '../item';
import { validateAdvisories } from './validate';

const good = {
  id: 'MILEX-2022-001',
  title: 'Stored XSS in form names',
  published: '2022-09-20',
  updated: '2022-09-22',
  severity: 'high',
  cvss: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:N',
  cve: ['CVE-2022-12345'],
  affected: ['1.1', { branch: '1.2', versions: '>=1.2.0 <1.2.3' }],
  fixedIn: ['1.1.9', '1.2.3'],
  credits: ['Ada', { name: 'Grace', url: 'https://example.org/grace' }],
  summary: 'A form name could carry a script that ran in an administrator’s browser.',
};

const source = (file: string, frontMatter: unknown): ItemSource => ({ file, frontMatter });

function problemsOf(sources: ItemSource[]): readonly string[] {
  const result = validateAdvisories(sources, fixtureReleases);
  return result.ok ? [] : result.problems.map((problem) => problem.message);
}

describe('validateAdvisories', () => {
  it('accepts no advisories at all', () => {
    expect(validateAdvisories([], fixtureReleases)).toEqual({ ok: true, value: [] });
  });

  it('accepts a full advisory and expands the short forms', () => {
    const result = validateAdvisories([source('advisories/a.md', good)], fixtureReleases);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Each with its range, worked out once here for the page, the feeds and the OSV record.
    expect(result.value[0]?.affected).toEqual([
      { branch: '1.1', range: { introduced: '1.1.0', fixed: '1.1.9' } },
      { branch: '1.2', versions: '>=1.2.0 <1.2.3', range: { introduced: '1.2.0', fixed: '1.2.3' } },
    ]);
    expect(result.value[0]?.credits).toEqual([
      { name: 'Ada' },
      { name: 'Grace', url: 'https://example.org/grace' },
    ]);
  });

  it('accepts a CVSS v4.0 vector and no optional fields', () => {
    const minimal = Object.fromEntries(
      Object.entries(good).filter(([key]) => !['updated', 'cve', 'credits'].includes(key)),
    );
    expect(
      problemsOf([
        source('advisories/a.md', {
          ...minimal,
          severity: 'critical',
          cvss: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
        }),
      ]),
    ).toEqual([]);
  });

  it('lists newest first, by id when published on the same day', () => {
    const result = validateAdvisories(
      [
        source('a.md', {
          ...good,
          id: 'MILEX-2022-001',
          published: '2022-09-20',
          updated: undefined,
        }),
        source('b.md', {
          ...good,
          id: 'MILEX-2022-003',
          published: '2022-09-25',
          updated: undefined,
        }),
        source('c.md', {
          ...good,
          id: 'MILEX-2022-002',
          published: '2022-09-25',
          updated: undefined,
        }),
      ],
      fixtureReleases,
    );
    expect(result.ok && result.value.map((a) => a.id)).toEqual([
      'MILEX-2022-003',
      'MILEX-2022-002',
      'MILEX-2022-001',
    ]);
  });

  it('names the file and field of every problem, in one run', () => {
    expect(
      problemsOf([
        source('advisories/bad.md', {
          ...good,
          id: 'MILEX-22-1',
          severity: 'urgent',
          cvss: 'CVSS:3.1/AV:X',
          cve: ['CVE-22-1', 'CVE-2022-12345', 'CVE-2022-12345'],
          affected: ['9.9', { branch: '1.2', versions: 'before 1.2.3' }],
          fixedIn: ['soon'],
          updated: '2022-09-01',
          credits: [{ name: 'Eve', url: 'http://example.org' }],
          sumary: 'typo',
        }),
        source('advisories/empty.md', undefined),
      ]),
    ).toEqual([
      'advisories/bad.md: unknown field "sumary" (the fields are "id", "title", "published", "updated", "revisions", "severity", "cvss", "cve", "affected", "fixedIn", "credits", "summary")',
      'advisories/bad.md: id must look like MILEX-2026-001, got "MILEX-22-1"',
      'advisories/bad.md: updated 2022-09-01 is before published 2022-09-20',
      'advisories/bad.md: severity "urgent" is not one of "low", "moderate", "high", "critical"',
      'advisories/bad.md: cvss "CVSS:3.1/AV:X" is not a CVSS v3.1 or v4.0 vector such as "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"',
      'advisories/bad.md: cve "CVE-22-1" is not an id such as CVE-2026-12345',
      'advisories/bad.md: CVE-2022-12345: cve appears more than once (rows 2 and 3)',
      'advisories/bad.md: affected[0]: branch "9.9" is not in src/data/releases.ts (the branches are "1.0", "1.2", "1.1", "2.x")',
      'advisories/bad.md: affected[1]: versions "before 1.2.3" is wrong: "before" is not ">=", "<" or "<=" followed by a version such as 1.2.3 (write ranges such as ">=1.2.0 <1.2.3", ">=1.2.0" or "<=1.2.9")',
      'advisories/bad.md: fixedIn "soon" is not a released version written in full, such as "1.0.3"',
      'advisories/bad.md: credits[0]: url "http://example.org" must be an https:// address, not http:',
      'advisories/empty.md: the front matter is missing or is not a list of fields',
    ]);
  });

  it('requires the mandatory fields', () => {
    const problems = problemsOf([source('advisories/x.md', {})]);
    for (const field of [
      'id',
      'title',
      'summary',
      'published',
      'severity',
      'affected',
      'fixedIn',
    ]) {
      expect(
        problems.some((p) => p.startsWith(`advisories/x.md: ${field} `)),
        field,
      ).toBe(true);
    }
  });

  it('refuses an id used by two files', () => {
    expect(problemsOf([source('advisories/a.md', good), source('advisories/b.md', good)])).toEqual([
      'id MILEX-2022-001 is used by more than one advisory: advisories/a.md, advisories/b.md',
    ]);
  });
});

describe('the checks that keep OSV records exact', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C', true],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/U:Clear', true],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/Q:Z', false],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/ZZ:Q', false],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', false],
  ])('cvss %s is accepted: %s', (cvss, accepted) => {
    // Each of these scores 9.3 or more: critical.
    expect(problemsOf([source('a.md', { ...good, severity: 'critical', cvss })])).toHaveLength(
      accepted ? 0 : 1,
    );
  });

  it.each([['1.2'], ['v1.2.3'], ['1.2.3-rc1']])('refuses fixedIn %s', (version) => {
    expect(
      problemsOf([
        source('a.md', {
          ...good,
          affected: [{ branch: '1.2', versions: '<1.2.3' }],
          fixedIn: [version],
        }),
      ]),
    ).toEqual([
      `a.md: fixedIn "${version}" is not a released version written in full, such as "1.0.3"`,
    ]);
  });

  it('refuses a branch or a credit given twice, and explains a branch YAML read as a number', () => {
    expect(
      problemsOf([
        source('a.md', {
          ...good,
          affected: ['1.1', { branch: '1.1', versions: '<1.1.9' }, 1],
          credits: ['Ada', { name: 'Ada' }],
        }),
      ]),
    ).toEqual([
      'a.md: 1.1: affected branch appears more than once (rows 1 and 2)',
      "a.md: affected[2]: branch 1 is a number; put the branch in quotes, such as '1.0' (YAML reads 1.0 as the number 1)",
      // With no 1.2 entry left, nothing says which versions 1.2.3 fixes.
      'a.md: fixedIn 1.2.3 ends none of the affected ranges: a fixed version is where a range stops (its "<" bound, or its branch\'s fix), or the release to move to after a branch that got no fix ("<="). If 1.2.3 fixes versions of another branch, list that branch in affected with its own range',
      'a.md: Ada: credit appears more than once (rows 1 and 2)',
    ]);
  });

});

describe('the rest of validateAdvisories', () => {
  it('refuses a branch with no fix and no upper bound, naming the way out', () => {
    expect(
      problemsOf([source('advisories/a.md', { ...good, affected: ['1.0'], fixedIn: ['1.1.9'] })]),
    ).toEqual([
      'advisories/a.md: affected[0]: 1.0: no version in fixedIn is a 1.0 release, so where the affected versions end is unknown: add the 1.0 fix to fixedIn, or give versions such as "<=1.0.9" for a branch that gets no fix',
    ]);
  });

  it('refuses a title too long to show whole', () => {
    expect(problemsOf([source('advisories/a.md', { ...good, title: 'x'.repeat(53) })])).toEqual([]);
    expect(problemsOf([source('advisories/a.md', { ...good, title: 'x'.repeat(54) })])).toEqual([
      'advisories/a.md: title is 54 characters long; keep it to 53 so browser tabs, feeds and search results show it whole',
    ]);
  });

  it('refuses a summary of more than one paragraph and invisible control characters', () => {
    expect(
      problemsOf([
        source('advisories/a.md', {
          ...good,
          title: 'Bell\u0007',
          summary: 'One.\n\nTwo.',
          credits: ['Ada\u0000'],
        }),
      ]),
    ).toEqual([
      'advisories/a.md: summary must be one paragraph; put the rest in the text below the front matter',
      'advisories/a.md: title contains U+0007, an invisible control character; delete it',
      'advisories/a.md: credits[0] contains U+0000, an invisible control character; delete it',
    ]);
  });

  it('refuses a title on several lines, a title or summary that shows nothing, and bidirectional controls', () => {
    expect(
      problemsOf([
        source('advisories/a.md', { ...good, title: 'Two\nlines', summary: '\u200B\u2060 ' }),
        source('advisories/b.md', {
          ...good,
          id: 'MILEX-2022-002',
          title: '\u200B\u00A0',
          summary: 'Open gnp.exe\u202E.txt',
          credits: ['Ada \u2067Lovelace'],
        }),
      ]),
    ).toEqual([
      'advisories/a.md: title must be one line, for browser tabs, feeds and search results',
      'advisories/a.md: summary must be one paragraph of text, got "\u200B\u2060 "',
      'advisories/b.md: title contains U+200B, an invisible space or filler; delete it',
      'advisories/b.md: credits[0] contains U+2067, a bidirectional-text control character (it can make text show differently from how it is stored); delete it',
      'advisories/b.md: summary contains U+202E, a bidirectional-text control character (it can make text show differently from how it is stored); delete it',
    ]);
  });

  it('refuses invisible text in every field, however YAML wrote it: tags, separators, marks, joiners alone', () => {
    // Written as YAML escapes ("\u2028"), these never show in the file's own lines.
    expect(
      problemsOf([
        source('advisories/a.md', {
          ...good,
          title: 'Fix\u2028now',
          summary: 'Read this\u{E0049}\u{E0047}\u{E004E}.',
          credits: [{ name: '\u200D' }, { name: 'Ada\u200F' }, 'Bob\u061C'],
          revisions: [{ date: good.published, summary: 'Changed\u2060' }],
          updated: good.published,
        }),
      ]),
    ).toEqual([
      'advisories/a.md: title contains U+2028, an invisible line or paragraph separator (write a plain line break); delete it',
      'advisories/a.md: credits[0].name shows nothing: it holds only invisible characters',
      'advisories/a.md: credits[1].name contains U+200F, a bidirectional-text control character (it can make text show differently from how it is stored); delete it',
      'advisories/a.md: credits[2] contains U+061C, a bidirectional-text control character (it can make text show differently from how it is stored); delete it',
      'advisories/a.md: summary contains U+E0049, an invisible Unicode tag character (it can carry text no reader sees); delete it',
      'advisories/a.md: revisions[0].summary contains U+2060, an invisible space or filler; delete it',
    ]);
  });

  it('says an unknown field once, not once for each text inside it', () => {
    const nested = Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [`k${String(i)}`, '\u200B']),
    );
    expect(problemsOf([source('advisories/a.md', { ...good, z: nested })])).toEqual([
      expect.stringMatching(/^advisories\/a\.md: unknown field "z"/),
    ]);
  });

  it('writes every credit address as a URI, the form every output takes', () => {
    // cspell:disable-next-line -- an address in Unicode and its punycode
    const url = 'https://jürgen.example/über';
    const result = validateAdvisories([source('advisories/a.md', { ...good, credits: [{ name: 'J', url }] })], fixtureReleases);
    expect(result.ok && result.value[0]?.credits?.[0]?.url).toBe(new URL(url).href);
    // cspell:disable-next-line -- the percent-encoded path
    expect(new URL(url).href).toMatch(/^https:\/\/xn--[a-z0-9-]+\.example\/%C3%BCber$/);
  });

  it('bounds what one advisory holds, so every output stays in proportion to it', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `CVE-2022-${String(10_000 + i)}`);
    expect(
      problemsOf([
        source('advisories/a.md', {
          ...good,
          cve: ids,
          summary: 'Long. '.repeat(200),
          credits: Array.from({ length: LIMITS.credits + 1 }, (_, i) => `Person ${String(i)}`),
        }),
      ]),
    ).toEqual([
      'advisories/a.md: summary is 1200 characters long; keep it to 1000, one paragraph, and put the rest in the text below the front matter',
      'advisories/a.md: cve lists 10000 ids; an advisory covers at most 100: split it into several advisories',
      'advisories/a.md: credits lists 51 names; an advisory thanks at most 50',
    ]);
    expect(
      problemsOf([source('advisories/a.md', { ...good, cve: ids.slice(0, LIMITS.cveIds) })]),
    ).toEqual([]);
  });

  it('refuses a CVSS vector that gives a metric twice', () => {
    expect(
      problemsOf([
        source('advisories/a.md', {
          ...good,
          cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X/E:H/RL:O/RL:O',
        }),
      ]),
    ).toEqual([
      'advisories/a.md: cvss "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X/E:H/RL:O/RL:O" gives E, RL more than once; give each metric once',
    ]);
  });

  it('refuses a publication or update dated after the build day', () => {
    const dated = (published: string, updated?: string) =>
      source('advisories/a.md', {
        ...good,
        published,
        ...(updated === undefined ? {} : { updated }),
      });
    const check = (published: string, updated?: string): readonly string[] => {
      const result = validateAdvisories([dated(published, updated)], fixtureReleases, '2022-10-01');
      return result.ok ? [] : result.problems.map((problem) => problem.message);
    };
    expect(check('2022-10-01', '2022-10-01')).toEqual([]);
    expect(check('2022-12-01', '2022-12-01')).toEqual([
      'advisories/a.md: published 2022-12-01 is after the build day, 2022-10-01: an advisory is dated the day it is published, never later',
      'advisories/a.md: updated 2022-12-01 is after the build day, 2022-10-01: an advisory is dated the day it is published, never later',
    ]);
    expect(check('2022-09-01', '2022-10-02')).toEqual([
      'advisories/a.md: updated 2022-10-02 is after the build day, 2022-10-01: an advisory is dated the day it is published, never later',
    ]);
  });
});

describe('affected ranges and fixed versions that would mislead a reader', () => {
  const only = (
    frontMatter: Record<string, unknown>,
    releases: readonly Release[] = fixtureReleases,
  ): readonly string[] => {
    const result = validateAdvisories([source('a.md', { ...good, ...frontMatter })], releases);
    return result.ok ? [] : result.problems.map((problem) => problem.message);
  };

  it('refuses a fixed version inside an affected range (its readers would be told to downgrade)', () => {
    expect(
      only({ affected: [{ branch: '1.1', versions: '>=1.1.0 <=1.1.9' }], fixedIn: ['1.1.5'] }),
    ).toEqual([
      'a.md: fixedIn 1.1.5 is one of the affected versions of 1.1 (1.1.0 to 1.1.9), so it does not fix them; end that range before 1.1.5, or list the version that does fix it',
    ]);
  });

  it('refuses a range that leaves its branch (it would mark a branch that is not listed)', () => {
    expect(only({ affected: [{ branch: '1.1', versions: '<2.0.0' }], fixedIn: ['2.0.0'] })).toEqual([
      'a.md: affected[0]: versions "<2.0.0" is wrong: it says the fix is 2.0.0, which is not a 1.1 release: a range stays inside its branch. If 1.1 got no fix, end the range with "<=" and its last affected version, and list the release to move to in fixedIn',
    ]);
    // Said as the advisory means it: 1.1 got no fix, 2.0.0 has one.
    expect(only({ affected: [{ branch: '1.1', versions: '<=1.1.9' }], fixedIn: ['2.0.0'] })).toEqual(
      [],
    );
  });

  it('refuses a fixed version that belongs to no branch of the table', () => {
    expect(only({ affected: ['1.2'], fixedIn: ['1.2.3', '9.9.9'] })).toEqual([
      'a.md: fixedIn 9.9.9 is not a release of any branch in src/data/releases.ts (the branches are "1.0", "1.2", "1.1", "2.x"); add its branch there first, or correct the version',
    ]);
  });

  it('refuses ranges of a line and its minor release that overlap, and takes them apart', () => {
    const table = lineAndMinors;
    const overlapping = {
      severity: 'high',
      affected: [{ branch: '3.x', versions: '>=3.0.0 <3.3.2' }, { branch: '3.3', versions: '<3.3.2' }],
      fixedIn: ['3.3.2'],
    };
    expect(only(overlapping, table)).toEqual([
      'a.md: affected[0]: its versions (3.x: 3.0.0 to before 3.3.2) overlap those of affected[1] (3.3: 3.3.0 to before 3.3.2); list each affected version under one branch only',
    ]);
    expect(
      only(
        { ...overlapping, affected: [{ branch: '3.x', versions: '>=3.0.0 <=3.2.9' }, { branch: '3.3', versions: '<3.3.2' }] },
        table,
      ),
    ).toEqual([]);
  });

  it('refuses a line whose range would stop at its first fix while a later minor has its own', () => {
    // 4.x fixed in 4.3.5 and 4.4.8: one range cannot say so, and 4.4.0 to 4.4.7 would read as safe.
    const line = [
      {
        branch: '4.x',
        initialRelease: '2021-01-01',
        activeSupportUntil: '2023-01-01',
        securitySupportUntil: '2024-01-01',
      },
    ] as const;
    expect(only({ affected: ['4.x'], fixedIn: ['4.3.5', '4.4.8'] }, line)).toEqual([
      'a.md: fixedIn 4.4.8 ends none of the affected ranges: a fixed version is where a range stops (its "<" bound, or its branch\'s fix), or the release to move to after a branch that got no fix ("<="). If 4.4.8 fixes versions of another branch, list that branch in affected with its own range',
    ]);
  });

  it('refuses a range that says its branch got no fix beside a fix in the same minor release', () => {
    expect(
      only({ affected: [{ branch: '1.2', versions: '>=1.2.6 <=1.2.6' }], fixedIn: ['1.2.7'] }),
    ).toEqual([
      'a.md: affected[0]: versions ">=1.2.6 <=1.2.6" is wrong: it ends at the last affected version 1.2.6, as for a branch that got no fix, but fixedIn gives 1.2.7 for 1.2: end the range with "<1.2.7"',
    ]);
  });

  it('refuses a severity that contradicts the CVSS score, naming the one that agrees', () => {
    expect(only({ severity: 'low', cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' })).toEqual([
      'a.md: severity "low" contradicts cvss, whose base score 9.8 CVSS rates Critical (9.0 to 10.0): that is severity "critical". Change the severity or the vector so that they agree',
    ]);
    expect(
      only({
        severity: 'moderate',
        cvss: 'CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
      }),
    ).toEqual([
      'a.md: severity "moderate" contradicts cvss, whose base score 8.5 CVSS rates High (7.0 to 8.9): that is severity "high". Change the severity or the vector so that they agree',
    ]);
    // A score of 0.0 is at most low.
    expect(only({ severity: 'low', cvss: 'CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N' })).toEqual([]);
  });
});

describe('fixedIn', () => {
  it('refuses a version given twice', () => {
    expect(problemsOf([source('a.md', { ...good, fixedIn: ['1.1.9', '1.2.3', '1.1.9'] })])).toEqual([
      'a.md: 1.1.9: fixedIn version appears more than once (rows 1 and 3)',
    ]);
  });
});

describe('revisions', () => {
  const revised = (revisions: unknown, updated: unknown = '2022-09-30') =>
    problemsOf([source('a.md', { ...good, updated, revisions })]);

  it('accepts each change since publication, oldest first, the last on updated', () => {
    expect(
      revised([
        { date: '2022-09-22', summary: 'Added the workaround.' },
        { date: '2022-09-30', summary: 'Listed CVE-2022-12345.' },
      ]),
    ).toEqual([]);
  });

  it('refuses each wrong entry, by its place, and an updated day that disagrees', () => {
    expect(
      revised(
        [
          { date: '2022-09-19', summary: 'Before publication.' },
          { date: '2022-09-28', summary: '' },
          { date: '2022-09-25', summary: 'Out of order.', by: 'Ada' },
          'Fixed a typo.',
        ],
        '2022-09-29',
      ),
    ).toEqual([
      'a.md: revisions[0]: date 2022-09-19 is before published 2022-09-20',
      'a.md: revisions[1]: summary must say what changed, in one line, got ""',
      'a.md: revisions[2]: unknown field "by" (the fields are "date", "summary")',
      'a.md: revisions[2]: date 2022-09-25 is before the revision above it (2022-09-28): list them oldest first',
      'a.md: revisions[3] must be { date, summary }, got "Fixed a typo."',
      'a.md: updated 2022-09-29 is not the day of the last revision (2022-09-25): they must agree',
    ]);
  });

  it('needs updated, and a list', () => {
    const { updated: _left, ...unrevised } = good;
    expect(
      problemsOf([source('a.md', { ...unrevised, revisions: [{ date: '2022-09-22', summary: 'x' }] })]),
    ).toEqual([
      'a.md: revisions needs updated, the day of the last one',
    ]);
    expect(revised('Fixed a typo.')).toEqual([
      'a.md: revisions must be a list of { date, summary }, one per change since publication, oldest first, got "Fixed a typo."',
    ]);
  });
});
