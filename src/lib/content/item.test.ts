import { describe, expect, it } from 'vitest';

import {
  duplicateIdProblems,
  fileNameProblems,
  type IdRules,
  type ItemSource,
  PLACEHOLDER,
  withUnfilledFields,
} from './item';

const rules: IdRules = { noun: 'advisory', idForm: /^MILEX-\d{4}-\d{3}$/ };
const source = (file: string, frontMatter: unknown): ItemSource => ({ file, frontMatter });
const good = { id: 'MILEX-2022-001' };

describe('fileNameProblems', () => {
  it('wants each file named after its id, and leaves a wrong id to its own check', () => {
    expect(
      fileNameProblems(
        [
          source('advisories/MILEX-2022-001.md', good),
          source('advisories/xss.md', good),
          source('advisories/bad-id.md', { id: 'MILEX-22' }),
          source('advisories/none.md', undefined),
        ],
        rules,
      ),
    ).toEqual([
      {
        file: 'advisories/xss.md',
        path: ['id'],
        message:
          'advisories/xss.md: the file of advisory MILEX-2022-001 must be named MILEX-2022-001.md',
      },
    ]);
  });
});

describe('duplicateIdProblems', () => {
  it('names every file of an id used twice, at the last of them, once', () => {
    expect(
      duplicateIdProblems(
        [
          source('a/x.md', good),
          source('a/y.md', { id: 'MILEX-2022-002' }),
          source('a/z.md', good),
        ],
        { ...rules, noun: 'notice' },
      ),
    ).toEqual([
      {
        file: 'a/z.md',
        path: ['id'],
        message: 'id MILEX-2022-001 is used by more than one notice: a/x.md, a/z.md',
      },
    ]);
  });
});

describe('withUnfilledFields', () => {
  it("puts one message in place of a field's others while it holds the placeholder", () => {
    const data = { title: `${PLACEHOLDER}: a title`, credits: [{ name: PLACEHOLDER }], id: 'x' };
    const findings = [
      { path: ['title'], message: 'title is too long' },
      { path: ['id'], message: 'id is wrong' },
    ];
    expect(withUnfilledFields('a.md', data, findings).map(({ message }) => message)).toEqual([
      'id is wrong',
      `a.md: title still holds the template's "${PLACEHOLDER}"; write it, or delete the field if it is optional and does not apply`,
      `a.md: credits still holds the template's "${PLACEHOLDER}"; write it, or delete the field if it is optional and does not apply`,
    ]);
  });
});
