/**
 * The advisories section. Docusaurus publishes each advisory file as a page of a second instance
 * of its docs plugin, like the policy pages (rendering, link checking, table of contents, search,
 * sidebar, edit link). This module adds what the docs plugin does not do: the checks, run where
 * Docusaurus parses front matter, the list page with its filters, the feeds and the OSV records.
 * Why the docs plugin and not the blog plugin: DEVELOPING.md, "Advisories on Docusaurus's docs plugin".
 */
import { join, posix, relative, resolve, sep } from 'node:path';

import type { LoadContext, ParseFrontMatter, Plugin, PluginConfig } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';

import { advisoryRoute, outputs, routes, site } from '../../src/lib/site';
import { advisoriesAtom, advisoriesJsonFeed, advisoriesRss } from '../../src/lib/outputs/advisoryFeeds';
import { exposureOf } from '../../src/lib/advisories/exposure';
import { summaryOf } from '../../src/lib/advisories/list';
import type { Advisory } from '../../src/lib/advisories/model';
import {
  folderFiles,
  providerMetadata,
  rolieFeed,
  rolieService,
} from '../../src/lib/outputs/csafProvider';
import { osvRecord } from '../../src/lib/outputs/osvRecord';
import { absoluteUrl, type SiteAddress } from '../../src/lib/formats/urls';
import type { Release } from '../../src/lib/releases/model';
import type { Signing, SigningSource } from '../signing';
import { folderHolds, isItemFile } from '../../src/lib/content/folder';
import {
  feedHeadTags,
  type ItemDocFrontMatter,
  itemDocsOptions,
  itemFileName,
} from '../itemPages';
import { jsonText, type SiteFile, writeSiteFiles } from '../../src/lib/buildTime/siteFiles';
import {
  type AdvisoryChecks,
  checkedAdvisories,
  checkedAdvisoriesForPage,
  type LoadedAdvisory,
} from '../../src/lib/content/advisories/load';
import { advisorySidebarItems } from './sidebar';

export interface AdvisoriesSectionOptions {
  /** The folder of advisory files, relative to the site. */
  readonly dir: string;
  /** The releases an advisory's `affected` branches must be among. */
  readonly releases: readonly Release[];
  /** Where the site is published: the OSV records and feeds link to it. */
  readonly address: SiteAddress;
  /** The build day, `YYYY-MM-DD` (UTC): no advisory may be dated after it. */
  readonly buildDay: string;
  /** Where "Edit this page" opens a file, as for the policy pages; no link when undefined. */
  readonly editUrl?: string;
  /** Whether the CSAF documents are signed after the build, and the keys (plugins/signing). */
  readonly signing: SigningSource;
}

/** The id of the docs plugin instance that publishes the advisory pages. */
export const ADVISORY_DOCS_ID = 'advisories';

/** What an advisory page's front matter holds for Docusaurus, and the checked advisory for its page. */
export interface AdvisoryDocFrontMatter extends ItemDocFrontMatter {
  readonly advisory: Advisory;
}

function docFrontMatter(advisory: Advisory): AdvisoryDocFrontMatter {
  return {
    id: advisory.id,
    title: advisory.title,
    description: advisory.summary,
    keywords: [advisory.id, ...(advisory.cve ?? [])],
    last_update: { date: advisory.updated ?? advisory.published },
    mdx: { format: 'md' },
    advisory,
  };
}

/**
 * The section for the files in `dir`: the plugins to add to the site, and the front-matter hook
 * for `markdown.parseFrontMatter`. The docs instance is added only when `dir` holds an advisory,
 * because the docs plugin refuses an empty folder; the list page says there is none.
 */
export interface AdvisoriesSection {
  readonly plugins: readonly PluginConfig[];
  readonly parseFrontMatter: ParseFrontMatter;
  /** The checked advisories, newest first, for other plugins (the versions JSON). */
  readonly load: () => Promise<LoadedAdvisory[]>;
}

/** Each checked folder's advisories by file name, worked out once for all its pages. */
const fileNames = new WeakMap<readonly LoadedAdvisory[], ReadonlyMap<string, LoadedAdvisory>>();

