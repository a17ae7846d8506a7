/**
 * The site's routes, the names of its pages and sections, and the files it publishes: the same in
 * every build, whatever the data. Import them from `./index` (src/lib/site).
 */
import { site } from '../../data/site';

/** Pages that components link to, relative to the site's base URL. */
export const routes = {
  home: '/',
  overview: '/overview',
  scope: '/scope',
  supportedVersions: '/supported-versions',
  reporting: '/how-to-report-a-security-issue',
  handling: '/triaging-and-resolving-security-issues',
  announcements: '/security-announcements-and-releases',
  advisories: '/milex-security-advisory-policy',
  disclosure: '/disclosure-policy',
  team: '/join-the-team',
  acknowledgements: '/acknowledgements',
  feedsAndData: '/feeds-and-data',
  advisoryList: '/advisories',
  forTeamMembers: '/for-team-members',
  addingReleases: '/adding-a-release',
  changingReportChannels: '/changing-the-report-channels',
  addingTeamMembers: '/adding-a-team-member',
  publishingAdvisories: '/publishing-an-advisory',
  announcingReleases: '/announcing-a-security-release',
} as const;

/**
 * Each page's one name: its title, its sidebar label and the text of every link to it, in the
 * navbar, the footer, the home page, the components and SECURITY.md. A doc's front-matter `title`
 * must be the same (a unit test checks), and the browser tests check every link on the built site.
 */
export const pageNames = {
  home: site.title,
  overview: 'Policy overview',
  scope: 'Scope',
  supportedVersions: 'Supported versions',
  reporting: 'How to report a vulnerability',
  handling: 'How reports are handled',
  announcements: 'Announcements and releases',
  advisories: 'Security advisory policy',
  disclosure: 'Disclosure policy',
  team: 'Team membership',
  acknowledgements: 'Acknowledgements',
  feedsAndData: 'Feeds and data',
  advisoryList: 'Security advisories',
  forTeamMembers: 'For team members',
  addingReleases: 'Adding a release',
  changingReportChannels: 'Changing the report channels',
  addingTeamMembers: 'Adding a team member',
  publishingAdvisories: 'Publishing an advisory',
  announcingReleases: 'Announcing a security release',
} as const satisfies Record<keyof typeof routes, string>;

/**
 * The groups of pages, each under one name wherever it appears: the sidebar, the footer and the
 * home page. "For team members" holds the pages for the team's own members (maintainer material).
 */
export const sectionNames = {
  // The groups of pages on the home page and in the footer, named the same in both.
  foundAVulnerability: 'Found a vulnerability?',
  runningMilex: 'Running Milex?',
  aboutTheTeam: 'About the team',
  // The name of the section's own page too (pageNames.forTeamMembers).
  forTeamMembers: 'For team members',
} as const;

/** Where the security release notices' pages live; Announcements and releases lists them. */
export const noticesRouteBase = '/security-release-notices';

/** Where a notice's page lives, e.g. `/security-release-notices/MILEX-SR-2026-001`. */
export const noticeRoute = (id: string): string => `${noticesRouteBase}/${id}`;

/** Where an advisory's page lives, e.g. `/advisories/MILEX-2026-001`. */
export const advisoryRoute = (id: string): string => `${routes.advisoryList}/${id}`;

/** The "Is my version supported?" heading on the supported-versions page: its id and its text. */
export const checkerAnchor = 'check-your-version';
export const checkerName = 'Is my version supported?';

/** The checker's address parameters: the version to check, and an advisory to answer for. */
export const checkerParams = { version: 'version', advisory: 'advisory' } as const;

/** The checker, set to say whether one advisory affects the version typed. */
export const checkerFor = (advisoryId: string): string =>
  `${routes.supportedVersions}?${checkerParams.advisory}=${advisoryId}#${checkerAnchor}`;

/** The heading of the release lifecycle feed on the feeds page: its id and its text. */
export const lifecycleFeedAnchor = 'release-lifecycle-feed';
export const lifecycleFeedName = 'Release lifecycle feed';

/**
 * The machine-readable files the build writes beside the pages, relative to the site's base URL.
 * `badges` is a folder: one `<branch>.json` per release.
 */
export const outputs = {
  securityTxt: '/.well-known/security.txt',
  releasesJson: '/api/releases.json',
  releasesSchema: '/api/releases.schema.json',
  calendar: '/releases.ics',
  atom: '/releases.atom',
  badges: '/api/badges/',
  advisoriesRss: '/advisories/rss.xml',
  advisoriesAtom: '/advisories/atom.xml',
  advisoriesJsonFeed: '/advisories/feed.json',
  /** The security release notices (plugins/notices): three feeds, and the list with its schema. */
  noticesRss: '/security-release-notices/rss.xml',
  noticesAtom: '/security-release-notices/atom.xml',
  noticesJsonFeed: '/security-release-notices/feed.json',
  noticesJson: '/api/notices.json',
  noticesSchema: '/api/notices.schema.json',
  /** A folder: one `<id>.json` OSV record per advisory, plus `all.json` with every record. */
  osv: '/advisories/osv/',
  /** CSAF 2.0 (specification section 7.1): the provider metadata, the ROLIE service and feed. */
  csafProviderMetadata: '/.well-known/csaf/provider-metadata.json',
  csafService: '/.well-known/csaf/service.json',
  csafFeed: '/.well-known/csaf/white/feed-tlp-white.json',
  /**
   * A folder: `<year>/<file>.json` per advisory (year of first publication), with `.sha256`,
   * `.sha512` and, when the build signs, `.asc`.
   */
  csafDocuments: '/.well-known/csaf/white/',
  /** A folder: every public OpenPGP key the signatures verify with, as `<FINGERPRINT>.asc`. */
  csafOpenpgpKeys: '/.well-known/csaf/openpgp/',
} as const;

/** Where a release's badge is, e.g. `/api/badges/1.0.json`; branch names are already safe in a URL. */
export const badgePath = (branch: string): string => `${outputs.badges}${branch}.json`;

/** The shields.io endpoint service that draws a badge from one of our JSON files. */
export const SHIELDS_ENDPOINT = 'https://img.shields.io/endpoint';

/** The image URL a README embeds to show the badge whose JSON is at `endpointUrl`. */
export const shieldsImageUrl = (endpointUrl: string): string =>
  `${SHIELDS_ENDPOINT}?url=${encodeURIComponent(endpointUrl)}`;
