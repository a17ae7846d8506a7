/**
 * The security release notices (issue 26): one Markdown file per notice in a folder of its own,
 * checked as strictly as the advisories. Each notice is a page of a docs plugin instance of its
 * own (as the advisories are), is in the global data for the banner and Announcements and
 * releases, and in the notice feeds and notices.json; the calendar (plugins/outputs) takes its
 * release day. The banner is the theme's announcement bar, switched on here when a notice is
 * coming on the build day and drawn by this plugin's theme/banner; theme/listed and theme/none
 * draw the lists (NOTICE_THEMES).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import logger from '@docusaurus/logger';
import type { LoadContext, ParseFrontMatter, Plugin, PluginConfig } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';

import { noticeRoute, noticesRouteBase, outputs, routes, site } from '../../src/data/site';
import { checkAdvisoryBody } from '../../src/lib/advisories/body';
import { type AdvisoryFile, readAdvisoryFile } from '../../src/lib/advisories/file';
import { frontMatterLine } from '../../src/lib/buildTime/annotations';
import { staticFolder } from '../../src/lib/buildTime/diskPaths';
import { backDatedWarning, firstSeenDay } from '../../src/lib/buildTime/firstSeen';
import { customFieldsOf } from '../../src/lib/formats/customFields';
import { isIsoDate } from '../../src/lib/formats/dates';
import { compareText } from '../../src/lib/formats/order';
import { isRecord } from '../../src/lib/formats/problems';
import { absoluteUrl, type SiteAddress } from '../../src/lib/formats/urls';
import { NOTICE_ID, NOTICE_LIMITS, type Notice, noticeUpdated } from '../../src/lib/notices/model';
import { validateNotices } from '../../src/lib/notices/validate';
import { noticeText } from '../../src/lib/notices/wording';
import {
  noticesAtom,
  noticesJson,
  noticesJsonFeed,
  noticesJsonSchema,
  noticesRss,
} from '../../src/lib/outputs/notices';
import type { Release } from '../../src/lib/releases/model';
import type { LoadedAdvisory } from '../advisories/load';
import { annotateInGitHubActions } from '../annotate';
import {
  folderHolds,
  isMarkdownFile,
  readFolder,
  readFolderFiles,
  refuseFolder,
} from '../markdownFolder';
import { jsonText, type SiteFile, writeSiteFiles } from '../siteFiles';

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

/** One checked notice and its text, as Docusaurus renders it on the notice's page. */
export interface LoadedNotice {
  readonly notice: Notice;
  readonly markdown: string;
  /** The title of each advisory the notice's release brought, by id. */
  readonly advisoryTitles: Readonly<Record<string, string>>;
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
export interface NoticeDocFrontMatter {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly last_update: { readonly date: string };
  readonly mdx: { readonly format: 'md' };
  readonly notice: Notice;
}

export interface NoticesSection {
  readonly plugins: readonly PluginConfig[];
  /** The front-matter hook: notice files here, every other file to `next`. */
  readonly parseFrontMatter: (next: ParseFrontMatter) => ParseFrontMatter;
  /** The checked notices, latest release day first. */
  readonly load: () => Promise<LoadedNotice[]>;
  /**
   * The theme's announcement bar, when a notice is coming on the build day; its id changes with
   * the newest notice or move, so a bar the visitor closed comes back for news.
   */
  readonly announcementBar: { readonly id: string; readonly content: string } | undefined;
}

/** What the text of a notice with none should say. */
const EMPTY_BODY = 'say what the release is, and what people running Milex should plan for';

/** The last check of each folder: a key of what it read and was checked with, and how it ended. */
const checks = new Map<string, { readonly key: string; readonly check: Promise<LoadedNotice[]> }>();

function checkFolder(
  siteDir: string,
  dir: string,
  { releases, address, buildDay }: NoticesSectionOptions,
  advisoryTitles: ReadonlyMap<string, string>,
  affectedBranches: ReadonlyMap<string, readonly string[]>,
  folder: Awaited<ReturnType<typeof readFolder>>,
): LoadedNotice[] {
  const label = relative(siteDir, dir);
  const { files, problems } = readFolderFiles(label, folder, {
    noun: 'notice',
    fileBytes: NOTICE_LIMITS.fileBytes,
    emptyBody: EMPTY_BODY,
  });
  const bodies = new Map<string, string>();
  const staticFile = staticFolder(join(siteDir, 'static'));
  for (const { file, body, bodyLine } of files) {
    if (body.length > NOTICE_LIMITS.bodyCharacters) {
      problems.push({
        file,
        path: [],
        message: `${file}: the text below the front matter is ${String(body.length)} characters long; a notice's text is at most ${String(NOTICE_LIMITS.bodyCharacters)}: keep it short, and put the details in the advisories`,
      });
      continue;
    }
    // The same checks of links, images and markup as an advisory's text.
    const checked = checkAdvisoryBody(body, address, staticFile);
    problems.push(
      ...checked.problems.map(({ message, line }) => ({
        file,
        path: ['body'],
        message: `${file}: ${message}`,
        ...(line === undefined ? {} : { line: bodyLine + line - 1 }),
      })),
    );
    bodies.set(file, body);
  }
  const checked = validateNotices(files, {
    releases,
    today: buildDay,
    advisories: affectedBranches,
  });
  if (!checked.ok) problems.push(...checked.problems);
  if (problems.length > 0 || !checked.ok) refuseFolder(siteDir, label, files, problems);
  warnOfBackDating(siteDir, files, buildDay);
  const fileOf = new Map(
    files.map(({ file, frontMatter }) => [(frontMatter as { id: string }).id, file]),
  );
  return checked.value.map((notice) => ({
    notice,
    markdown: bodies.get(fileOf.get(notice.id) ?? '') ?? '',
    // validateNotices refused an advisory id the advisories do not have.
    advisoryTitles: Object.fromEntries(
      (notice.released?.advisories ?? []).map((id) => [id, advisoryTitles.get(id) ?? id]),
    ),
  }));
}

/**
 * Warns of a notice dated before git first saw its file: its notice of the release may be on
 * paper only. A warning, not a refusal: a notice may have been public elsewhere first.
 */
function warnOfBackDating(siteDir: string, files: readonly AdvisoryFile[], buildDay: string): void {
  const warnings = files.flatMap(({ file, frontMatter, yaml }) => {
    const { published } = frontMatter as Notice;
    const seen = firstSeenDay(siteDir, file, buildDay);
    const message = backDatedWarning(file, published, seen, buildDay);
    return message === undefined
      ? []
      : [{ file, line: frontMatterLine(yaml, ['published']), message }];
  });
  for (const { message } of warnings) logger.warn(message);
  annotateInGitHubActions(siteDir, warnings, process.env, 'warning');
}

/**
 * The notices in `dir`, checked once for each content of the folder and of the advisories: the
 * build asks for the section and for each notice's page.
 */
async function checkedNotices(
  siteDir: string,
  options: NoticesSectionOptions,
): Promise<LoadedNotice[]> {
  const dir = resolve(siteDir, options.dir);
  const [folder, advisories] = await Promise.all([readFolder(dir), options.advisories()]);
  const advisoryTitles = new Map(advisories.map(({ advisory }) => [advisory.id, advisory.title]));
  const affectedBranches = new Map(
    advisories.map(({ advisory }) => [advisory.id, advisory.affected.map((a) => a.branch)]),
  );
  const hash = createHash('sha256');
  hash.update(JSON.stringify([siteDir, options.releases, options.address, options.buildDay]));
  hash.update(
    JSON.stringify([[...advisoryTitles], [...affectedBranches], folder.names, folder.notFiles]),
  );
  for (const [name, bytes] of folder.files) {
    hash.update(`${name}\0${String(bytes.length)}\0`).update(bytes);
  }
  const key = hash.digest('hex');
  const kept = checks.get(dir);
  if (kept?.key === key) return kept.check;
  // Rejected, not thrown, so every caller of the same content gets the same error.
  const check = new Promise<LoadedNotice[]>((done) => {
    done(checkFolder(siteDir, dir, options, advisoryTitles, affectedBranches, folder));
  });
  checks.set(dir, { key, check });
  return check;
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

/**
 * The banner for the notices in `dir` coming on `buildDay`, read when the config loads: the
 * theme takes its announcement bar from the config alone. Files the checks will refuse are passed
 * over here; the build stops on them anyway.
 */
function announcementBarFor(dir: string, buildDay: string): NoticesSection['announcementBar'] {
  let names: string[];
  try {
    names = readdirSync(dir).filter(isMarkdownFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const coming = names.flatMap((name) => {
    const read = readAdvisoryFile(name, readFileSync(join(dir, name), 'utf8'), EMPTY_BODY);
    if ('problems' in read || !isRecord(read.advisory.frontMatter)) return [];
    const notice = read.advisory.frontMatter as unknown as Notice;
    const { id, releaseDay, published, released, moves } = notice;
    const shaped =
      typeof id === 'string' &&
      NOTICE_ID.test(id) &&
      isIsoDate(releaseDay) &&
      isIsoDate(published) &&
      (moves === undefined ||
        (Array.isArray(moves) && moves.every((m: unknown) => isRecord(m) && isIsoDate(m.date))));
    return shaped && released === undefined && releaseDay >= buildDay ? [notice] : [];
  });
  const newest = coming
    .map((notice) => ({ notice, changed: noticeUpdated(notice) }))
    .sort((a, b) => compareText(a.changed, b.changed) || compareText(a.notice.id, b.notice.id))
    .at(-1)?.notice;
  // The bar's content is drawn by theme/banner/AnnouncementBar/Content from the checked notices;
  // the theme wants some text here all the same.
  return newest === undefined
    ? undefined
    : {
        id: `milex-notice:${newest.id}:${newest.releaseDay}`,
        content: 'A security release is coming: see Announcements and releases.',
      };
}

export function noticesSection(options: NoticesSectionOptions): NoticesSection {
  const { dir, buildDay, editUrl } = options;
  let siteDir = process.cwd();
  const load = (): Promise<LoadedNotice[]> => checkedNotices(siteDir, options);

  const hasNotices = folderHolds(dir, isMarkdownFile);
  const section = (context: LoadContext): Plugin => {
    siteDir = context.siteDir;
    return noticesPlugin(
      context,
      dir,
      load,
      hasNotices ? NOTICE_THEMES.listed : NOTICE_THEMES.none,
    );
  };

  const parseFrontMatter =
    (next: ParseFrontMatter): ParseFrontMatter =>
    async (params) => {
      const name = basename(params.filePath);
      if (resolve(dirname(params.filePath)) !== resolve(siteDir, dir) || !isMarkdownFile(name)) {
        return next(params);
      }
      const loaded = (await load()).find(({ notice }) => `${notice.id}.md` === name);
      if (loaded === undefined) throw new Error(`${join(dir, name)} was not read as a notice.`);
      return {
        frontMatter: { ...docFrontMatter(loaded.notice, buildDay) },
        content: loaded.markdown,
      };
    };

  const docs: DocsOptions = {
    id: NOTICE_DOCS_ID,
    path: dir,
    routeBasePath: noticesRouteBase,
    include: ['*.md'],
    exclude: ['README.md'],
    // Each notice's page stands alone; Announcements and releases lists them.
    sidebarPath: false,
    docItemComponent: '@site/src/components/NoticePage',
    editUrl,
    // The day comes from the notice's own dates (docFrontMatter), not from git.
    showLastUpdateTime: true,
  };
  const announcementBar = announcementBarFor(resolve(dir), buildDay);
  const banner = (): Plugin => ({
    name: NOTICE_BANNER_PLUGIN,
    getThemePath: () => NOTICE_THEMES.banner,
  });
  return {
    plugins: [
      section,
      ...(hasNotices ? [['@docusaurus/plugin-content-docs', docs] as PluginConfig] : []),
      ...(announcementBar === undefined ? [] : [banner]),
    ],
    parseFrontMatter,
    load,
    announcementBar,
  };
}

function noticesPlugin(
  context: LoadContext,
  dir: string,
  load: () => Promise<LoadedNotice[]>,
  themePath: string,
): Plugin {
  const { siteDir } = context;
  const { url, baseUrl } = context.siteConfig;
  const at = (path: string): string => absoluteUrl({ url, baseUrl }, path);
  const feeds = [
    { path: outputs.noticesRss, type: 'application/rss+xml', title: 'RSS' },
    { path: outputs.noticesAtom, type: 'application/atom+xml', title: 'Atom' },
    { path: outputs.noticesJsonFeed, type: 'application/feed+json', title: 'JSON Feed' },
  ];
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
        headTags: feeds.map(({ path, type, title }) => ({
          tagName: 'link',
          attributes: {
            rel: 'alternate',
            type,
            title: `Milex security release notices (${title})`,
            href: normalizeUrl([baseUrl, path]),
          },
        })),
      };
    },
    async postBuild({ outDir, content }) {
      const notices = (content as LoadedNotice[]).map(({ notice }) => notice);
      const { buildDay } = customFieldsOf(context.siteConfig);
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

/**
 * The theme's `announcementBar` for a section's banner, or undefined for none: closeable; its
 * colours are the site's own (theme/banner/AnnouncementBar).
 */
export function noticeBanner(section: NoticesSection) {
  const bar = section.announcementBar;
  return bar === undefined ? undefined : { ...bar, isCloseable: true };
}