function byFileName(checked: readonly LoadedAdvisory[]): ReadonlyMap<string, LoadedAdvisory> {
  let names = fileNames.get(checked);
  if (names === undefined) {
    names = new Map(checked.map((loaded) => [`${loaded.advisory.id}.md`, loaded]));
    fileNames.set(checked, names);
  }
  return names;
}

export function advisoriesSection(options: AdvisoriesSectionOptions): AdvisoriesSection {
  const { dir, releases, address, buildDay, editUrl, signing } = options;
  // The site's folder, from the section's plugin; the hook is only called after it is known.
  let siteDir = process.cwd();
  const checks = (): AdvisoryChecks => ({
    siteDir,
    dir: resolve(siteDir, dir),
    releases,
    address,
    today: buildDay,
  });
  const load = (): Promise<LoadedAdvisory[]> => checkedAdvisories(checks());

  const section = (context: LoadContext): Plugin => {
    siteDir = context.siteDir;
    return advisoriesPlugin(context, { dir, load, signing, address, buildDay });
  };

  const parseFrontMatter: ParseFrontMatter = async (params) => {
    const name = itemFileName(siteDir, dir, params.filePath);
    if (name === undefined) return params.defaultParseFrontMatter(params);
    // Every file of the folder is checked, so every problem is listed whichever page asks first;
    // a check of the folder that read this file as it is answers for the page (load.ts).
    const checked = await checkedAdvisoriesForPage(name, params.fileContent, checks());
    const loaded = byFileName(checked).get(name);
    if (loaded === undefined) throw new Error(`${join(dir, name)} was not read as an advisory.`);
    return { frontMatter: { ...docFrontMatter(loaded.advisory) }, content: loaded.markdown };
  };

  // The plugin and the hook then use the site's folder.
  const hasAdvisories = folderHolds(dir, isItemFile);
  const docs = itemDocsOptions({
    id: ADVISORY_DOCS_ID,
    path: dir,
    routeBasePath: routes.advisoryList,
    docItemComponent: '@site/src/components/AdvisoryPage',
    // The list first, then one category per year, newest first (sidebar.ts).
    sidebarItemsGenerator: advisorySidebarItems,
    editUrl,
  });
  const instance: PluginConfig = ['@docusaurus/plugin-content-docs', docs];
  return {
    plugins: [section, ...(hasAdvisories ? [instance] : [])],
    parseFrontMatter,
    load,
  };
}

/**
 * The module the version checker imports: what it needs of each advisory (advisories/exposure.ts).
 * Written with the plugin's own data and aliased for webpack, so only the page that holds the
 * checker carries it, never every page's JavaScript (global data would).
 */
export const EXPOSURE_MODULE = '@milex/advisory-exposure';

function advisoriesPlugin(
  context: LoadContext,
  {
    dir,
    load,
    signing,
    address,
    buildDay,
  }: Pick<AdvisoriesSectionOptions, 'dir' | 'signing' | 'address' | 'buildDay'> & {
    readonly load: () => Promise<LoadedAdvisory[]>;
  },
): Plugin {
  const { siteDir } = context;
  const { baseUrl } = address;
  const at = (path: string): string => absoluteUrl(address, path);

  /**
   * A file `createData` wrote, by Docusaurus's `@generated` alias: route modules are written into
   * the bundles' registry as given, and an absolute path would publish the folder the site was
   * built in (and make the assets' hashes depend on it), as the docs plugin's own aliases avoid.
   */
  const generatedAlias = (path: string): string =>
    `@generated/${posix.normalize(relative(context.generatedFilesDir, path).split(sep).join('/'))}`;

  // Where contentLoaded wrote the checker's module; bundling starts only after every plugin's
  // content is loaded.
  let exposurePath: string | undefined;

  return {
    name: 'milex-advisories',
    configureWebpack() {
      if (exposurePath === undefined) {
        throw new Error(`${EXPOSURE_MODULE} was asked for before the advisories were loaded.`);
      }
      return { resolve: { alias: { [EXPOSURE_MODULE]: exposurePath } } };
    },
    getPathsToWatch() {
      return [join(siteDir, dir, '*')];
    },
    loadContent: load,
    async contentLoaded({ content: loaded, actions }) {
      // Docusaurus types plugin content as unknown; it is what loadContent returned.
      const content = loaded as LoadedAdvisory[];
      exposurePath = await actions.createData(
        'advisory-exposure.json',
        JSON.stringify(content.map(({ advisory }) => exposureOf(advisory))),
      );
      actions.addRoute({
        path: normalizeUrl([baseUrl, routes.advisoryList]),
        component: '@site/src/components/AdvisoryListPage',
        exact: true,
        modules: {
          advisories: generatedAlias(
            await actions.createData(
              'advisory-list.json',
              JSON.stringify(content.map(({ advisory }) => summaryOf(advisory))),
            ),
          ),
        },
      });
    },
    // Feed readers and browsers find the advisory feeds from any page.
    injectHtmlTags() {
      return {
        headTags: feedHeadTags(baseUrl, 'Milex security advisories', {
          rss: outputs.advisoriesRss,
          atom: outputs.advisoriesAtom,
          jsonFeed: outputs.advisoriesJsonFeed,
        }),
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
        ...csafFiles(content, at, buildDay, await signing()),
      ];
      await writeSiteFiles(outDir, files);
    },
  };
}

