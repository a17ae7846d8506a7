import { describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../../tests/fixtures/releases';
import { addDays } from '../../formats/dates';
import { NOTICE_DAYS, NOTICE_LIMITS } from '../../notices/model';
import type { ItemSource } from '../item';
import { branchesMeet, MOVE_SUMMARY_CHARACTERS, validateNotices } from './validate';

const TODAY = '2022-10-01';

const good = {
  id: 'MILEX-SR-2022-001',
  title: 'October security release',
  published: '2022-09-20',
  releaseDay: '2022-10-11',
  outOfSequence: false,
  branches: ['1.2', '1.1'],
  highestSeverity: 'high',
  issues: 2,
};

const checks = {
  releases: fixtureReleases,
  today: TODAY,
  advisories: new Map([
    ['MILEX-2022-001', ['1.2', '1.1']],
    ['MILEX-2021-001', ['1.0']],
  ]),
};
const file = 'notices/MILEX-SR-2022-001.md';
const source = (frontMatter: unknown, name = file): ItemSource => ({ file: name, frontMatter });

function problemsOf(frontMatter: unknown): readonly string[] {
  const result = validateNotices([source(frontMatter)], checks);
  return result.ok ? [] : result.problems.map((problem) => problem.message);
}

describe('validateNotices', () => {
  it('accepts no notices, and a full notice', () => {
    expect(validateNotices([], checks)).toEqual({ ok: true, value: [] });
    expect(problemsOf(good)).toEqual([]);
    expect(
      problemsOf({
        ...good,
        releaseDay: '2022-09-30',
        moves: [{ date: '2022-09-25', from: '2022-09-27', summary: 'Moved for testing' }],
        released: { advisories: ['MILEX-2022-001'] },
      }),
    ).toEqual([]);
  });

  it(`holds an out-of-sequence notice to ${String(NOTICE_DAYS)} days, at the boundary`, () => {
    const day = addDays(good.published, NOTICE_DAYS);
    expect(problemsOf({ ...good, outOfSequence: true, releaseDay: day })).toEqual([]);
    const short = problemsOf({ ...good, outOfSequence: true, releaseDay: addDays(day, -1) });
    expect(short).toEqual([
      `${file}: releaseDay ${addDays(day, -1)} is ${String(NOTICE_DAYS - 1)} days after published ${good.published}, but the policy says of an out-of-sequence release that "at least two weeks’ notice will be provided": set releaseDay to ${day} or later`,
    ]);
    // A release in the usual cycle has no such rule.
    expect(problemsOf({ ...good, releaseDay: good.published })).toEqual([]);
  });

  it(`keeps the ${String(NOTICE_DAYS)} days for every day announced, counted from when it was`, () => {
    const urgent = { ...good, outOfSequence: true, published: '2022-09-01' };
    const move = (date: string, from: string) => ({ date, from, summary: 'Moved' });
    // Announced for 09-20 (19 days), then moved later: the notice already given holds.
    expect(
      problemsOf({
        ...urgent,
        releaseDay: '2022-09-24',
        moves: [move('2022-09-10', '2022-09-20')],
      }),
    ).toEqual([]);
    // Brought forward to a day 14 days after the move: at the boundary.
    expect(
      problemsOf({
        ...urgent,
        releaseDay: '2022-09-19',
        moves: [move('2022-09-05', '2022-09-20')],
      }),
    ).toEqual([]);
    // Brought forward to two days after the move: two days' real notice.
    expect(
      problemsOf({
        ...urgent,
        releaseDay: '2022-09-12',
        moves: [move('2022-09-10', '2022-09-20')],
      }),
    ).toEqual([
      `${file}: moves[0]: the move on 2022-09-10 brings the release forward from 2022-09-20 to 2022-09-12, 2 days later, but the policy says of an out-of-sequence release that "at least two weeks’ notice will be provided": move it to 2022-09-24 or later (releaseDay)`,
    ]);
    // The day first announced is the first move's from, and it needs the 14 days too.
    expect(
      problemsOf({
        ...urgent,
        releaseDay: '2022-09-30',
        moves: [move('2022-09-03', '2022-09-06')],
      }),
    ).toEqual([
      `${file}: moves[0].from 2022-09-06 is 5 days after published 2022-09-01, but the policy says of an out-of-sequence release that "at least two weeks’ notice will be provided": set moves[0].from to 2022-09-15 or later`,
    ]);
  });

  it('refuses a move dated after the day it sets, and a first from before publication', () => {
    const move = (date: string, from: string) => ({ date, from, summary: 'Moved' });
    expect(
      problemsOf({ ...good, releaseDay: '2022-09-24', moves: [move('2022-09-25', '2022-09-22')] }),
    ).toEqual([
      `${file}: moves[0]: date 2022-09-25 is after 2022-09-24, the day it moved the release to (releaseDay): a move sets a day still to come`,
    ]);
    // A chain of moves, each setting a day on or after it: the first to 09-30, then to 09-28.
    expect(
      problemsOf({
        ...good,
        releaseDay: '2022-09-28',
        moves: [move('2022-09-21', '2022-09-26'), move('2022-09-27', '2022-09-30')],
      }),
    ).toEqual([]);
    expect(
      problemsOf({ ...good, releaseDay: '2022-10-11', moves: [move('2022-09-21', '2019-01-01')] }),
    ).toEqual([
      `${file}: moves[0]: from 2019-01-01 is before published 2022-09-20: the first move's from is the release day the notice announced when it was published`,
    ]);
  });

  it("refuses a move's summary over one line or too long", () => {
    const moved = (summary: string) =>
      problemsOf({
        ...good,
        moves: [{ date: '2022-09-25', from: '2022-09-27', summary }],
      });
    expect(moved('x'.repeat(MOVE_SUMMARY_CHARACTERS))).toEqual([]);
    expect(moved('x'.repeat(MOVE_SUMMARY_CHARACTERS + 1))).toEqual([
      `${file}: moves[0]: summary is ${String(MOVE_SUMMARY_CHARACTERS + 1)} characters long; keep it to ${String(MOVE_SUMMARY_CHARACTERS)}, one line on why the day moved, and put the rest in the notice's text`,
    ]);
    expect(moved('One line\nand another')).toEqual([
      `${file}: moves[0]: summary must be one line, for the feeds, the calendar and the banner`,
    ]);
  });

  it('refuses a branch not supported on the release day, and an advisory of other branches', () => {
    // Milex 1.0 of the fixture table ended in 2021.
    expect(problemsOf({ ...good, releaseDay: '2022-10-20', branches: ['1.0'] })).toEqual([
      `${file}: branches[0] Milex 1.0 is end of life on the release day, 2022-10-20: a security release is for supported branches only (src/data/releases.ts)`,
    ]);
    const released = (advisories: string[], branches = good.branches) =>
      problemsOf({ ...good, releaseDay: '2022-09-30', branches, released: { advisories } });
    expect(released(['MILEX-2022-001'])).toEqual([]);
    expect(released(['MILEX-2021-001'])).toEqual([
      `${file}: released.advisories[0] MILEX-2021-001 affects Milex 1.0, none of the notice's branches (1.2, 1.1): name the advisories of this release only`,
    ]);
  });

  it('meets a minor release and its line, either way round, and nothing of another major', () => {
    expect(branchesMeet('1.2', '1.2')).toBe(true);
    expect(branchesMeet('1.2', '1.x')).toBe(true);
    expect(branchesMeet('1.x', '1.0')).toBe(true);
    expect(branchesMeet('1.2', '1.1')).toBe(false);
    expect(branchesMeet('2.x', '1.2')).toBe(false);
  });

  it('refuses an id numbered in another year than it is published', () => {
    const name = 'notices/MILEX-SR-1999-001.md';
    const result = validateNotices([source({ ...good, id: 'MILEX-SR-1999-001' }, name)], checks);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      `${name}: id MILEX-SR-1999-001 is numbered in 1999, but published 2022-09-20 is in 2022: ids are numbered in the year they are published, as MILEX-SR-2022-001`,
    ]);
  });

  it('refuses a release day before the publication day, and days after the build day', () => {
    expect(problemsOf({ ...good, releaseDay: '2022-09-19' })).toEqual([
      `${file}: releaseDay 2022-09-19 is before published 2022-09-20: a notice comes before its release`,
    ]);
    expect(problemsOf({ ...good, published: '2022-10-02', releaseDay: '2022-10-20' })).toEqual([
      `${file}: published 2022-10-02 is after the build day, ${TODAY}: a notice is dated the day it is published, never later`,
    ]);
    expect(problemsOf({ ...good, releaseDay: '9999-01-01' })).toEqual([
      expect.stringContaining('releaseDay 9999-01-01 is outside the days the site can publish'),
    ]);
  });

  it('refuses a branch not in the table, a number for a branch, and a branch named twice', () => {
    expect(problemsOf({ ...good, branches: ['1.2', '7.0', 1.1, '1.2'] })).toEqual(
      expect.arrayContaining([
        expect.stringContaining('branches[1] "7.0" is not in src/data/releases.ts'),
        expect.stringContaining('branches[2] 1.1 is a number; put the branch in quotes'),
        expect.stringContaining('appears more than once'),
      ]),
    );
    expect(problemsOf({ ...good, branches: [] })).toEqual([
      expect.stringContaining('branches must list the release branches'),
    ]);
  });

  it('lists every problem at once, each at its field', () => {
    const result = validateNotices(
      [
        source({
          id: 'MILEX-2022-001',
          title: 'Two\nlines',
          published: '2022-9-20',
          releaseDay: 20221011,
          outOfSequence: 'yes',
          branches: ['1.2'],
          highestSeverity: 'severe',
          issues: 0,
          colour: 'red',
        }),
      ],
      checks,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ path }) => path[0])).toEqual(
      expect.arrayContaining([
        'colour',
        'id',
        'title',
        'published',
        'releaseDay',
        'outOfSequence',
        'highestSeverity',
        'issues',
      ]),
    );
    expect(result.problems).toHaveLength(8);
  });

  it('checks the moves: in order, after publication, not after the build day, each a change', () => {
    const moves = [
      { date: '2022-09-25', from: '2022-10-04', summary: 'First' },
      { date: '2022-09-22', from: '2022-10-11', summary: 'Second' },
      { date: '2022-10-02', from: '2022-09-01', summary: ' ', extra: 1 },
    ];
    const problems = problemsOf({ ...good, moves });
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}: moves[1]: date 2022-09-22 is before the move above it (2022-09-25): list them oldest first`,
        `${file}: moves[2]: date 2022-10-02 is after the build day, ${TODAY}: record a move on the day it is made`,
        expect.stringContaining('moves[2]: summary must say why the day moved'),
        expect.stringContaining('extra'),
      ]),
    );
    // The last move's day is the release day: "from" the same day is no move.
    expect(
      problemsOf({
        ...good,
        moves: [{ date: '2022-09-25', from: good.releaseDay, summary: 'No change' }],
      }),
    ).toEqual([
      `${file}: moves[0]: from ${good.releaseDay} is the day it moved to as well: a move changes the release day`,
    ]);
    expect(
      problemsOf({
        ...good,
        moves: Array.from({ length: NOTICE_LIMITS.moves + 1 }, () => moves[0]),
      }),
    ).toEqual([expect.stringContaining(`a notice records at most ${String(NOTICE_LIMITS.moves)}`)]);
  });

  it('checks a release: its day reached, its advisories published', () => {
    expect(problemsOf({ ...good, released: { advisories: ['MILEX-2022-001'] } })).toEqual([
      `${file}: released is set, but releaseDay 2022-10-11 is after the build day, ${TODAY}: if the release came early, record the move of its day in moves first`,
    ]);
    const past = { ...good, releaseDay: '2022-09-30' };
    expect(
      problemsOf({
        ...past,
        released: { advisories: ['MILEX-2022-009', 'nope', 'MILEX-2022-009'] },
      }),
    ).toEqual(
      expect.arrayContaining([
        `${file}: released.advisories[0] MILEX-2022-009 is not a published advisory: add advisories/MILEX-2022-009.md first, or correct the id`,
        `${file}: released.advisories[1] "nope" is not an advisory id such as MILEX-2026-001`,
      ]),
    );
    expect(problemsOf({ ...past, released: { advisories: [] } })).toEqual([
      expect.stringContaining('released.advisories must list the ids'),
    ]);
    expect(problemsOf({ ...past, released: true })).toEqual([
      expect.stringContaining('released must be { advisories: [ids] }'),
    ]);
  });

  it('refuses hidden characters and invisible text in every text field', () => {
    expect(problemsOf({ ...good, title: 'Release\u202E' })).toEqual([
      expect.stringContaining('title contains'),
    ]);
    expect(
      problemsOf({
        ...good,
        moves: [{ date: '2022-09-25', from: '2022-10-04', summary: '\u200B\u2060' }],
      }),
    ).toEqual([expect.stringContaining('summary must say why the day moved')]);
    expect(problemsOf({ ...good, title: 'A release \u{E0041}' })).toEqual([
      expect.stringContaining('title contains'),
    ]);
  });

  it('refuses a template placeholder once, and ids used twice or files misnamed', () => {
    expect(problemsOf({ ...good, title: 'FILL IN' })).toEqual([
      `${file}: title still holds the template's "FILL IN"; write it, or delete the field if it is optional and does not apply`,
    ]);
    const result = validateNotices([source(good), source(good, 'notices/other.md')], checks);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'notices/other.md: the file of notice MILEX-SR-2022-001 must be named MILEX-SR-2022-001.md',
      'id MILEX-SR-2022-001 is used by more than one notice: notices/MILEX-SR-2022-001.md, notices/other.md',
    ]);
  });

  it('sorts the notices by release day, latest first', () => {
    const second = { ...good, id: 'MILEX-SR-2022-002', releaseDay: '2022-10-20' };
    const result = validateNotices(
      [source(good), source(second, 'notices/MILEX-SR-2022-002.md')],
      checks,
    );
    expect(result.ok && result.value.map((n) => n.id)).toEqual([
      'MILEX-SR-2022-002',
      'MILEX-SR-2022-001',
    ]);
  });
});
