import { describe, expect, it } from 'vitest';

import { located, notUnder, SHOWN_PER_FILE, SHOWN_PER_KIND, summarized } from './problems';

describe('summarized', () => {
  it('shows a few of each kind, then counts the rest', () => {
    const problems = Array.from({ length: 10 }, (_, i) => ({
      file: 'a.md',
      path: [],
      message: `a.md: line ${String(i + 1)}: U+202E, hidden; delete it`,
    }));
    expect(summarized(problems).map((p) => p.message)).toEqual([
      ...problems.slice(0, SHOWN_PER_KIND).map((p) => p.message),
      'a.md: and 7 more problems like "line 1: U+202E, hidden; delete it"',
    ]);
  });

  it('shows at most SHOWN_PER_FILE lines of a file, however many kinds, then counts the rest', () => {
    const kinds = Array.from({ length: 500 }, (_, i) => ({
      file: 'a.md',
      path: [],
      message: `a.md: field${'x'.repeat(i + 1)} is wrong`,
    }));
    const other = { file: 'b.md', path: [], message: 'b.md: one problem' };
    const shown = summarized([...kinds, other]);
    expect(shown).toHaveLength(SHOWN_PER_FILE + 2);
    expect(shown.at(-2)?.message).toBe(
      `a.md: and ${String(500 - SHOWN_PER_FILE)} more lines of problems: fix those above, and build again to see the rest`,
    );
    expect(shown.at(-1)).toBe(other);
  });
});

describe('notUnder', () => {
  it('drops findings at or under a path that already has a problem', () => {
    const findings = [
      { path: ['z', 'aa'], message: 'z.aa' },
      { path: ['z'], message: 'z' },
      { path: ['za'], message: 'za' },
      { path: ['title'], message: 'title' },
    ];
    expect(notUnder(findings, [{ path: ['z'], message: 'unknown field "z"' }])).toEqual([
      { path: ['za'], message: 'za' },
      { path: ['title'], message: 'title' },
    ]);
  });
});

describe('located', () => {
  const problem = (message: string) => ({ file: 'notices/a.md', path: [], message });

  it('puts the file and line first, as compilers do, once', () => {
    expect(located(problem('notices/a.md: title is missing'), 4)).toBe(
      'notices/a.md:4: title is missing',
    );
    expect(located(problem('4.2: initialRelease is wrong'), 17)).toBe(
      'notices/a.md:17: 4.2: initialRelease is wrong',
    );
    expect(located(problem('notices/a.md: line 3: not valid YAML'), 3)).toBe(
      'notices/a.md:3: not valid YAML',
    );
  });

  it('leaves a problem whose line is not known as it is', () => {
    expect(located(problem('notices/a.md: the file is not UTF-8'), undefined)).toBe(
      'notices/a.md: the file is not UTF-8',
    );
  });
});