/**
 * The CSAF 2.0 provider (specification section 7.1): each advisory's document with its hash
 * files (and, when the site is signed after the build, a link to the signature
 * scripts/sign-site.sh writes beside it), in the folder of the directory distribution
 * (csafProvider.ts, folderFiles), the ROLIE feed listing them, its service document, the public
 * keys, and the provider metadata that points to all of them. With no advisory, the metadata, an
 * empty feed and an empty folder.
 */
function csafFiles(
  content: readonly LoadedAdvisory[],
  at: (path: string) => string,
  today: string,
  { signed, publicKeys }: Signing,
): SiteFile[] {
  const title = 'Milex security advisories (CSAF, TLP:WHITE)';
  const feedUrl = at(outputs.csafFeed);
  const folder = outputs.csafDocuments;
  const documents = content.map(({ csaf }) => {
    const tracking = (
      csaf.document as { document: { tracking: { current_release_date: string } } }
    ).document.tracking;
    return {
      path: csaf.path.slice(folder.length),
      text: jsonText(csaf.document),
      currentReleaseDate: tracking.current_release_date,
      signed,
    };
  });
  const advisories = content.map(({ advisory }) => advisory);
  const keyPath = (fingerprint: string): string =>
    `${outputs.csafOpenpgpKeys}${fingerprint}.asc`;
  return [
    ...publicKeys.map(({ fingerprint, armored }): SiteFile => [keyPath(fingerprint), armored]),
    ...folderFiles(documents, {
      folderPath: folder,
      listed: [posix.basename(outputs.csafFeed)],
      vendor: site.csaf.vendor,
      product: site.csaf.product,
    }).map(([path, text]): SiteFile => [`${folder}${path}`, text]),
    [
      outputs.csafFeed,
      jsonText(
        rolieFeed(
          content.map(({ advisory, csaf }) => ({
            advisory,
            documentUrl: at(csaf.path),
            signed,
          })),
          { feedUrl, title, today },
        ),
      ),
    ],
    [outputs.csafService, jsonText(rolieService({ feedUrl, title }))],
    [
      outputs.csafProviderMetadata,
      jsonText(
        providerMetadata(advisories, {
          publisher: site.csaf.publisher,
          siteName: site.title,
          canonicalUrl: at(outputs.csafProviderMetadata),
          feedUrl,
          directoryUrl: at(folder),
          listOnAggregators: site.csaf.listOnAggregators,
          mirrorOnAggregators: site.csaf.mirrorOnAggregators,
          today,
          signingKeys: publicKeys.map(({ fingerprint }) => ({
            // Lower case: older csaf_checker versions compare it with the key's, case-sensitively.
            fingerprint: fingerprint.toLowerCase(),
            url: at(keyPath(fingerprint)),
          })),
        }),
      ),
    ],
  ];
}
