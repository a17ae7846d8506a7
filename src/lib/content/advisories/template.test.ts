import { describe, expect, it } from 'vitest';

import { filledAdvisory } from '../../../../tests/fixtures/filledAdvisory';
import { fixtureReleases } from '../../../../tests/fixtures/releases';
import { PLACEHOLDER } from '../item';
import { validateAdvisories } from './validate';
import { readItemFile } from '../itemFile';
import { checkItemBody, type StaticLookup } from '../body';
import { advisoryTemplate, newAdvisoryFile, nextAdvisoryId } from './template';
import { advisoryExample } from '../../advisories/example';

/** A static/ folder with nothing in it: the text names no file of the site. */
const noStaticFiles: StaticLookup = () => 'missing';
const ADDRESS = { url: 'https://example.org', baseUrl: '/' };

describe('nextAdvisoryId', () => {
  it("takes the year's next free number, ignoring other years and other files", () => {
    expect(nextAdvisoryId([], 2026)).toBe('MILEX-2026-001');
    expect(nextAdvisoryId(['MILEX-2026-001', 'MILEX-2026-007', 'MILEX-2025-012'], 2026)).toBe(
      'MILEX-2026-008',
    );
    expect(nextAdvisoryId(['MILEX-2025-012', 'notes', 'MILEX-2026-1'], 2026)).toBe(
      'MILEX-2026-001',
    );
  });
});

describe('newAdvisoryFile', () => {
  it('names the next file from the names in the folder', () => {
    expect(newAdvisoryFile('advisories', ['README.md', 'MILEX-2026-001.md'], 2026)).toEqual({
      id: 'MILEX-2026-002',
      name: 'MILEX-2026-002.md',
    });
  });

  it('writes no id the build would refuse once a year has used all of its numbers', () => {
    expect(newAdvisoryFile('advisories', ['MILEX-2026-999.md'], 2026)).toEqual({
      problem:
        'advisories/ already has MILEX-2026-999, the last id of 2026 that the form MILEX-YYYY-NNN allows: no new id can be given this year',
    });
    expect(newAdvisoryFile('advisories', ['MILEX-2026-998.md'], 2026)).toEqual({
      id: 'MILEX-2026-999',
      name: 'MILEX-2026-999.md',
    });
  });

  it('writes no file beside one named in another case or extension, which the build would not read', () => {
    expect(newAdvisoryFile('advisories', ['milex-2026-001.md', 'MILEX-2026-002.mdx'], 2026)).toEqual({
      problem:
        'advisories/milex-2026-001.md, advisories/MILEX-2026-002.mdx: rename them to MILEX-2026-001.md, MILEX-2026-002.md first: the build reads only advisories named so, and a new file beside them could take the same id',
    });
    expect(newAdvisoryFile('advisories', ['MILEX-2026-001.MD'], 2026)).toEqual({
      problem:
        'advisories/MILEX-2026-001.MD: rename it to MILEX-2026-001.md first: the build reads only advisories named so, and a new file beside it could take the same id',
    });
  });
});

describe('advisoryTemplate', () => {
  const file = 'advisories/MILEX-2026-004.md';
  const text = advisoryTemplate({
    id: 'MILEX-2026-004',
    today: '2026-11-26',
    branches: ['1.2', '1.1'],
  });
  const read = readItemFile(file, text);

  it('is a readable advisory file with the id and the branches to choose from', () => {
    if ('problems' in read) throw new Error(read.problems.map((p) => p.message).join('\n'));
    expect(read.item.frontMatter).toMatchObject({ id: 'MILEX-2026-004' });
    // The day it goes public is the team's to decide: today is only the example.
    expect(text).toContain('such as 2026-11-26');
    expect(text).toContain("the branches are '1.2', '1.1'");
  });

  it('is refused until every placeholder is filled in, one message per field and per section', () => {
    if ('problems' in read) throw new Error(read.problems.map((p) => p.message).join('\n'));
    const checked = validateAdvisories([read.item], fixtureReleases);
    expect(checked.ok).toBe(false);
    const problems = checked.ok ? [] : checked.problems.map((p) => p.message);
    expect(problems).toEqual(
      [
        'title',
        'published',
        'severity',
        'cvss',
        'cve',
        'affected',
        'fixedIn',
        'credits',
        'summary',
      ].map(
        (field) =>
          `${file}: ${field} still holds the template's "${PLACEHOLDER}"; write it, or delete the field if it is optional and does not apply`,
      ),
    );
    const body = checkItemBody(read.item.body, {
      url: 'https://example.org',
      baseUrl: '/',
    }, noStaticFiles);
    expect(body.problems).toHaveLength(4);
    for (const { message } of body.problems) {
      expect(message).toMatch(
        /^the text still holds the template's "FILL IN" \(line \d+ of the text\): write it$/,
      );
    }
  });

  it('is accepted once filled in, optional fields deleted', () => {
    const filled = filledAdvisory({
      id: 'MILEX-2026-004',
      today: '2026-11-26',
      branches: ['1.2', '1.1'],
      branch: '1.2',
      fixedIn: '1.2.3',
    });
    const again = readItemFile(file, filled);
    if ('problems' in again) throw new Error(again.problems.map((p) => p.message).join('\n'));
    expect(validateAdvisories([again.item], fixtureReleases)).toMatchObject({ ok: true });
    expect(
      checkItemBody(again.item.body, { url: 'https://example.org', baseUrl: '/' }, noStaticFiles)
        .problems,
    ).toEqual([]);
  });
});

describe('advisoryExample', () => {
  const accepted = (example: ReturnType<typeof advisoryExample>, today: string) => {
    if (example === undefined) throw new Error('expected an example');
    const read = readItemFile(example.file, example.text);
    if ('problems' in read) throw new Error(read.problems.map((p) => p.message).join('\n'));
    expect(
      validateAdvisories(
        [{ file: example.file, frontMatter: read.item.frontMatter }],
        fixtureReleases,
        today,
      ),
    ).toMatchObject({ ok: true });
    expect(checkItemBody(read.item.body, ADDRESS, noStaticFiles).problems).toEqual([]);
  };

  it('is an advisory the build accepts, dated the day, for the release to run that day', () => {
    // On the fixture day 1.2 is in active support, and 1.1 in security support only.
    const example = advisoryExample(fixtureReleases, '2022-10-01');
    expect(example).toMatchObject({
      published: '2022-10-01',
      branch: '1.2',
      file: 'advisories/MILEX-2022-001.md',
    });
    expect(example?.text).toContain("affected:\n  - '1.2'\nfixedIn:\n  - 1.2.4\n");
    accepted(example, '2022-10-01');
  });

  it('is dated the last day a release was supported, while the table supports none', () => {
    // 2.x, the last supported, ends on 2025-09-01.
    const example = advisoryExample(fixtureReleases, '2026-12-01');
    expect(example).toMatchObject({ published: '2025-09-01', branch: '2.x' });
    expect(example?.text).toContain('  - 2.0.4\n');
    accepted(example, '2026-12-01');
  });

  it('is none before the table has supported any release', () => {
    expect(advisoryExample(fixtureReleases, '2021-01-01')).toBeUndefined();
  });
});
