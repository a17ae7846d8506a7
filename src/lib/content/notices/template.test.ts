import { describe, expect, it } from 'vitest';

import { filledNotice } from '../../../../tests/fixtures/filledNotice';
import { fixtureReleases } from '../../../../tests/fixtures/releases';
import { checkItemBody, type StaticLookup } from '../body';
import { readItemFile } from '../itemFile';
import { PLACEHOLDER } from '../item';
import { addDays } from '../../formats/dates';
import { statesOn } from '../../releases/lifecycle';
import { isSupported } from '../../releases/model';
import { NOTICE_DAYS } from '../../notices/model';
import { noticeExample } from '../../notices/example';
import { newNoticeFile, noticeTemplate } from './template';
import { validateNotices } from './validate';

/** A static/ folder with nothing in it: the text names no file of the site. */
const noStaticFiles: StaticLookup = () => 'missing';

const TODAY = '2022-10-01';
const ADDRESS = { url: 'https://example.org', baseUrl: '/' };
const checks = { releases: fixtureReleases, today: TODAY, advisories: new Map<string, string[]>() };
const file = 'notices/MILEX-SR-2022-004.md';
const branches = fixtureReleases.map((release) => release.branch);
const text = noticeTemplate({ id: 'MILEX-SR-2022-004', today: TODAY, branches });

function read(written: string) {
  const result = readItemFile(file, written);
  if ('problems' in result) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.item;
}

describe('newNoticeFile', () => {
  it("names the year's next notice, beside advisories' and other years' ids", () => {
    expect(
      newNoticeFile('notices', ['README.md', 'MILEX-SR-2022-001.md', 'MILEX-SR-2021-007.md'], 2022),
    ).toEqual({ id: 'MILEX-SR-2022-002', name: 'MILEX-SR-2022-002.md' });
    expect(newNoticeFile('notices', ['MILEX-2022-005.md'], 2022)).toEqual({
      id: 'MILEX-SR-2022-001',
      name: 'MILEX-SR-2022-001.md',
    });
  });

  it('writes no id past 999, and no file beside one named in another case', () => {
    expect(newNoticeFile('notices', ['MILEX-SR-2022-999.md'], 2022)).toEqual({
      problem:
        'notices/ already has MILEX-SR-2022-999, the last id of 2022 that the form MILEX-SR-YYYY-NNN allows: no new id can be given this year',
    });
    expect(newNoticeFile('notices', ['milex-sr-2022-001.md'], 2022)).toEqual({
      problem:
        'notices/milex-sr-2022-001.md: rename it to MILEX-SR-2022-001.md first: the build reads only notices named so, and a new file beside it could take the same id',
    });
  });
});

describe('noticeTemplate', () => {
  it('is a readable notice file, published today, with the branches to choose from', () => {
    expect(read(text).frontMatter).toMatchObject({ id: 'MILEX-SR-2022-004', published: TODAY });
    expect(text).toContain(`not before ${addDays(TODAY, NOTICE_DAYS)}`);
    expect(text).toContain(`the branches are ${branches.map((b) => `'${b}'`).join(', ')}`);
  });

  it('is refused until every placeholder is filled in, one message per field and for the text', () => {
    const notice = read(text);
    const checked = validateNotices([{ file, frontMatter: notice.frontMatter }], checks);
    expect(checked.ok ? [] : checked.problems.map((p) => p.message)).toEqual(
      ['title', 'releaseDay', 'outOfSequence', 'branches', 'highestSeverity', 'issues'].map(
        (field) =>
          `${file}: ${field} still holds the template's "${PLACEHOLDER}"; write it, or delete the field if it is optional and does not apply`,
      ),
    );
    expect(
      checkItemBody(notice.body, ADDRESS, noStaticFiles).problems.map((p) => p.message),
    ).toEqual([
      `the text still holds the template's "${PLACEHOLDER}" (line 1 of the text): write it`,
    ]);
  });

  it('is accepted once filled in as a maintainer would, optional fields deleted', () => {
    // A branch in security support on the release day the filled notice sets.
    const releaseDay = addDays(TODAY, NOTICE_DAYS);
    const branch =
      statesOn(fixtureReleases, releaseDay).find((state) => isSupported(state.status))?.lifecycle
        .release.branch ?? '';
    const id = 'MILEX-SR-2022-004';
    const title = `Security release for Milex ${branch}`;
    const filled = filledNotice({ id, today: TODAY, branches, branch, title });
    // Only the comment at the top still names the placeholder.
    expect(filled).not.toContain(`${PLACEHOLDER}:`);
    const notice = read(filled);
    expect(validateNotices([{ file, frontMatter: notice.frontMatter }], checks)).toMatchObject({
      ok: true,
    });
    expect(checkItemBody(notice.body, ADDRESS, noStaticFiles).problems).toEqual([]);
  });
});

describe('noticeExample', () => {
  it('is a notice the build accepts, for a branch supported on its release day', () => {
    const example = noticeExample(fixtureReleases, TODAY);
    if (example === undefined) throw new Error('no fixture branch is supported two weeks on');
    const notice = read(example);
    const name = `notices/MILEX-SR-${TODAY.slice(0, 4)}-001.md`;
    expect(
      validateNotices([{ file: name, frontMatter: notice.frontMatter }], checks),
    ).toMatchObject({
      ok: true,
    });
    expect(checkItemBody(notice.body, ADDRESS, noStaticFiles).problems).toEqual([]);
  });

  it('is none when no branch is supported on the first day the two weeks allow', () => {
    const lastDay = fixtureReleases
      .map((release) => release.securitySupportUntil)
      .sort()
      .at(-1);
    expect(noticeExample(fixtureReleases, addDays(lastDay ?? TODAY, 1))).toBeUndefined();
  });
});
