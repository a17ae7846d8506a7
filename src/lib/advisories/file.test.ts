import { describe, expect, it } from 'vitest';

import { readAdvisoryFile } from './file';

const file = 'advisories/MILEX-2026-001.md';

describe('readAdvisoryFile', () => {
  it('splits the front matter from the body and keeps dates as written', () => {
    const read = readAdvisoryFile(
      file,
      '---\nid: MILEX-2026-001\npublished: 2026-03-01\naffected:\n  - "1.0"\n---\n\n## Impact\n\nText.\n',
    );
    expect(read).toEqual({
      advisory: {
        file,
        frontMatter: { id: 'MILEX-2026-001', published: '2026-03-01', affected: ['1.0'] },
        body: '## Impact\n\nText.',
      },
    });
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const read = readAdvisoryFile(file, '\uFEFF---\r\nid: MILEX-2026-001\r\n---\r\nBody.\r\n');
    expect('advisory' in read && read.advisory.frontMatter).toEqual({ id: 'MILEX-2026-001' });
  });

  it('refuses a file without front matter', () => {
    expect(readAdvisoryFile(file, '# MILEX-2026-001\n\nText.')).toEqual({
      problems: [
        `${file}: the file must start with front matter: a line "---", the fields, and another "---"`,
      ],
    });
  });

  it('names the line of a YAML mistake, counted in the file', () => {
    const read = readAdvisoryFile(file, '---\nid: MILEX-2026-001\ntitle: [unclosed\n---\nBody.\n');
    expect('problems' in read && read.problems).toEqual([
      expect.stringMatching(
        /^advisories\/MILEX-2026-001\.md: line \d+: the front matter is not valid YAML: /,
      ),
    ]);
  });

  it('refuses a field given twice', () => {
    const read = readAdvisoryFile(file, '---\nid: A\nid: B\n---\nBody.\n');
    expect('problems' in read && read.problems[0]).toMatch(
      /^advisories\/MILEX-2026-001\.md: line 3: the front matter is not valid YAML: .*unique/i,
    );
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
    const read = readAdvisoryFile(file, `---\nid: MILEX-2026-001\n${bomb}\n---\nBody.\n`);
    expect('problems' in read && read.problems[0]).toBe(
      `${file}: line 3: the front matter uses a YAML anchor (&a); write each value out in full`,
    );
    // An alias to an anchor that does not exist: named, not a stack trace.
    expect(
      readAdvisoryFile(file, '---\nid: MILEX-2026-001\ntitle: *nowhere\n---\nBody.\n'),
    ).toEqual({
      problems: [
        `${file}: line 3: the front matter uses a YAML alias (*nowhere); write each value out in full`,
      ],
    });
  });

  it('refuses hidden characters anywhere in the file, each with its line', () => {
    const read = readAdvisoryFile(
      file,
      '---\nid: MILEX-2026-001\ntitle: "Bad\u0085title"\n---\n## Impact\n\nRun admin\u202Etxt.exe now.\n',
    );
    expect(read).toEqual({
      problems: [
        `${file}: line 3: U+0085, an invisible control character; delete it`,
        `${file}: line 7: U+202E, a bidirectional-text control character (it can make text show differently from how it is stored); delete it`,
      ],
    });
  });

  it('refuses an empty body', () => {
    expect(readAdvisoryFile(file, '---\nid: MILEX-2026-001\n---\n\n  \n')).toEqual({
      problems: [
        `${file}: the text after the front matter is empty: explain the impact, the affected setups, the fix and any workaround`,
      ],
    });
  });
});
