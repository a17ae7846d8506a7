import { execFileSync } from 'node:child_process';

import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';

// First: it stops a build with wrong settings before the plugins below are loaded.
import { settings } from './config/settings';
import { advisoriesSection } from './plugins/advisories';
import { reportNavbarItem } from './config/reportChannels';
import { noticeBanner, noticesSection } from './plugins/notices';
import { committedSigning } from './plugins/signing';
import { sitePlugins } from './config/sitePlugins';
import { releases } from './src/data/releases';
import { pageNames, reportChannels, routes, sectionNames, site } from './src/lib/site';
import type { CustomFields } from './src/lib/formats/customFields';

// SITE_URL, BASE_URL, BUILD_DAY and the rest, checked before anything is built: config/settings.ts.
const { address, buildDay, securityTxtExpiresDays, editUrl, repository } = settings;
const { url, baseUrl } = address;

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

/**
 * The public keys in openpgp/, which a build the deploy signs afterwards (SIGNED_AFTER_BUILD)
 * publishes, with links to the signatures to come (plugins/signing). The build never signs.
 */
const signing = committedSigning(process.cwd(), { signed: settings.signedAfterBuild });

/** The advisories in advisories/: their pages, list, feeds, OSV records and CSAF documents. */
const advisories = advisoriesSection({
  dir: 'advisories',
  releases,
  address,
  buildDay,
  editUrl,
  signing,
});

/** The security release notices in notices/: their pages, the banner, feeds and data. */
const notices = noticesSection({
  dir: 'notices',
  releases,
  address,
  buildDay,
  editUrl,
  advisories: advisories.load,
});

/** A navbar or footer link to one of the site's pages, under the page's one name. */
const pageLink = (page: keyof typeof routes) => ({ to: routes[page], label: pageNames[page] });

const config: Config = {
  title: site.title,
  tagline: site.tagline,
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,
  baseUrlIssueBanner: false,
  customFields: {
    buildDay,
    securityTxtExpiresDays,
    reportChannels,
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

  plugins: sitePlugins(releases, advisories, signing, notices),

  // Search runs in the browser from an index built with the site: no query leaves the visitor's machine.
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
        // No explicit result path: the plugin (0.55.3) joins breadcrumbs, page and section titles into
        // the suggestion as HTML, unescaped, so a title written as markup would run (e2e/search.test.ts).
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
    // A banner on every page while a security release notice is coming (plugins/notices).
    announcementBar: noticeBanner(notices),
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
          title: 'Researchers',
          items: [
            pageLink('reporting'),
            pageLink('scope'),
            pageLink('handling'),
            pageLink('disclosure'),
          ],
        },
        {
          title: 'Running Milex',
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
            pageLink('publishingAdvisories'),
            pageLink('announcingReleases'),
          ],
        },
      ],
      copyright: `The security policy of ${site.project.name}, published by the ${site.teamName}.`,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
