/**
 * The security release notices (issue 26): one Markdown file per notice in a folder of its own,
 * checked as strictly as the advisories (src/lib/content/notices/load.ts). Each notice is a page of a docs plugin instance of its
 * own (as the advisories are), is in the global data for the banner and Announcements and
 * releases, and in the notice feeds and notices.json; the calendar (plugins/outputs) takes its
 * release day. The banner is the theme's announcement bar, switched on here when a notice is
 * coming on the build day and drawn by this plugin's theme/banner; theme/listed and theme/none
 * draw the lists (NOTICE_THEMES).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { LoadContext, ParseFrontMatter, Plugin, PluginConfig } from '@docusaurus/types';

import { noticeRoute, noticesRouteBase, outputs, routes, site } from '../../src/lib/site';
import type { LoadedAdvisory } from '../../src/lib/content/advisories/load';
import { folderHolds, isItemFile } from '../../src/lib/content/folder';
import { checkedNotices, type LoadedNotice } from '../../src/lib/content/notices/load';
import { compareText } from '../../src/lib/formats/order';
import { comingOn } from '../../src/lib/notices/lists';
import { absoluteUrl, type SiteAddress } from '../../src/lib/formats/urls';
import { type Notice, noticeUpdated } from '../../src/lib/notices/model';
import { noticeText } from '../../src/lib/notices/wording';
import {
  noticesAtom,
  noticesJson,
  noticesJsonFeed,
  noticesJsonSchema,
  noticesRss,
} from '../../src/lib/outputs/notices';
import type { Release } from '../../src/lib/releases/model';
import { feedHeadTags, type ItemDocFrontMatter, itemDocsOptions, itemFileName } from '../itemPages';
import { jsonText, type SiteFile, writeSiteFiles } from '../../src/lib/buildTime/siteFiles';

export interface NoticesSectionOptions {
  /** The folder of notice files, relative to the site. */
  readonly dir: string;
  /** The releases a notice's branches must be among. */
  readonly releases: readonly Release[];
  /** Where the site is published: links in a notice's text are checked against it. */
  readonly address: SiteAddress;
  /** The build day, `YYYY-MM-DD` (UTC). */
  readonly buildDay: string;
  /** Where "Edit this page" opens a file; no link when undefined. */
  readonly editUrl?: string;
  /** The checked advisories, which a released notice's advisories must be among. */
  readonly advisories: () => Promise<readonly LoadedAdvisory[]>;
}

/**
 * What the banner, the lists and the notice pages read from the global data: the notices, and
 * the title of each advisory a released one brought, so a link to it is named after its page.
 */
export interface NoticesData {
  readonly notices: readonly Notice[];
  readonly advisoryTitles: Readonly<Record<string, string>>;
}

/** The plugin's name, under which the banner and the lists find the notices (usePluginData). */
export const NOTICES_PLUGIN = 'milex-notices';

/** The id of the docs plugin instance that publishes the notice pages. */
export const NOTICE_DOCS_ID = 'notices';

/**
 * The theme components that draw notices (Docusaurus's getThemePath), chosen when the config
 * loads, so a page carries only the code the build's notices need:
 * - `listed`: the lists on Announcements and releases (`@theme/NoticeList`), when the site has a
 *   notice; `none`: the same lists, each saying there is none;
 * - `banner`: the banner (`@theme/AnnouncementBar`), only while a notice is coming on the build
 *   day. No notice that is not coming then can be coming on a later day; without it the theme's
 *   own bar stays, switched off.
 */
export const NOTICE_THEMES = {
  listed: fileURLToPath(new URL('theme/listed', import.meta.url)),
  none: fileURLToPath(new URL('theme/none', import.meta.url)),
  banner: fileURLToPath(new URL('theme/banner', import.meta.url)),
} as const;

/** The plugin that brings the banner's components, while a notice is coming. */
export const NOTICE_BANNER_PLUGIN = 'milex-notice-banner';

/** What a notice page's front matter holds for Docusaurus, and the checked notice for its page. */
export interface NoticeDocFrontMatter extends ItemDocFrontMatter {
  readonly notice: Notice;
}

export interface NoticesSection {
  readonly plugins: readonly PluginConfig[];
  /** The front-matter hook: notice files here, every other file to `next`. */
  readonly parseFrontMatter: (next: ParseFrontMatter) => ParseFrontMatter;
  /** The checked notices, latest release day first. */
  readonly load: () => Promise<LoadedNotice[]>;
}

function docFrontMatter(notice: Notice, buildDay: string): NoticeDocFrontMatter {
  return {
    id: notice.id,
    title: notice.title,
    description: noticeText(notice, buildDay),
    keywords: [notice.id, 'security release'],
    last_update: { date: noticeUpdated(notice) },
    mdx: { format: 'md' },
    notice,
  };
}

