import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { DefaultParseFrontMatter } from '@docusaurus/types';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { FIXTURE_ADDRESS, fixtureAdvisories } from '../../tests/fixtures/advisories';
import { releases } from '../../tests/fixtures/siteReleases';
import { ADVISORY_DOCS_ID, advisoriesSection } from '.';

const FIXTURES = 'tests/fixtures/advisories';
const options = {
  releases,
  address: FIXTURE_ADDRESS,
  buildDay: '2022-10-01',
  signing: Object.assign(() => Promise.resolve({ signed: false, publicKeys: [] }), { signed: false }),
};

let folder: string | undefined;
afterEach(() => {
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** A folder holding `files`, by absolute path. */
function folderWith(files: Record<string, string>): string {
  folder = mkdtempSync(join(tmpdir(), 'milex-section-'));
  const dir = join(folder, 'advisories');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Docusaurus's own parser, as a stand-in that says what it was given. */
const defaultParse = vi.fn<DefaultParseFrontMatter>((params) =>
  Promise.resolve({ frontMatter: { parsedBy: 'docusaurus' }, content: params.fileContent }),
);

describe('the front-matter hook', () => {
  it('leaves every file outside the advisories folder to Docusaurus', async () => {
    const { parseFrontMatter } = advisoriesSection({ ...options, dir: FIXTURES });
    for (const filePath of [resolve('docs/scope.md'), resolve(FIXTURES, 'README.md')]) {
      const parsed = await parseFrontMatter({
        filePath,
        fileContent: '---\ntitle: x\n---\nText.\n',
        defaultParseFrontMatter: defaultParse,
      });
      expect(parsed.frontMatter).toEqual({ parsedBy: 'docusaurus' });
    }
  });

  it("gives each advisory's page its checked facts, as plain Markdown, dated by the advisory", async () => {
    const { parseFrontMatter } = advisoriesSection({ ...options, dir: FIXTURES });
    for (const { advisory, markdown } of await fixtureAdvisories()) {
      const parsed = await parseFrontMatter({
        filePath: resolve(FIXTURES, `${advisory.id}.md`),
        fileContent: '(read from the folder)',
        defaultParseFrontMatter: defaultParse,
      });
      // The page gets the checked advisory and the text as written, in plain Markdown; how the
      // fields map is pinned on one fixture below.
      expect(parsed.content).toBe(markdown);
      expect(parsed.frontMatter).toMatchObject({ id: advisory.id, mdx: { format: 'md' }, advisory });
      expect(parsed.frontMatter.keywords).toContain(advisory.id);
    }
  });

  it('writes MILEX-2022-001 as its file says', async () => {
    const { parseFrontMatter } = advisoriesSection({ ...options, dir: FIXTURES });
    const { frontMatter } = await parseFrontMatter({
      filePath: resolve(FIXTURES, 'MILEX-2022-001.md'),
      fileContent: '(read from the folder)',
      defaultParseFrontMatter: defaultParse,
    });
    expect(frontMatter).toMatchObject({
      id: 'MILEX-2022-001',
      title: 'Stored cross-site scripting in form names',
      keywords: ['MILEX-2022-001', 'CVE-2022-12345'],
      description:
        'A user allowed to edit forms could save a form name holding a script, which then ran in the browser of any administrator who opened the form list.',
      last_update: { date: '2022-09-22' },
      mdx: { format: 'md' },
    });
  });

  it('refuses any advisory while any file of the folder is wrong, listing every problem', async () => {
    const good = readFileSync(join(FIXTURES, 'MILEX-2022-001.md'), 'utf8');
    const dir = folderWith({
      'MILEX-2022-001.md': good,
      'MILEX-2022-002.md': '---\nid: MILEX-2022-002\ntitle: [oops\n---\nBody.\n',
      'MILEX-2022-004.MD': '---\n---\n',
    });
    const { parseFrontMatter } = advisoriesSection({ ...options, dir });
    const asked = parseFrontMatter({
      filePath: join(dir, 'MILEX-2022-001.md'),
      fileContent: good,
      defaultParseFrontMatter: defaultParse,
    });
    await expect(asked).rejects.toThrow(/has 2 problems:/);
    await expect(asked).rejects.toThrow(/MILEX-2022-002\.md:3: the front matter is not valid YAML/);
    await expect(asked).rejects.toThrow(/MILEX-2022-004\.MD: advisory files are Markdown named/);
  });
});

describe('the section', () => {
  it('publishes the advisories with a docs plugin instance of their own', () => {
    const { plugins } = advisoriesSection({ ...options, dir: FIXTURES });
    expect(plugins).toHaveLength(2);
    expect(plugins[1]).toEqual([
      '@docusaurus/plugin-content-docs',
      expect.objectContaining({
        id: ADVISORY_DOCS_ID,
        path: FIXTURES,
        routeBasePath: '/advisories',
        include: ['*.md'],
        exclude: ['README.md'],
      }),
    ]);
  });

  it('adds no docs instance, which would refuse an empty folder, while there is no advisory', () => {
    const dir = folderWith({ 'README.md': '# Advisories\n' });
    expect(advisoriesSection({ ...options, dir }).plugins).toHaveLength(1);
    expect(advisoriesSection({ ...options, dir: join(dir, 'missing') }).plugins).toHaveLength(1);
  });
});
