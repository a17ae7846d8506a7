import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';

import { releases as siteReleases } from '../../src/data/releases';
import { advisoryRoute, outputs, routes, site } from '../../src/data/site';
import {
  type Advisory,
  type AdvisoryPageData,
  fileNameProblems,
  summaryOf,
  validateAdvisories,
} from '../../src/lib/advisories';
import { advisoriesAtom, advisoriesJsonFeed, advisoriesRss } from '../../src/lib/advisoryFeeds';
import { type AdvisoryFile, readAdvisoryFile } from '../../src/lib/advisoryFile';
import { renderAdvisoryBody } from '../../src/lib/advisoryMarkdown';
import { osvRecord } from '../../src/lib/osv';
import { advisoryProblemLine } from '../../src/lib/annotations';
import { absoluteUrl, type SiteAddress } from '../../src/lib/siteConfig';
import type { Release } from '../../src/lib/types';
import { DataValidationError } from '../../src/lib/validation';
import { annotateInGitHubActions } from '../annotate';
import { jsonText, type SiteFile, writeSiteFiles } from '../siteFiles';

/** One published advisory: its checked front matter, and its body for the page and the OSV record. */
export interface LoadedAdvisory {
  readonly advisory: Advisory;
  /** The body as Markdown, links to the site made absolute. */
  readonly body: string;
  /** The body as HTML, links to the site under its base path. */
  readonly html: string;
}

/** No folder is no advisories; any other failure to read it is an error. */
function noFolder(error: NodeJS.ErrnoException): string[] {
  if (error.code === 'ENOENT') return [];
  throw error;
}

/** A README in the folder explains it to maintainers; every other `.md` file is an advisory. */
export const isAdvisoryFile = (name: string): boolean =>
  name.endsWith('.md') && name !== 'README.md';

/** A Markdown file the build would otherwise pass over without a word: `.MD`, `.markdown`, `.mdx`. */
const MISNAMED = /\.(md|markdown|mdown|mkdn?|mdx)$/i;

/** Decodes a file as UTF-8, or says it is not: a wrong byte would silently become U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads, checks and renders every advisory in `dir`. Any problem in any file stops the build with
 * one message listing them all, each naming its file and field.
 */
