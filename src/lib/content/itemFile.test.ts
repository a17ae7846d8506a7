import { describe, expect, it } from 'vitest';

import { readItemFile } from './itemFile';

const file = 'advisories/MILEX-2026-001.md';

/** What the reader says of `text`, each problem as its message and line. */
const problemsIn = (text: string): readonly { message: string; line?: number }[] => {
  const read = readItemFile(file, text);
  return 'problems' in read ? read.problems.map(({ message, line }) => ({ message, line })) : [];
};

describe('readItemFile', () => {
  it('splits the front matter from the body and keeps dates as written', () => {
    const read = readItemFile(
      file,
      '---\nid: MILEX-2026-001\npublished: 2026-03-01\naffected:\n  - "1.0"\n---\n\n## Impact\n\nText.\n',
    );
    expect(read).toEqual({
      item: {
        file,
        frontMatter: { id: 'MILEX-2026-001', published: '2026-03-01', affected: ['1.0'] },
        body: '## Impact\n\nText.',
        // Where the text starts in the file, and the front matter as written (from line 2).
        bodyLine: 8,
        yaml: 'id: MILEX-2026-001\npublished: 2026-03-01\naffected:\n  - "1.0"',
      },
    });
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const read = readItemFile(file, '\uFEFF---\r\nid: MILEX-2026-001\r\n---\r\nBody.\r\n');
    expect('item' in read && read.item.frontMatter).toEqual({ id: 'MILEX-2026-001' });
  });

  it('refuses a file without front matter', () => {
    expect(problemsIn('# MILEX-2026-001\n\nText.')).toEqual([
      {
        message: `${file}: the file must start with front matter: a line "---", the fields, and another "---"`,
        line: 1,
      },
    ]);
  });

  it('names the line of a YAML mistake, counted in the file', () => {
    const found = problemsIn('---\nid: MILEX-2026-001\ntitle: [unclosed\n---\nBody.\n');
    expect(found).toEqual([
      {
        message: expect.stringMatching(
          /^advisories\/MILEX-2026-001\.md: line \d+: the front matter is not valid YAML: /,
        ) as unknown,
        line: expect.any(Number) as unknown,
      },
    ]);
    expect(found[0]?.message).toContain(`line ${String(found[0]?.line)}:`);
  });

  it('refuses a field given twice', () => {
    const [found] = problemsIn('---\nid: A\nid: B\n---\nBody.\n');
    expect(found?.message).toMatch(
      /^advisories\/MILEX-2026-001\.md: line 3: the front matter is not valid YAML: .*unique/i,
    );
    expect(found?.line).toBe(3);
  });

  it('refuses YAML anchors and aliases, with their lines, and never expands them', () => {
    // A "billion laughs": each line doubles the one before it.
    const bomb = [
      'a: &a ["x", "x"]',
      ...Array.from(
        { length: 30 },
        (_, i) =>
          `${String.fromCharCode(98 + (i % 24))}${String(i)}: &l${String(i)} [*${i === 0 ? 'a' : `l${String(i - 1)}`}, *${i === 0 ? 'a' : `l${String(i - 1)}`}]`,
      ),
    ].join('\n');
    expect(problemsIn(`---\nid: MILEX-2026-001\n${bomb}\n---\nBody.\n`)[0]).toEqual({
      message: `${file}: line 3: the front matter uses a YAML anchor (&a); write each value out in full`,
      line: 3,
    });
    // An alias to an anchor that does not exist: named, not a stack trace.
    expect(problemsIn('---\nid: MILEX-2026-001\ntitle: *nowhere\n---\nBody.\n')).toEqual([
      {
        message: `${file}: line 3: the front matter uses a YAML alias (*nowhere); write each value out in full`,
        line: 3,
      },
    ]);
  });

  it('refuses hidden characters anywhere in the file, each with its line', () => {
    expect(
      problemsIn(
        '---\nid: MILEX-2026-001\ntitle: "Bad\u0085title"\n---\n## Impact\n\nRun admin\u202Etxt.exe now.\n',
      ),
    ).toEqual([
      { message: `${file}: line 3: U+0085, an invisible control character; delete it`, line: 3 },
      {
        message: `${file}: line 7: U+202E, a bidirectional-text control character (it can make text show differently from how it is stored); delete it`,
        line: 7,
      },
    ]);
  });

  it('refuses an empty body', () => {
    expect(problemsIn('---\nid: MILEX-2026-001\n---\n\n  \n')).toEqual([
      {
        message: `${file}: the text after the front matter is empty: explain the impact, the affected setups, the fix and any workaround`,
        line: undefined,
      },
    ]);
  });
});
