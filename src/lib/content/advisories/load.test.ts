import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { FIXTURE_ADDRESS, fixtureAdvisories } from '../../../../tests/fixtures/advisories';
import { releases } from '../../../../tests/fixtures/siteReleases';
import { LIMITS } from '../../advisories/model';
import { SHOWN_PER_KIND } from '../../formats/problems';
import { checkedAdvisories, checkedAdvisoriesForPage, loadAdvisories } from './load';

let site: string | undefined;
afterEach(() => {
  if (site !== undefined) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

/** A site folder whose advisories/ holds `files`. */
function siteWith(files: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'milex-advisories-'));
  const dir = join(site, 'advisories');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return site;
}

async function errorFrom(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the load to fail');
}

describe('loadAdvisories', () => {
  it('reads every fixture advisory, newest first, with its body as written and for the OSV record', async () => {
    const loaded = await fixtureAdvisories();
    expect(loaded.map((l) => l.advisory.id)).toEqual([
      'MILEX-2022-002',
      'MILEX-2022-001',
      'MILEX-2022-004',
      'MILEX-2022-003',
      'MILEX-2021-001',
    ]);
    expect(loaded[1]?.markdown).toMatch(/^## Impact/);
    expect(loaded[1]?.body).toMatch(/^## Impact/);
  });

  it('skips the README and treats a missing folder as no advisories', async () => {
    const dir = siteWith({ 'README.md': '# Not an advisory\n' });
    expect(await loadAdvisories({ siteDir: dir, dir: join(dir, 'advisories'), releases, address: FIXTURE_ADDRESS })).toEqual(
      [],
    );
    expect(await loadAdvisories({ siteDir: dir, dir: join(dir, 'nothing-here'), releases, address: FIXTURE_ADDRESS })).toEqual(
      [],
    );
  });

  it('lists every problem of every file at once, each at its file and line', async () => {
    const dir = siteWith({
      'MILEX-2026-001.md': '# No front matter\n',
      'MILEX-2026-002.md': '---\nid: MILEX-2026-002\ntitle: [oops\n---\nBody.\n',
      'MILEX-2026-003.md': [
        '---',
        'id: MILEX-2026-003',
        'title: Bad fields',
        'published: 2026-02-30',
        'severity: urgent',
        "affected: ['9.9']",
        'fixedIn: [1.2.3]',
        'summary: One paragraph.',
        '---',
        'See <b>this</b> and [that](javascript:alert(1)).',
        '',
      ].join('\n'),
    });
    const message = await errorFrom(
      loadAdvisories({ siteDir: dir, dir: join(dir, 'advisories'), releases, address: FIXTURE_ADDRESS }),
    );
    expect(message.split('\n')).toEqual([
      'advisories/ has 8 problems:',
      '  - advisories/MILEX-2026-001.md:1: the file must start with front matter: a line "---", the fields, and another "---"',
      expect.stringMatching(
        /^ {2}- advisories\/MILEX-2026-002\.md:3: the front matter is not valid YAML: /,
      ),
      '  - advisories/MILEX-2026-003.md:10: raw HTML "<b>" (line 1 of the text) is not allowed: write Markdown',
      '  - advisories/MILEX-2026-003.md:10: raw HTML "</b>" (line 1 of the text) is not allowed: write Markdown',
      '  - advisories/MILEX-2026-003.md:10: the link to "javascript:alert(1)" (line 1 of the text) is not a web or mail address',
      expect.stringContaining('advisories/MILEX-2026-003.md:4: published must be a date'),
      expect.stringContaining('advisories/MILEX-2026-003.md:5: severity "urgent" is not one of'),
      expect.stringContaining('advisories/MILEX-2026-003.md:6: affected[0]: branch "9.9" is not in'),
      'Fix them in advisories/ and run the build again.',
    ]);
  });

  it('refuses Markdown files it would otherwise skip, and files that are not UTF-8', async () => {
    const dir = siteWith({
      'MILEX-2026-001.MD': '---\n---\n',
      'MILEX-2026-002.markdown': '---\n---\n',
      'notes.txt': 'Not Markdown: left alone.',
    });
    writeFileSync(
      join(dir, 'advisories', 'MILEX-2026-003.md'),
      Buffer.concat([Buffer.from('---\nid: MILEX-2026-003\ntitle: Caf'), Buffer.from([0xe9, 0x0a])]),
    );
    const message = await errorFrom(
      loadAdvisories({ siteDir: dir, dir: join(dir, 'advisories'), releases, address: FIXTURE_ADDRESS }),
    );
    expect(message.split('\n')).toEqual([
      'advisories/ has 3 problems:',
      '  - advisories/MILEX-2026-001.MD: advisory files are Markdown named <id>.md, in lower case; rename it to MILEX-2026-001.md (or move it out of advisories/ if it is not an advisory)',
      '  - advisories/MILEX-2026-002.markdown: advisory files are Markdown named <id>.md, in lower case; rename it to MILEX-2026-002.md (or move it out of advisories/ if it is not an advisory)',
      '  - advisories/MILEX-2026-003.md: the file is not UTF-8 text; save it as UTF-8',
      'Fix them in advisories/ and run the build again.',
    ]);
  });

  it('refuses an advisory dated after the build day', async () => {
    // The newest fixture advisory is published on 28 Sep 2022.
    const dir = siteWith({});
    const loaded = await loadAdvisories({ siteDir: dir, dir: 'tests/fixtures/advisories', releases, address: FIXTURE_ADDRESS, today: '2022-10-01' });
    expect(loaded.length).toBeGreaterThan(0);
    const message = await errorFrom(
      loadAdvisories({ siteDir: dir, dir: 'tests/fixtures/advisories', releases, address: FIXTURE_ADDRESS, today: '2022-09-27' }),
    );
    expect(message).toContain('published 2022-09-28 is after the build day, 2022-09-27');
  });

  it('refuses a folder or a link where an advisory file would be, naming each', async () => {
    const dir = siteWith({});
    mkdirSync(join(dir, 'advisories', 'MILEX-2026-001.md'));
    symlinkSync(
      join(process.cwd(), 'tests/fixtures/advisories/MILEX-2022-001.md'),
      join(dir, 'advisories', 'MILEX-2022-001.md'),
    );
    const message = await errorFrom(
      loadAdvisories({ siteDir: dir, dir: join(dir, 'advisories'), releases, address: FIXTURE_ADDRESS }),
    );
    expect(message.split('\n')).toEqual([
      'advisories/ has 2 problems:',
      '  - advisories/MILEX-2022-001.md: is a folder or a link, not a file; an advisory is a plain file named <id>.md in advisories/',
      '  - advisories/MILEX-2026-001.md: is a folder or a link, not a file; an advisory is a plain file named <id>.md in advisories/',
      'Fix them in advisories/ and run the build again.',
    ]);
  });
});

describe('checkedAdvisories', () => {
  it('gives callers that ask at once the same advisories, and the same error', async () => {
    const good = siteWith({});
    const ask = () =>
      checkedAdvisories({ siteDir: good, dir: join(process.cwd(), 'tests/fixtures/advisories'), releases, address: FIXTURE_ADDRESS });
    const answers = await Promise.all([ask(), ask(), ask()]);
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe(answers[0]);

    const bad = join(good, 'advisories');
    writeFileSync(join(bad, 'MILEX-2026-001.md'), '# No front matter\n');
    const failures = await Promise.all(
      [1, 2, 3].map(() =>
        checkedAdvisories({ siteDir: good, dir: bad, releases, address: FIXTURE_ADDRESS }).then(
          () => undefined,
          (error: unknown) => error,
        ),
      ),
    );
    expect(failures[0]).toBeInstanceOf(Error);
    expect(failures[1]).toBe(failures[0]);
    expect(failures[2]).toBe(failures[0]);
  });

  it('checks again once a file changes', async () => {
    const site = siteWith({ 'MILEX-2026-001.md': '# No front matter\n' });
    const dir = join(site, 'advisories');
    await expect(checkedAdvisories({ siteDir: site, dir, releases, address: FIXTURE_ADDRESS })).rejects.toThrow(
      /1 problem/,
    );
    rmSync(join(dir, 'MILEX-2026-001.md'));
    await expect(checkedAdvisories({ siteDir: site, dir, releases, address: FIXTURE_ADDRESS })).resolves.toEqual([]);
  });
});

describe('loadAdvisories: what a file may hold', () => {
  /** A valid fixture advisory's text, with its body replaced by `body`. */
  const withBody = (body: string): string => {
    const text = readFileSync('tests/fixtures/advisories/MILEX-2022-001.md', 'utf8');
    const end = text.indexOf('\n---', 4) + 4;
    return `${text.slice(0, end)}\n\n${body}\n`;
  };

  it('shows a mistake repeated through the text as a few examples and a count', async () => {
    const body = Array.from({ length: 2000 }, (_, i) => `Line <b>${String(i)}</b>.`).join('\n\n');
    const dir = siteWith({ 'MILEX-2022-001.md': withBody(body) });
    const message = await errorFrom(loadAdvisories({ siteDir: dir, dir: join(dir, 'advisories'), releases, address: FIXTURE_ADDRESS }));
    const lines = message.split('\n');
    expect(lines[0]).toBe('advisories/ has 4000 problems:');
    expect(lines.filter((line) => line.includes('raw HTML'))).toHaveLength(SHOWN_PER_KIND + 1);
    expect(lines).toContain(
      '  - advisories/MILEX-2022-001.md: and 3997 more problems like "raw HTML "<b>" (line 1 of the text) is not allowed: write Markdown"',
    );
  });

  it('refuses a file or a text too large for an advisory, before reading it', async () => {
    const big = withBody('x'.repeat(LIMITS.fileBytes));
    const long = withBody(`${'Words. '.repeat(Math.ceil(LIMITS.bodyCharacters / 7))}More.`);
    const dir = siteWith({ 'MILEX-2022-001.md': big, 'MILEX-2022-002.md': long.replace(/MILEX-2022-001/g, 'MILEX-2022-002') });
    const message = await errorFrom(loadAdvisories({ siteDir: dir, dir: join(dir, 'advisories'), releases, address: FIXTURE_ADDRESS }));
    expect(message.split('\n').slice(1, -1)).toEqual([
      `  - advisories/MILEX-2022-001.md: the file is ${String(Math.ceil(Buffer.byteLength(big) / 1024))} KiB; an advisory file is at most 128 KiB (was something pasted into it by mistake?)`,
      expect.stringMatching(
        /^ {2}- advisories\/MILEX-2022-002\.md: the text below the front matter is \d+ characters long; an advisory's text is at most 50000$/,
      ),
    ]);
  });
});

describe('loadAdvisories: addresses as every output writes them', () => {
  it('publishes a credit address typed in Unicode as a URI, which the CSAF document takes', async () => {
    // cspell:disable-next-line -- an address in Unicode
    const typed = 'https://jürgen.example/über';
    const text = readFileSync('tests/fixtures/advisories/MILEX-2022-001.md', 'utf8').replace(
      'url: https://example.org/grace',
      `url: ${typed}`,
    );
    expect(text).toContain(typed);
    const dir = siteWith({ 'MILEX-2022-001.md': text });
    const [loaded] = await loadAdvisories({ siteDir: dir, dir: join(dir, 'advisories'), releases, address: FIXTURE_ADDRESS });
    const uri = new URL(typed).href;
    expect(uri).not.toBe(typed);
    expect(loaded?.advisory.credits?.map((credit) => credit.url)).toContain(uri);
    // The CSAF validator has passed the document (loadAdvisories runs it); it carries the URI.
    expect(JSON.stringify(loaded?.csaf.document)).toContain(JSON.stringify(uri));
    expect(JSON.stringify(loaded?.csaf.document)).not.toContain(typed);
  });
});

describe('checkedAdvisoriesForPage', () => {
  const page = (dir: string, name: string, text: string) =>
    checkedAdvisoriesForPage(name, text, { siteDir: site ?? '', dir, releases, address: FIXTURE_ADDRESS });
  const fixture = (name: string): string =>
    readFileSync(join(process.cwd(), 'tests/fixtures/advisories', name), 'utf8');

  it("answers each page from the folder's last check while it read that page's file as it is", async () => {
    const first = fixture('MILEX-2022-002.md');
    const dir = join(siteWith({ 'MILEX-2022-002.md': first }), 'advisories');
    const checked = await checkedAdvisories({ siteDir: site ?? '', dir, releases, address: FIXTURE_ADDRESS });
    // Another file added since is not read again for this page: that file's own page reads it.
    writeFileSync(join(dir, 'MILEX-2022-003.md'), fixture('MILEX-2022-003.md'));
    expect(await page(dir, 'MILEX-2022-002.md', first)).toBe(checked);
    // The page's own file changed: the folder is read and checked again.
    const retitled = first.replace(/^title: .*$/m, 'title: Retitled');
    writeFileSync(join(dir, 'MILEX-2022-002.md'), retitled);
    const again = await page(dir, 'MILEX-2022-002.md', retitled);
    expect(again.map(({ advisory }) => advisory.title).sort()).toEqual([
      'Open redirect after login',
      'Retitled',
    ]);
  });

  it('never answers from a check that failed: the problem may be fixed since', async () => {
    const good = fixture('MILEX-2022-002.md');
    const dir = join(
      siteWith({ 'MILEX-2022-002.md': good, 'MILEX-2022-003.md': '# No front matter\n' }),
      'advisories',
    );
    await expect(page(dir, 'MILEX-2022-002.md', good)).rejects.toThrow(/1 problem/);
    writeFileSync(join(dir, 'MILEX-2022-003.md'), fixture('MILEX-2022-003.md'));
    await expect(page(dir, 'MILEX-2022-002.md', good)).resolves.toHaveLength(2);
  });
});
