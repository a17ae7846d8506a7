import { describe, expect, it } from 'vitest';

import { affectedRange } from './range';

describe('affectedRange', () => {
  const range = (branch: string, versions: string | undefined, fixedIn: string[]) =>
    affectedRange(branch, versions, fixedIn);

  it("runs from the branch's first release to its fixed version by default", () => {
    expect(range('1.2', undefined, ['1.1.9', '1.2.3'])).toEqual({
      range: { introduced: '1.2.0', fixed: '1.2.3' },
    });
    expect(range('2.x', undefined, ['2.4.1'])).toEqual({
      range: { introduced: '2.0.0', fixed: '2.4.1' },
    });
  });

  it('takes the earliest fix on the branch when fixedIn lists several', () => {
    expect(range('2.x', undefined, ['2.4.1', '2.3.7'])).toEqual({
      range: { introduced: '2.0.0', fixed: '2.3.7' },
    });
  });

  it('reads >=, < and <= bounds', () => {
    expect(range('1.2', '>=1.2.1 <1.2.3', ['1.2.3'])).toEqual({
      range: { introduced: '1.2.1', fixed: '1.2.3' },
    });
    expect(range('1.0', '<=1.0.9', ['1.1.0'])).toEqual({
      range: { introduced: '1.0.0', lastAffected: '1.0.9' },
    });
    expect(range('1.2', '>=1.2.2', ['1.2.5'])).toEqual({
      range: { introduced: '1.2.2', fixed: '1.2.5' },
    });
  });

  it.each([
    ['1.0', undefined, ['1.1.0'], 'no version in fixedIn is a 1.0 release'],
    ['1.2', '>1.2.0', ['1.2.3'], '">1.2.0" is not ">=", "<" or "<="'],
    ['1.2', '>=1.2 <1.2.3', [], '">=1.2" is not'],
    ['1.2', '>=1.2.0 >=1.2.1 <1.2.3', [], 'two lower bounds'],
    ['1.2', '<1.2.3 <=1.2.4', [], 'two upper bounds'],
    ['1.2', '>=1.3.0 <1.3.2', [], 'the first affected version 1.3.0 is not a 1.2 release'],
    ['1.2', '>=1.2.5 <1.2.3', [], 'it ends (1.2.3) before it starts (1.2.5)'],
    ['1.2', '>=1.2.3 <1.2.3', [], 'it ends (1.2.3) before it starts (1.2.3)'],
  ])('refuses %s %s (fixed in %j)', (branch, versions, fixedIn, message) => {
    const result = range(branch, versions, fixedIn);
    expect('problem' in result && result.problem).toContain(message);
  });

  it('accepts a single affected version (>=X <=X)', () => {
    expect(range('1.2', '>=1.2.3 <=1.2.3', [])).toEqual({
      range: { introduced: '1.2.3', lastAffected: '1.2.3' },
    });
  });

  it('refuses a last affected version outside the branch, and a fix that fixedIn contradicts', () => {
    expect(affectedRange('1.2', '<=1.9.9', [])).toEqual({
      problem: 'the last affected version 1.9.9 is not a 1.2 release',
    });
    expect(affectedRange('1.2', '<1.2.3', ['1.2.5'])).toEqual({
      problem: 'it says the fix is 1.2.3, but fixedIn gives 1.2.5 for 1.2',
    });
  });

  it('keeps a range inside its branch: a fix on a later branch is not this branch’s', () => {
    // 1.2 with no fix of its own ends with its last affected version; the later fix goes in fixedIn.
    for (const bound of ['<1.3.0', '<2.0.0']) {
      expect(affectedRange('1.2', bound, [bound.slice(1)])).toEqual({
        problem: `it says the fix is ${bound.slice(1)}, which is not a 1.2 release: a range stays inside its branch. If 1.2 got no fix, end the range with "<=" and its last affected version, and list the release to move to in fixedIn`,
      });
    }
    expect(affectedRange('1.x', '<1.3.0', ['1.3.0'])).toEqual({
      range: { introduced: '1.0.0', fixed: '1.3.0' },
    });
  });

  it('refuses a "<" bound that names a fix fixedIn does not list', () => {
    expect(range('1.2', '>=1.2.0 <1.2.3', ['1.1.9'])).toEqual({
      problem:
        'it says the fix is 1.2.3, but fixedIn does not list 1.2.3: add it there, or end the range with "<=" and the last affected version',
    });
  });
});
