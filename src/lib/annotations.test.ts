// cspell:ignore Anext -- "%0A" then "next": an escaped line break in a workflow command
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { markedLine, markers } from '../../tests/fixtures/bad-data-markers';
import { releases as badReleases } from '../../tests/fixtures/bad-data/releases';
import { team as badTeam } from '../../tests/fixtures/bad-data/team';
import { fixtureReleases } from '../../tests/fixtures/releases';
import { validateAdvisories } from './advisories/validate';
import { readAdvisoryFile } from './advisories/file';
import { checkAdvisoryBody } from './advisories/body';
import {
  advisoryProblemLine,
  arrayEntries,
  entryProblemLine,
  errorCommand,
  inGitHubActions,
} from './annotations';
import { validateReleases } from './releases/validate';
import { validateTeam } from './team';

const BAD = 'tests/fixtures/bad-data';

/** Each problem against the line its marker names, and every marker used at least once. */
function expectEveryProblemAtItsMarker(
  text: string,
  problems: readonly string[],
  lineOf: (problem: string) => number | undefined,
): void {
  expect(problems.length).toBeGreaterThan(0);
  const found = problems.map((problem) => [problem, lineOf(problem)]);
  const expected = problems.map((problem) => [problem, markedLine(text, problem)]);
  expect(found).toEqual(expected);
  const used = new Set(expected.map(([, line]) => line));
  for (const marker of markers(text)) expect(used, marker.start).toContain(marker.line);
}

describe('errorCommand', () => {
  it('writes a GitHub Actions error with the file, line and title', () => {
    expect(
      errorCommand({ file: 'src/data/releases.ts', line: 12, title: 'Bad data', message: 'x' }),
    ).toBe('::error file=src/data/releases.ts,line=12,title=Bad data::x');
  });

  it('leaves the line out for a problem with the whole file', () => {
    expect(errorCommand({ file: 'a.md', title: 'T', message: 'm' })).toBe(
      '::error file=a.md,title=T::m',
    );
  });

  it("escapes what would end a property or the command: %, new lines, and in properties ':' and ','", () => {
    expect(
      errorCommand({
        file: 'a,b:c.md',
        line: 1,
        title: 'x: y, z',
        message: '100% bad\r\nnext: a, b',
      }),
    ).toBe('::error file=a%2Cb%3Ac.md,line=1,title=x%3A y%2C z::100%25 bad%0D%0Anext: a, b');
  });
});

describe('inGitHubActions', () => {
  it('is true only where Actions says so', () => {
    expect(inGitHubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(inGitHubActions({})).toBe(false);
    expect(inGitHubActions({ GITHUB_ACTIONS: '' })).toBe(false);
  });
});

describe('arrayEntries', () => {
  it('finds each entry and field of a data file, not fooled by strings and comments', () => {
    const source = [
      "import type { Release } from '../lib/types';", // 1
      '// Not the data: x = [ { a: 1 } ]', // 2
      'export const releases: readonly Release[] = [', // 3
      '  {', // 4
      "    branch: '1.0', // a } here", // 5
      "    note: 'a } and a ] and a \\' quote',", // 6
      '  },', // 7
      "  { branch: \"2.x\", 'initialRelease': '2023-01-01' },", // 8
      '  /* { branch: "9.9" } */', // 9
      '];', // 10
      'export const more = [{ branch: "no" }];', // 11
    ].join('\n');
    const located = arrayEntries(source, 'branch');
    expect(located?.line).toBe(3);
    expect(source.slice(located?.end, (located?.end ?? 0) + 3)).toBe('];\n');
    expect(
      located?.entries.map((entry) => ({ ...entry, fields: Object.fromEntries(entry.fields) })),
    ).toEqual([
      { line: 4, key: '1.0', fields: { branch: 5, note: 6 } },
      { line: 8, key: '2.x', fields: { branch: 8, initialRelease: 8 } },
    ]);
  });

  it('finds an empty list, and nothing in a file with no list', () => {
    expect(arrayEntries('export const team: readonly T[] = [];', 'name')).toEqual({
      line: 1,
      entries: [],
      end: 35,
    });
    expect(arrayEntries('export const x = 1;', 'name')).toBeUndefined();
  });
});

describe('entryProblemLine, on the bad release and team fixtures', () => {
  it('points every release problem at its entry, and at the field when it has one', () => {
    const text = readFileSync(`${BAD}/releases.ts`, 'utf8');
    const result = validateReleases(badReleases);
    if (result.ok) throw new Error('the bad fixture was accepted');
    const located = arrayEntries(text, 'branch');
    expectEveryProblemAtItsMarker(text, result.problems, (problem) =>
      entryProblemLine(problem, located),
    );
  });

  it('does the same for the team', () => {
    const text = readFileSync(`${BAD}/team.ts`, 'utf8');
    const result = validateTeam(badTeam);
    if (result.ok) throw new Error('the bad fixture was accepted');
    const located = arrayEntries(text, 'name');
    expectEveryProblemAtItsMarker(text, result.problems, (problem) =>
      entryProblemLine(problem, located),
    );
  });

  it('reads escapes in keys, and counts every element of the list as a row', () => {
    const source = [
      'export const team = [', // 1
      "  'Grace',", // 2
      '  {', // 3
      "    name: 'Ada O\\'Neil',", // 4
      "    url: 'http://example.org',", // 5
      '  },', // 6
      '];', // 7
    ].join('\n');
    const located = arrayEntries(source, 'name');
    expect(entryProblemLine('row 1: expected a member { name, ... }, got "Grace"', located)).toBe(
      2,
    );
    expect(entryProblemLine("Ada O'Neil: url must be an https:// address", located)).toBe(5);
  });

  it('points a problem with the whole list at the list', () => {
    const located = arrayEntries('\nexport const releases = [];\n', 'branch');
    expect(
      entryProblemLine(
        'releases is empty: the supported-versions table needs at least one release',
        located,
      ),
    ).toBe(2);
  });
});

describe('advisoryProblemLine, on the bad advisory fixture', () => {
  it('points every problem at its front-matter field, list item or line of the text', () => {
    const file = 'advisories/MILEX-2026-001.md';
    const text = readFileSync(`${BAD}/MILEX-2026-001.md`, 'utf8');
    const read = readAdvisoryFile(file, text);
    if ('problems' in read) throw new Error(read.problems.join('\n'));
    const checked = validateAdvisories([read.advisory], fixtureReleases);
    if (checked.ok) throw new Error('the bad fixture was accepted');
    const body = checkAdvisoryBody(read.advisory.body, {
      url: 'https://example.org',
      baseUrl: '/',
    }).problems.map((problem) => `${file}: ${problem}`);
    const problems = [...checked.problems, ...body].map((problem) =>
      problem.slice(`${file}: `.length),
    );
    expectEveryProblemAtItsMarker(text, problems, (problem) => advisoryProblemLine(text, problem));
  });

  it('ends the front matter where the file reader does, not at an indented "---" in a field', () => {
    const text = [
      '---',
      'summary: |',
      '  One.',
      '  ---',
      'severity: urgent',
      '---',
      '',
      'Text.',
    ].join('\n');
    expect(advisoryProblemLine(text, 'severity "urgent" is not one of')).toBe(5);
  });

  it('takes the line a YAML error names, and points a file without front matter at line 1', () => {
    expect(
      advisoryProblemLine('---\na: [\n---\n', 'line 2: the front matter is not valid YAML'),
    ).toBe(2);
    expect(advisoryProblemLine('no front matter', 'the file must start with front matter')).toBe(1);
  });
});
