import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { LoadContext, Plugin, PluginConfig } from '@docusaurus/types';
import { afterEach, describe, expect, it } from 'vitest';

import { FIXTURE_ADDRESS, FIXTURE_BUILD_DAY } from '../../tests/fixtures/releases';
import { releases } from '../../tests/fixtures/siteReleases';
import { NOTICE_LIMITS } from '../../src/lib/notices/model';
import { NOTICE_THEMES, noticeBanner, noticesSection } from '.';

let site: string | undefined;
afterEach(() => {
  if (site !== undefined) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

const FIXTURES = 'tests/fixtures/notices';
const fixture = (id: string): string => readFileSync(join(FIXTURES, `${id}.md`), 'utf8');

/** A site folder whose notices/ holds `files`. */
function siteWith(files: Record<string, string | Buffer>): string {
  site = mkdtempSync(join(tmpdir(), 'milex-notices-'));
  mkdirSync(join(site, 'notices'));
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(site, 'notices', name), text);
  return site;
}

/** The section over `dir`'s notices/, as of the fixture build day, with one published advisory. */
function sectionIn(dir: string) {
  const section = noticesSection({
    dir: join(dir, 'notices'),
    releases,
    address: FIXTURE_ADDRESS,
    buildDay: FIXTURE_BUILD_DAY,
    advisories: () =>
      Promise.resolve([
        { advisory: { id: 'MILEX-2022-001', affected: [{ branch: '1.2' }] } },
      ] as unknown as never[]),
  });
  return section;
}

/** The theme folders the section's own plugins bring (getThemePath), as Docusaurus asks for them. */
function themePaths(
  section: { readonly plugins: readonly PluginConfig[] },
  siteDir: string,
): string[] {
  const context = {
    siteDir,
    siteConfig: { url: 'https://security.example.org', baseUrl: '/' },
  } as unknown as LoadContext;
  return section.plugins.flatMap((plugin) => {
    if (typeof plugin !== 'function') return [];
    const path = (plugin(context, {}) as Plugin).getThemePath?.();
    return path === undefined ? [] : [path];
  });
}

async function errorFrom(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the load to fail');
}

describe('noticesSection', () => {
  it('reads the fixture notices, latest release day first, with their text', async () => {
    const loaded = await sectionIn(
      siteWith({
        'MILEX-SR-2022-001.md': fixture('MILEX-SR-2022-001'),
        'MILEX-SR-2022-003.md': fixture('MILEX-SR-2022-003'),
        'README.md': '# Not a notice\n',
      }),
    ).load();
    expect(loaded.map(({ notice }) => notice.id)).toEqual([
      'MILEX-SR-2022-003',
      'MILEX-SR-2022-001',
    ]);
    expect(loaded[0]?.markdown).toMatch(/^The October release/);
  });

  it('has no notice, no docs instance and no banner for a folder of none', async () => {
    const section = sectionIn(siteWith({ 'README.md': '# Not a notice\n' }));
    const loaded = await section.load();
    expect(loaded).toEqual([]);
    expect(section.plugins).toHaveLength(1);
    expect(noticeBanner(loaded, FIXTURE_BUILD_DAY)).toBeUndefined();
  });

  it('brings the components that draw notices only when the build has notices to draw', async () => {
    const none = siteWith({ 'README.md': '# Not a notice\n' });
    expect(themePaths(sectionIn(none), none)).toEqual([NOTICE_THEMES.none]);
    // 001 is released: listed, but no banner.
    const past = siteWith({ 'MILEX-SR-2022-001.md': fixture('MILEX-SR-2022-001') });
    expect(themePaths(sectionIn(past), past)).toEqual([NOTICE_THEMES.listed]);
    const coming = siteWith({
      'MILEX-SR-2022-001.md': fixture('MILEX-SR-2022-001'),
      'MILEX-SR-2022-003.md': fixture('MILEX-SR-2022-003'),
    });
    const section = sectionIn(coming);
    expect(themePaths(section, coming)).toEqual([NOTICE_THEMES.listed]);
    const banner = noticeBanner(await section.load(), FIXTURE_BUILD_DAY);
    expect(banner === undefined ? [] : themePaths({ plugins: [banner.plugin] }, coming)).toEqual([
      NOTICE_THEMES.banner,
    ]);
    // Not once the notice's day has passed.
    expect(noticeBanner(await section.load(), '2022-10-12')).toBeUndefined();
    // Each folder has the components the site names (docs/announcements.mdx, the theme's Layout).
    for (const [folder, component] of [
      [NOTICE_THEMES.none, 'NoticeList'],
      [NOTICE_THEMES.listed, 'NoticeList'],
      [NOTICE_THEMES.banner, 'AnnouncementBar'],
      [NOTICE_THEMES.banner, 'AnnouncementBar/Content'],
    ] as const) {
      expect(existsSync(join(folder, component, 'index.tsx')), `${folder}/${component}`).toBe(true);
    }
  });

  it('switches the banner on for a notice coming on the build day, by the newest change', async () => {
    const section = sectionIn(
      siteWith({
        'MILEX-SR-2022-001.md': fixture('MILEX-SR-2022-001'),
        'MILEX-SR-2022-002.md': fixture('MILEX-SR-2022-002'),
        'MILEX-SR-2022-003.md': fixture('MILEX-SR-2022-003'),
      }),
    );
    // 003 was published on 28 Sep, after 002's move on 26 Sep; 001 is released.
    expect(noticeBanner(await section.load(), FIXTURE_BUILD_DAY)?.announcementBar).toMatchObject({
      id: 'milex-notice:MILEX-SR-2022-003:2022-10-11',
      isCloseable: true,
    });
  });

  it('refuses what cannot be read, each by file, with the notice checks, all at once', async () => {
    const big = `${fixture('MILEX-SR-2022-003')}${'x'.repeat(NOTICE_LIMITS.fileBytes)}`;
    const message = await errorFrom(
      sectionIn(
        siteWith({
          'MILEX-SR-2022-001.MD': fixture('MILEX-SR-2022-001'),
          'MILEX-SR-2022-002.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]),
          'MILEX-SR-2022-003.md': big,
          'MILEX-SR-2022-004.md': '---\nid: &a MILEX-SR-2022-004\ntitle: *a\n---\n\nText.\n',
          'MILEX-SR-2022-005.md': fixture('MILEX-SR-2022-003')
            .replace('MILEX-SR-2022-003', 'MILEX-SR-2022-005')
            .replace('fixes two security issues.', 'fixes <i>two</i> issues.'),
        }),
      ).load(),
    );
    for (const part of [
      'MILEX-SR-2022-001.MD: notice files are Markdown named <id>.md, in lower case',
      'MILEX-SR-2022-002.md: the file is not UTF-8 text',
      `MILEX-SR-2022-003.md: the file is ${String(Math.ceil(big.length / 1024))} KiB; a notice file is at most 16 KiB`,
      'MILEX-SR-2022-004.md:2: the front matter uses a YAML anchor',
      'MILEX-SR-2022-004.md:3: the front matter uses a YAML alias',
      'MILEX-SR-2022-005.md:11: raw HTML "<i>"',
    ]) {
      expect(message).toContain(part);
    }
    // The anchor and the alias, and each of the two tags, are a problem each.
    expect(message).toMatch(/notices\/ has 7 problems:\n/);
  });
});
