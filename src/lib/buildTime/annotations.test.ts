// cspell:ignore Anext -- "%0A" then "next": an escaped line break in a workflow command
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { markedLine, markers } from '../../../tests/fixtures/badDataMarkers';
import { releases as badReleases } from '../../../tests/fixtures/badData/releases';
import { team as badTeam } from '../../../tests/fixtures/badData/team';
import { fixtureReleases } from '../../../tests/fixtures/releases';
import { validateAdvisories } from '../content/advisories/validate';
import { readItemFile } from '../content/itemFile';
import { checkItemBody, type StaticLookup } from '../content/body';
import type { Validation } from '../formats/problems';
import {
  dataFileLine,
  dataListEnd,
  errorCommand,
  frontMatterLine,
  inGitHubActions,
} from './annotations';
import { validateReleases } from '../releases/validate';
import { validateTeam } from '../team/validate';

/** A static/ folder with nothing in it: the text names no file of the site. */
const noStaticFiles: StaticLookup = () => 'missing';

const BAD = 'tests/fixtures/badData';

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

describe('dataFileLine and dataListEnd, from the TypeScript syntax tree', () => {
  const source = [
    "import type { Release } from '../lib/releases/model';", // 1
    '// Not the data: x = [ { a: 1 } ]', // 2
    'export const releases = [', // 3
    '  {', // 4
    "    branch: '1.0', // a } here", // 5
    "    note: 'a } and a ] and a \\' quote',", // 6
    '  },', // 7
    "  { branch: \"2.x\", 'initialRelease': '2023-01-01' },", // 8
    '  /* { branch: "9.9" } */', // 9
    "  '3.0',", // 10
    '] as const satisfies readonly Release[];', // 11
    'export const more = [{ branch: "no" }];', // 12
  ].join('\n');

  it('finds the field of an entry, the entry, and the list, not fooled by strings and comments', async () => {
    expect(await dataFileLine(source, [0, 'note'])).toBe(6);
    expect(await dataFileLine(source, [1, 'initialRelease'])).toBe(8);
    // A field the entry lacks (one "is missing"), or an entry that is not an object: the entry.
    expect(await dataFileLine(source, [0, 'securitySupportUntil'])).toBe(4);
    expect(await dataFileLine(source, [2, 'branch'])).toBe(10);
    expect(await dataFileLine(source, [])).toBe(3);
    expect(await dataFileLine(source, [7])).toBe(3);
  });

  it('finds where the list ends, and nothing in a file with no list', async () => {
    const end = await dataListEnd(source);
    expect(source.slice(end, (end ?? 0) + 2)).toBe('] ');
    expect(await dataListEnd('export const x = 1;')).toBeUndefined();
    expect(await dataFileLine('export const x = 1;', [0])).toBeUndefined();
  });
});

/** The line each of `result`'s problems is reported at. */
async function dataLines(
  text: string,
  result: Validation<unknown>,
): Promise<{ messages: string[]; lineOf: (message: string) => number | undefined }> {
  if (result.ok) throw new Error('the bad fixture was accepted');
  const lines = new Map(
    await Promise.all(
      result.problems.map(
        async ({ message, path }) => [message, await dataFileLine(text, path)] as const,
      ),
    ),
  );
  return { messages: result.problems.map((p) => p.message), lineOf: (m) => lines.get(m) };
}

