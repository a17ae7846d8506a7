import { describe, expect, it } from 'vitest';

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
      'Ada: url must be an https:// address, got "http://example.org/ada"',
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
