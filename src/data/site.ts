/**
 * Site identity and every link used in more than one place. Change a link here
 * and every page, the navbar and the footer follow. An address may be typed in Unicode: the site
 * publishes it as a URI (withUriAddresses).
 */
import { withUriAddresses } from '../lib/site/addresses';
import { channelView, type ReportChannel } from '../lib/site/reportChannels';

export const site = withUriAddresses({
  title: 'Milex Security',
  /** The team's one name, wherever the site names who publishes: pages, feeds, CSAF. */
  teamName: 'Milex security team',
  tagline:
    'How to report a vulnerability in Milex, which releases receive security advisories, and how vulnerabilities are disclosed.',
  /** Where the site is published. SITE_URL and BASE_URL override these at build time. */
  defaultUrl: 'https://www.milex.org',
  defaultBaseUrl: '/milex-security-team/',
  /**
   * The domain in the ids of calendar events and feed entries. It stays the same wherever a build
   * is published (a preview, a new domain), so subscribers never see an event or entry twice.
   */
  idDomain: 'www.milex.org',
  /**
   * Where to send a vulnerability report, most preferred first. The navbar and every "report" link
   * open the first; the reporting page, security.txt and SECURITY.md list them all, in this order.
   * A channel is a platform (as here), GitHub private vulnerability reporting
   * (`{ kind: 'github', repository: 'https://github.com/OWNER/REPO', howToFile }`) or an e-mail
   * address (`{ kind: 'email', address, howToFile, openpgpKey?: { fingerprint, url } }`):
   * src/lib/site/reportChannels.ts describes each field, and MAINTAINING.md shows examples.
   */
  reportChannels: [
    {
      kind: 'platform',
      name: 'huntr.dev',
      url: 'https://huntr.dev',
      howToFile:
        "File the report against the Milex repository, github.com/milexdev/milex, where the project's code is public.",
      /** The platform's own rules, disclosure included, which the reporting page points to. */
      rules: { name: "huntr.dev's participation guidelines", url: 'https://huntr.dev/guidelines' },
    },
  ] satisfies readonly ReportChannel[],
  project: {
    name: 'Milex',
    url: 'https://www.milex.org',
    /** The project's public code. */
    repository: 'https://github.com/milexdev/milex',
  },
  /** The team's own page of members on the project's website, from the team's policy. */
  membersPage: {
    name: 'Meet the Milex Security Team',
    url: 'https://www.milex.org/meet-the-milex-security-team',
  },
  /**
   * How the advisories' OSV records name what they affect, so vulnerability scanners can match it.
   * To confirm with the Milex maintainers: the package name Milex is published under (Mautic, which
   * Milex forks, is "mautic/core" on Packagist). OSV ids must start with a registered database
   * prefix; until "MILEX" is registered with OSV, records use the schema's "x_" prefix.
   */
  osv: {
    ecosystem: 'Packagist',
    packageName: 'milex/core',
    idPrefix: 'x_',
  },
  /**
   * The advisories' CSAF 2.0 documents and provider metadata: who publishes them, and what the
   * team asks of CSAF aggregators. To confirm with the team: the two answers below are the ones
   * the CSAF specification (section 7.1.7) tells aggregators to assume when a provider gives none.
   */
  csaf: {
    publisher: {
      category: 'vendor',
      // The team's one name (teamName above): a literal, as `as const` needs.
      name: 'Milex security team',
      namespace: 'https://www.milex.org',
    },
    vendor: 'Milex',
    product: 'Milex',
    listOnAggregators: true,
    mirrorOnAggregators: false,
  },
} as const);

/** The report channels as every view shows them, most preferred first (src/lib/site/reportChannels.ts). */
export const reportChannels = site.reportChannels.map(channelView);

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