export function noticesSection(options: NoticesSectionOptions): NoticesSection {
  const { dir, address, buildDay, editUrl } = options;
  let siteDir = process.cwd();
  const load = async (): Promise<LoadedNotice[]> =>
    checkedNotices({ ...options, siteDir, advisories: await options.advisories() });

  const hasNotices = folderHolds(dir, isItemFile);
  const section = (context: LoadContext): Plugin => {
    siteDir = context.siteDir;
    return noticesPlugin(context, {
      dir,
      address,
      buildDay,
      load,
      themePath: hasNotices ? NOTICE_THEMES.listed : NOTICE_THEMES.none,
    });
  };

  const parseFrontMatter =
    (next: ParseFrontMatter): ParseFrontMatter =>
    async (params) => {
      const name = itemFileName(siteDir, dir, params.filePath);
      if (name === undefined) return next(params);
      const loaded = (await load()).find(({ notice }) => `${notice.id}.md` === name);
      if (loaded === undefined) throw new Error(`${join(dir, name)} was not read as a notice.`);
      return {
        frontMatter: { ...docFrontMatter(loaded.notice, buildDay) },
        content: loaded.markdown,
      };
    };

  const docs = itemDocsOptions({
    id: NOTICE_DOCS_ID,
    path: dir,
    routeBasePath: noticesRouteBase,
    // Each notice's page stands alone; Announcements and releases lists them.
    sidebarPath: false,
    docItemComponent: '@site/src/components/NoticePage',
    editUrl,
  });
  return {
    plugins: [
      section,
      ...(hasNotices ? [['@docusaurus/plugin-content-docs', docs] as PluginConfig] : []),
    ],
    parseFrontMatter,
    load,
  };
}

function noticesPlugin(
  context: LoadContext,
  {
    dir,
    address,
    buildDay,
    load,
    themePath,
  }: Pick<NoticesSectionOptions, 'dir' | 'address' | 'buildDay'> & {
    readonly load: () => Promise<LoadedNotice[]>;
    readonly themePath: string;
  },
): Plugin {
  const { siteDir } = context;
  const { baseUrl } = address;
  const at = (path: string): string => absoluteUrl(address, path);
  return {
    name: NOTICES_PLUGIN,
    getThemePath: () => themePath,
    getPathsToWatch() {
      return [join(siteDir, dir, '*')];
    },
    loadContent: load,
    contentLoaded({ content, actions }) {
      // Small (a few short notices), and needed on every page for the banner.
      const loaded = content as LoadedNotice[];
      const data: NoticesData = {
        notices: loaded.map(({ notice }) => notice),
        advisoryTitles: Object.fromEntries(
          loaded.flatMap(({ advisoryTitles }) => Object.entries(advisoryTitles)),
        ),
      };
      actions.setGlobalData(data);
    },
    injectHtmlTags() {
      return {
        headTags: feedHeadTags(baseUrl, 'Milex security release notices', {
          rss: outputs.noticesRss,
          atom: outputs.noticesAtom,
          jsonFeed: outputs.noticesJsonFeed,
        }),
      };
    },
    async postBuild({ outDir, content }) {
      const notices = (content as LoadedNotice[]).map(({ notice }) => notice);
      const feedOptions = (path: string) => ({
        listUrl: at(routes.announcements),
        feedUrl: at(path),
        pageUrl: (id: string) => at(noticeRoute(id)),
        host: site.idDomain,
        today: buildDay,
      });
      const files: SiteFile[] = [
        [outputs.noticesRss, noticesRss(notices, feedOptions(outputs.noticesRss))],
        [outputs.noticesAtom, noticesAtom(notices, feedOptions(outputs.noticesAtom))],
        [
          outputs.noticesJsonFeed,
          jsonText(noticesJsonFeed(notices, feedOptions(outputs.noticesJsonFeed))),
        ],
        [
          outputs.noticesJson,
          jsonText(
            noticesJson(notices, {
              today: buildDay,
              schemaUrl: at(outputs.noticesSchema),
              listUrl: at(routes.announcements),
              pageUrl: (id) => at(noticeRoute(id)),
            }),
          ),
        ],
        [outputs.noticesSchema, jsonText(noticesJsonSchema(at(outputs.noticesSchema)))],
      ];
      await writeSiteFiles(outDir, files);
    },
  };
}

/** The theme's announcement bar while a notice is coming, and the plugin that draws it. */
export interface NoticeBanner {
  readonly announcementBar: {
    readonly id: string;
    readonly content: string;
    readonly isCloseable: true;
  };
  readonly plugin: PluginConfig;
}

/**
 * The banner for the checked `notices` coming on `buildDay`, or undefined for none. The theme takes
 * its announcement bar from the config alone, so the config asks for it. The bar's id changes with
 * the newest notice or move, so a bar the visitor closed comes back for news; its content is drawn
 * by theme/banner/AnnouncementBar/Content from the notices themselves (the theme wants some text
 * here all the same), in the site's colours.
 */
export function noticeBanner(
  notices: readonly LoadedNotice[],
  buildDay: string,
): NoticeBanner | undefined {
  const newest = comingOn(
    notices.map(({ notice }) => notice),
    buildDay,
  )
    .map((notice) => ({ notice, changed: noticeUpdated(notice) }))
    .sort((a, b) => compareText(a.changed, b.changed) || compareText(a.notice.id, b.notice.id))
    .at(-1)?.notice;
  if (newest === undefined) return undefined;
  return {
    announcementBar: {
      id: `milex-notice:${newest.id}:${newest.releaseDay}`,
      content: 'A security release is coming: see Announcements and releases.',
      isCloseable: true,
    },
    plugin: (): Plugin => ({
      name: NOTICE_BANNER_PLUGIN,
      getThemePath: () => NOTICE_THEMES.banner,
    }),
  };
}
