import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';

import advisoriesPlugin from './plugins/advisories';
import dataValidationPlugin from './plugins/data-validation';
import leanClientPlugin from './plugins/lean-client';
import outputsPlugin from './plugins/outputs';
import builtPagesPlugin from './plugins/built-pages';
import { routes, site } from './src/data/site';
import { buildSettings } from './src/lib/buildSettings';
import { utcDayOf } from './src/lib/dates';

/**
 * SITE_URL and BASE_URL let one build target a project page, a sub-path or a custom domain;
 * BUILD_DAY pins the day the pages show statuses for (tests); SECURITY_TXT_EXPIRES_DAYS sets how
 * long security.txt stays valid. All are checked at once, before anything is built.
 */
const checked = buildSettings(process.env, {
  production: process.env.NODE_ENV === 'production',
  today: utcDayOf(new Date()),
  defaults: { url: site.defaultUrl, baseUrl: site.defaultBaseUrl },
});
if (!('settings' in checked)) {
  throw new Error(
    `The build settings are wrong:\n${checked.problems.map((p) => `  - ${p}`).join('\n')}`,
  );
}
const { address, buildDay, securityTxtExpiresDays } = checked.settings;
const { url, baseUrl } = address;

const config: Config = {
  title: site.title,
  tagline: site.tagline,
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,
  baseUrlIssueBanner: false,
  customFields: { buildDay, securityTxtExpiresDays },

  future: {
    v4: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
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
    dataValidationPlugin,
    outputsPlugin,
    advisoriesPlugin,
    leanClientPlugin,
    builtPagesPlugin,
  ],

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
        explicitSearchResultPath: true,
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
          // Policy changes go through pull requests, not an "edit this page" shortcut.
          editUrl: undefined,
          showLastUpdateTime: false,
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
    metadata: [{ name: 'description', content: site.tagline }],
    navbar: {
      title: site.title,
      logo: {
        alt: 'Milex Security logo: a shield',
        src: 'img/logo.svg',
      },
      items: [
        { to: routes.overview, label: 'Policy', position: 'left' },
        { to: routes.supportedVersions, label: 'Supported versions', position: 'left' },
        { to: routes.advisoryList, label: 'Advisories', position: 'left' },
        { to: routes.disclosure, label: 'Disclosure', position: 'left' },
        {
          href: site.reportChannel.url,
          label: 'Report a vulnerability',
          position: 'right',
          className: 'navbar-report-link',
          'data-report-link': 'navbar',
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Researchers',
          items: [
            { label: 'Report a vulnerability', to: routes.reporting },
            { label: 'Scope', to: routes.scope },
            { label: 'Disclosure policy', to: routes.disclosure },
          ],
        },
        {
          title: 'Running Milex',
          items: [
            { label: 'Supported versions', to: routes.supportedVersions },
            { label: 'Security advisories', to: routes.advisoryList },
            { label: 'What an advisory is', to: routes.advisories },
            { label: 'Announcements and releases', to: routes.announcements },
            { label: 'Feeds and data', to: routes.feedsAndData },
          ],
        },
        {
          title: 'Milex',
          items: [
            { label: 'The security team', to: routes.team },
            { label: 'Publishing an advisory', to: routes.publishingAdvisories },
            { label: `${site.project.name} project`, href: site.project.url },
          ],
        },
      ],
      copyright: `Milex Security Team. Built from the team's policy source; see Acknowledgements for the projects it draws on.`,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
