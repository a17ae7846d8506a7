import { describe, expect, it } from 'vitest';

import { asUri } from '../site/addresses';
import { assertValidTeam, validateTeam } from './validate';

describe('validateTeam', () => {
  // The real src/data/team.ts is checked by the build, which names any problem and its line.
  it('accepts an empty team', () => {
    expect(validateTeam([]).ok).toBe(true);
  });

  it('accepts members with and without role and link', () => {
    const members = [
      { name: 'Ada' },
      { name: 'Grace', role: 'Triage', url: 'https://example.org/grace' },
    ];
    expect(validateTeam(members)).toEqual({ ok: true, value: members });
  });

  it('lists every problem at once', () => {
    const result = validateTeam([
      { name: 'Ada', url: 'http://example.org/ada' },
      { name: '' },
      { name: 'Ada', rol: 'Triage' },
      'Grace',
    ]);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      'Ada: url "http://example.org/ada" must be an https:// address, not http:',
      'row 2: name must be non-empty text, got ""',
      'Ada: unknown field "rol" (the fields are "name", "role", "url")',
      'row 4: expected a member { name, ... }, got "Grace"',
      'Ada: name appears more than once (rows 1 and 3)',
    ]);
  });

  it('throws for the build, naming the file', () => {
    expect(() => assertValidTeam('nobody')).toThrow(
      'src/data/team.ts has 1 problem:\n  - team must be a list of members, got "nobody"\nFix it in src/data/team.ts',
    );
  });
});

describe('validateTeam: what a reader cannot see', () => {
  it('refuses hidden characters and names that show nothing, in every field', () => {
    const result = validateTeam([
      { name: 'Eve\u202Egnp.exe' },
      { name: '\u2060\u200D' },
      { name: 'Bob', role: 'Triage\u{E0041}' },
    ]);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.message])).toEqual([
      [
        [0, 'name'],
        'team[0].name contains U+202E, a bidirectional-text control character (it can make text show differently from how it is stored); delete it',
      ],
      [[1, 'name'], 'team[1].name contains U+2060, an invisible space or filler; delete it'],
      [
        [2, 'role'],
        'team[2].role contains U+E0041, an invisible Unicode tag character (it can carry text no reader sees); delete it',
      ],
    ]);
    const joinerOnly = validateTeam([{ name: '\u200D' }]);
    expect(joinerOnly.ok ? [] : joinerOnly.problems.map((p) => p.message)).toEqual([
      'team[0].name shows nothing: it holds only invisible characters',
    ]);
  });

  it('takes a profile address typed in Unicode (the page links to its URI)', () => {
    // cspell:disable-next-line -- an address in Unicode
    const url = 'https://jürgen.example/über';
    expect(validateTeam([{ name: 'Jürgen', url }]).ok).toBe(true);
    expect(asUri(url)).toBe(new URL(url).href);
    expect(asUri(url)).toMatch(/^https:\/\/xn--/);
  });
});
