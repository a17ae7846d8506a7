/**
 * The site's Docusaurus configuration, made from one `SiteInput`: the site's own
 * (docusaurus.config.ts) and the test build's (docusaurus.fixtures.config.ts) differ only in their
 * input. Each value takes one route: plugins get it from the input, pages from `customFields`
 * (the build's settings) or from a module a plugin writes (the checked content); DEVELOPING.md,
 * "One input, one route per value".
 */
import { execFileSync } from 'node:child_process';

import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';

import { advisoriesSection } from '../plugins/advisories';
import { noticeBanner, noticesSection } from '../plugins/notices';
import type { SigningSource } from '../plugins/signing';
import type { CustomFields } from '../src/lib/formats/customFields';
import type { SiteAddress } from '../src/lib/formats/urls';
import type { Release } from '../src/lib/releases/model';
import { validateReleases } from '../src/lib/releases/validate';
import { pageNames, routes, sectionNames, site } from '../src/lib/site';
import type { ChannelView } from '../src/lib/site/reportChannels';
import { reportNavbarItem } from './reportChannels';
import { sitePlugins } from './sitePlugins';

/** Everything one build of the site is made from, besides the Markdown pages in docs/. */
export interface SiteInput {
  /** Where the site is published (SITE_URL and BASE_URL). */
  readonly address: SiteAddress;
  /** The UTC day, `YYYY-MM-DD`, that the static pages show statuses for (BUILD_DAY, or today). */
  readonly buildDay: string;
  /** How many days security.txt stays valid. */
  readonly securityTxtExpiresDays: number;
  /** Where "Edit this page" opens a file; no link when undefined. */
  readonly editUrl?: string;
  /** The site's repository and branch, when the build knows it: the team's pages link it. */
  readonly repository?: CustomFields['repository'];
  /** The table of supported versions. */
  readonly releases: readonly Release[];
  /** Where to report, most preferred first. */
  readonly reportChannels: readonly ChannelView[];
  /** The folder of advisory files, relative to the site. */
  readonly advisoriesDir: string;
  /** The folder of security release notice files, relative to the site. */
  readonly noticesDir: string;
  /** The public keys a build that is signed afterwards publishes (plugins/signing). */
  readonly signing: SigningSource;
}

/**
 * Whether the site is built from a git checkout. Pages show the day they last changed from git
 * history; Docusaurus stops the build when it cannot run git there, so a build from an archive
 * (no .git) shows no date rather than failing.
 */