describe('the line of each problem, on the bad release and team fixtures', () => {
  it('points every release problem at its entry, and at the field when it has one', async () => {
    const text = readFileSync(`${BAD}/releases.ts`, 'utf8');
    const { messages, lineOf } = await dataLines(text, validateReleases(badReleases));
    expectEveryProblemAtItsMarker(text, messages, lineOf);
  });

  it('does the same for the team', async () => {
    const text = readFileSync(`${BAD}/team.ts`, 'utf8');
    const { messages, lineOf } = await dataLines(text, validateTeam(badTeam));
    expectEveryProblemAtItsMarker(text, messages, lineOf);
  });

  it('follows a path into nested objects and lists, as src/data/site.ts writes its links', async () => {
    const source = [
      'export const site = withUriAddresses({',
      "  title: 'T',",
      '  reportChannels: [',
      '    {',
      "      kind: 'platform',",
      "      url: 'https://x.example',",
      '    },',
      '  ] satisfies readonly ReportChannel[],',
      '} as const);',
      'export const routes = { home: "/" };',
    ].join('\n');
    expect(await dataFileLine(source, ['reportChannels', 0, 'url'])).toBe(6);
    expect(await dataFileLine(source, ['reportChannels', 0, 'missing'])).toBe(4);
    expect(await dataFileLine(source, ['reportChannels', 1])).toBe(3);
    expect(await dataFileLine(source, ['title'])).toBe(2);
  });

  it('finds the fields of the real src/data/site.ts, whatever they hold', async () => {
    const source = readFileSync('src/data/site.ts', 'utf8');
    const lines = source.split('\n');
    const at = async (path: (string | number)[]): Promise<string> =>
      lines[((await dataFileLine(source, path)) ?? 0) - 1] ?? '';
    expect(await at(['title'])).toMatch(/^\s*title:/);
    expect(await at(['reportChannels', 0, 'kind'])).toMatch(/\bkind:/);
    expect(await at(['csaf', 'publisher', 'namespace'])).toMatch(/^\s*namespace:/);
  });

  it('points a problem with the whole list at the list', async () => {
    const result = validateReleases([]);
    if (result.ok) throw new Error('accepted');
    expect(result.problems[0]?.path).toEqual([]);
    expect(await dataFileLine('\nexport const releases = [];\n', [])).toBe(2);
  });
});

describe('the line of each problem, on the bad advisory fixture', () => {
  it('points every problem at its front-matter field, list item or line of the text', () => {
    const file = 'advisories/MILEX-2026-001.md';
    const text = readFileSync(`${BAD}/MILEX-2026-001.md`, 'utf8');
    const read = readItemFile(file, text);
    if ('problems' in read) throw new Error(read.problems.map((p) => p.message).join('\n'));
    const { item: advisory } = read;
    const checked = validateAdvisories([advisory], fixtureReleases);
    if (checked.ok) throw new Error('the bad fixture was accepted');
    const lines = new Map<string, number | undefined>([
      ...checked.problems.map(
        ({ message, path }) => [message, frontMatterLine(advisory.yaml, path)] as const,
      ),
      ...checkItemBody(
        advisory.body,
        {
          url: 'https://example.org',
          baseUrl: '/',
        },
        noStaticFiles,
      ).problems.map(
        ({ message, line }) =>
          [
            `${file}: ${message}`,
            line === undefined ? undefined : advisory.bodyLine + line - 1,
          ] as const,
      ),
    ]);
    expectEveryProblemAtItsMarker(
      text,
      [...lines.keys()].map((message) => message.slice(`${file}: `.length)),
      (rest) => lines.get(`${file}: ${rest}`),
    );
  });

  it('reads the front matter where the file reader does, not to an indented "---" in a field', () => {
    const read = readItemFile(
      'a.md',
      ['---', 'summary: |', '  One.', '  ---', 'severity: urgent', '---', '', 'Text.'].join('\n'),
    );
    if ('problems' in read) throw new Error('not read');
    expect(frontMatterLine(read.item.yaml, ['severity'])).toBe(5);
    expect(read.item.bodyLine).toBe(8);
  });

  it('gives a YAML error its own line, and a file without front matter line 1', () => {
    const bad = readItemFile('a.md', '---\na: [\n---\n');
    const none = readItemFile('a.md', 'no front matter');
    expect('problems' in bad && bad.problems[0]?.line).toBe(2);
    expect('problems' in none && none.problems[0]?.line).toBe(1);
  });
});