export async function loadAdvisories(
  siteDir: string,
  dir: string,
  releases: readonly Release[],
  address: SiteAddress,
  /** The build day, `YYYY-MM-DD` (UTC): no advisory may be dated after it. */
  today?: string,
): Promise<LoadedAdvisory[]> {
  const all = (await readdir(dir).catch(noFolder)).sort();
  const names = all.filter(isAdvisoryFile);
  const label = relative(siteDir, dir);
  const problems: string[] = all
    .filter((name) => MISNAMED.test(name) && !isAdvisoryFile(name) && name !== 'README.md')
    .map(
      (name) =>
        `${join(label, name)}: advisory files are Markdown named <id>.md, in lower case; rename it to ${name.replace(MISNAMED, '.md')} (or move it out of ${label}/ if it is not an advisory)`,
    );
  const files: AdvisoryFile[] = [];
  const texts = new Map<string, string>();
  for (const name of names) {
    const file = join(label, name);
    let text: string;
    try {
      text = utf8.decode(await readFile(join(dir, name)));
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      problems.push(`${file}: the file is not UTF-8 text; save it as UTF-8`);
      continue;
    }
    texts.set(file, text);
    const read = readAdvisoryFile(file, text);
    if ('problems' in read) problems.push(...read.problems);
    else files.push(read.advisory);
  }
  const rendered = new Map(
    files.map(({ file, body }) => {
      const rendered = renderAdvisoryBody(body, address);
      problems.push(...rendered.problems.map((problem) => `${file}: ${problem}`));
      return [file, { body: rendered.markdown, html: rendered.html }];
    }),
  );
  const checked = validateAdvisories(files, releases, today);
  if (!checked.ok) problems.push(...checked.problems);
  problems.push(...fileNameProblems(files));
  if (problems.length > 0 || !checked.ok) {
    annotateInGitHubActions(
      siteDir,
      problems.map((message) => {
        const file = [...texts.keys()].find((name) => message.startsWith(`${name}: `));
        const text = file === undefined ? undefined : texts.get(file);
        return {
          file,
          line:
            file === undefined || text === undefined
              ? undefined
              : advisoryProblemLine(text, message.slice(file.length + 2)),
          message,
        };
      }),
    );
    const error = new DataValidationError(`${label}/`, problems);
    // The trace would only point at this plugin; the maintainer needs the list, not the trace.
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
  return checked.value.map((advisory) => {
    const file = files.find((f) => (f.frontMatter as { id?: unknown }).id === advisory.id);
    const page = rendered.get(file?.file ?? '');
    if (page === undefined) throw new Error(`No file was read for ${advisory.id}.`);
    return { advisory, ...page };
  });
}

export interface AdvisoriesPluginOptions {
  /** The folder of advisory files, relative to the site. */
  readonly dir: string;
  /** The releases an advisory's `affected` branches must be among. */
  readonly releases: readonly Release[];
}

/**
 * The advisories section: a list page, one page per advisory, RSS, Atom and JSON feeds, and an
 * OSV record per advisory, all from the Markdown files in `dir`.
 */
export function advisoriesPluginFor(
  options: AdvisoriesPluginOptions,
): (context: LoadContext) => Plugin {
  return (context) => advisoriesPlugin(context, options);
}

/** The plugin for advisories/ and src/data/releases.ts; the fixture build uses its own. */
export default advisoriesPluginFor({ dir: 'advisories', releases: siteReleases });

function advisoriesPlugin(
  context: LoadContext,
  { dir, releases }: AdvisoriesPluginOptions,
): Plugin {
  const { siteDir } = context;
  const { url, baseUrl } = context.siteConfig;
  const { buildDay } = context.siteConfig.customFields as { buildDay: string };
  const at = (path: string): string => absoluteUrl({ url, baseUrl }, path);
  const folder = join(siteDir, dir);
  const feeds = [
    { path: outputs.advisoriesRss, type: 'application/rss+xml', title: 'RSS' },
    { path: outputs.advisoriesAtom, type: 'application/atom+xml', title: 'Atom' },
    { path: outputs.advisoriesJsonFeed, type: 'application/feed+json', title: 'JSON Feed' },
  ];

  return {
    name: 'milex-advisories',
    getPathsToWatch() {
      return [join(folder, '*.md')];
    },
    loadContent() {
      return loadAdvisories(siteDir, folder, releases, { url, baseUrl }, buildDay);
    },
    async contentLoaded({ content: loaded, actions }) {
      // Docusaurus types plugin content as unknown; it is what loadContent returned.
      const content = loaded as LoadedAdvisory[];
      const summaries = content.map(({ advisory }) => summaryOf(advisory));
      actions.addRoute({
        path: normalizeUrl([baseUrl, routes.advisoryList]),
        component: '@site/src/components/AdvisoryListPage',
        exact: true,
        modules: {
          advisories: await actions.createData('advisory-list.json', JSON.stringify(summaries)),
        },
      });
      for (const { advisory, html } of content) {
        const data: AdvisoryPageData = { advisory, html };
        actions.addRoute({
          path: normalizeUrl([baseUrl, advisoryRoute(advisory.id)]),
          component: '@site/src/components/AdvisoryPage',
          exact: true,
          modules: {
            page: await actions.createData(`advisory-${advisory.id}.json`, JSON.stringify(data)),
          },
        });
      }
    },
    // Feed readers and browsers find the advisory feeds from any page.
    injectHtmlTags() {
      return {
        headTags: feeds.map(({ path, type, title }) => ({
          tagName: 'link',
          attributes: {
            rel: 'alternate',
            type,
            title: `Milex security advisories (${title})`,
            href: normalizeUrl([baseUrl, path]),
          },
        })),
      };
    },
    async postBuild({ outDir, content: loaded }) {
      const content = loaded as LoadedAdvisory[];
      const advisories = content.map((loaded) => loaded.advisory);
      const feedOptions = (path: string) => ({
        listUrl: at(routes.advisoryList),
        feedUrl: at(path),
        pageUrl: (id: string) => at(advisoryRoute(id)),
        host: site.idDomain,
        today: buildDay,
      });
      const records = content.map(({ advisory, body }) =>
        osvRecord(advisory, {
          pageUrl: at(advisoryRoute(advisory.id)),
          body,
          ecosystem: site.osv.ecosystem,
          packageName: site.osv.packageName,
          idPrefix: site.osv.idPrefix,
        }),
      );
      const files: SiteFile[] = [
        [outputs.advisoriesRss, advisoriesRss(advisories, feedOptions(outputs.advisoriesRss))],
        [outputs.advisoriesAtom, advisoriesAtom(advisories, feedOptions(outputs.advisoriesAtom))],
        [
          outputs.advisoriesJsonFeed,
          jsonText(advisoriesJsonFeed(advisories, feedOptions(outputs.advisoriesJsonFeed))),
        ],
        [`${outputs.osv}all.json`, jsonText(records)],
        ...content.map(({ advisory }, index): SiteFile => [
          `${outputs.osv}${advisory.id}.json`,
          jsonText(records[index]),
        ]),
      ];
      await writeSiteFiles(outDir, files);
    },
  };
}