function inGitWorkTree(): boolean {
  try {
    const answer = execFileSync('git', ['rev-parse', '--is-inside-work-tree'], {
      cwd: process.cwd(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return answer.trim() === 'true';
  } catch {
    return false;
  }
}

/** A navbar or footer link to one of the site's pages, under the page's one name. */
const pageLink = (page: keyof typeof routes) => ({ to: routes[page], label: pageNames[page] });

/**
 * The configuration for `input`. Async because the banner needs the checked notices: a notice
 * file the checks refuse stops the build here, with every problem listed, before anything is
 * built. Every command that loads the config (`serve` and `clear` too) checks them.
 */
export async function siteConfig(input: SiteInput): Promise<Config> {
  const { address, buildDay, editUrl, repository, releases, reportChannels, signing } = input;
  const { url, baseUrl } = address;

  /** The advisories: their pages, list, feeds, OSV records and CSAF documents. */
  const advisories = advisoriesSection({
    dir: input.advisoriesDir,
    releases,
    address,
    buildDay,
    editUrl,
    signing,
  });

  /** The security release notices: their pages, the banner, feeds and data. */
  const notices = noticesSection({
    dir: input.noticesDir,
    releases,
    address,
    buildDay,
    editUrl,
    advisories: advisories.load,
  });

  // On every page while a security release notice is coming on the build day. The notices are
  // checked against the table: while the table itself is wrong, nothing is read here, and
  // plugins/dataValidation stops the build with the table's problems, each at its line.
  const banner = validateReleases(releases).ok
    ? noticeBanner(await notices.load(), buildDay)
    : undefined;

  return {
    title: site.title,
    tagline: site.tagline,
    favicon: 'img/favicon.svg',
    url,
    baseUrl,
    trailingSlash: false,
    baseUrlIssueBanner: false,
    // What pages read of the build's settings (src/hooks).
    customFields: {
      buildDay,
      reportChannels,
      signed: signing.signed,
      ...(repository === undefined ? {} : { repository }),
    } satisfies CustomFields,

    future: {
      v4: true,
    },

    onBrokenLinks: 'throw',
    onBrokenAnchors: 'throw',
    onDuplicateRoutes: 'throw',
    markdown: {
      // Notice and advisory files are checked here, where Docusaurus reads front matter; other
      // files as usual.
      parseFrontMatter: notices.parseFrontMatter(advisories.parseFrontMatter),
      hooks: {
        onBrokenMarkdownLinks: 'throw',
        onBrokenMarkdownImages: 'throw',
      },
    },

    i18n: {
      defaultLocale: 'en',
      locales: ['en'],
    },

    plugins: [
      ...sitePlugins(input, advisories, notices),
      ...(banner === undefined ? [] : [banner.plugin]),
    ],

    // Search runs in the browser from an index built with the site: no query leaves the visitor's
    // machine.
    themes: [
      [
        '@easyops-cn/docusaurus-search-local',
        {
          hashed: true,
          indexDocs: true,
          indexBlog: false,
          indexPages: true,
          docsRouteBasePath: '/',
          language: ['en'],
          // No explicit result path: the plugin (0.55.3) joins breadcrumbs, page and section titles
          // into the suggestion as HTML, unescaped, so a title written as markup would run
          // (e2e/search.test.ts).
          explicitSearchResultPath: false,
          searchBarShortcutHint: false,
        },
      ],
    ],

    presets: [
      [
        'classic',
        {
          docs: {
            routeBasePath: '/',
            sidebarPath: './sidebars.ts',
            // "Edit this page" opens the page's file in the site's repository, when the build knows
            // it (REPOSITORY_URL and REPOSITORY_BRANCH, or GitHub Actions); otherwise no link.
            editUrl,
            // Readers of a policy need to know how current it is (src/theme/LastUpdated).
            showLastUpdateTime: inGitWorkTree(),
          },
          blog: false,
          theme: {
            customCss: './src/css/custom.css',
          },
          sitemap: {
            // The search page lists results for a query; it is not content to index.
            ignorePatterns: [`${baseUrl}search`],
            lastmod: null,
            changefreq: null,
            priority: null,
          },
        } satisfies Preset.Options,
      ],
    ],

    themeConfig: {
      colorMode: {
        respectPrefersColorScheme: true,
      },
      ...(banner === undefined ? {} : { announcementBar: banner.announcementBar }),
      // The social card shown beside shared links is in plugins/headTags.ts.
      metadata: [{ name: 'description', content: site.tagline }],
      navbar: {
        title: site.title,
        logo: {
          alt: 'Milex Security logo: a shield',
          src: 'img/logo.svg',
        },
        items: [
          { ...pageLink('overview'), position: 'left' },
          { ...pageLink('supportedVersions'), position: 'left' },
          // Active on the list and on every advisory's page.
          { ...pageLink('advisoryList'), position: 'left', activeBasePath: routes.advisoryList },
          reportNavbarItem(reportChannels),
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: sectionNames.foundAVulnerability,
            items: [
              pageLink('reporting'),
              pageLink('scope'),
              pageLink('handling'),
              pageLink('disclosure'),
            ],
          },
          {
            title: sectionNames.runningMilex,
            items: [
              pageLink('supportedVersions'),
              pageLink('advisoryList'),
              pageLink('advisories'),
              pageLink('announcements'),
              pageLink('feedsAndData'),
            ],
          },
          {
            title: sectionNames.aboutTheTeam,
            items: [
              pageLink('overview'),
              pageLink('team'),
              pageLink('acknowledgements'),
              { label: `${site.project.name} website`, href: site.project.url },
            ],
          },
          {
            title: sectionNames.forTeamMembers,
            items: [
              pageLink('forTeamMembers'),
              pageLink('addingReleases'),
              pageLink('changingReportChannels'),
              pageLink('addingTeamMembers'),
              pageLink('publishingAdvisories'),
              pageLink('announcingReleases'),
            ],
          },
        ],
        copyright: `The security policy of ${site.project.name}, published by the ${site.teamName}.`,
      },
    } satisfies Preset.ThemeConfig,
  };
}
