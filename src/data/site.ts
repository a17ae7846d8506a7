/**
 * Site identity and every link used in more than one place. Change a link here
 * and every page, the navbar and the footer follow.
 */

export const site = {
  title: 'Milex Security',
  tagline:
    'How to report a vulnerability in Milex, which releases get security fixes, and how fixes are disclosed.',
  /** Where the site is published. SITE_URL and BASE_URL override these at build time. */
  defaultUrl: 'https://www.milex.org',
  defaultBaseUrl: '/milex-security-team/',
  /**
   * The domain in the ids of calendar events and feed entries. It stays the same wherever a build
   * is published (a preview, a new domain), so subscribers never see an event or entry twice.
   */
  idDomain: 'www.milex.org',
  /** The private channel for vulnerability reports. */
  reportChannel: {
    name: 'huntr.dev',
    url: 'https://huntr.dev',
  },
  project: {
    name: 'Milex',
    url: 'https://www.milex.org',
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
} as const;

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
  publishingAdvisories: '/publishing-an-advisory',
} as const;

/** Where an advisory's page lives, e.g. `/advisories/MILEX-2026-001`. */
export const advisoryRoute = (id: string): string => `${routes.advisoryList}/${id}`;

/** The id of the "Is my version supported?" heading on the supported-versions page. */
export const checkerAnchor = 'check-your-version';

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
  /** A folder: one `<id>.json` OSV record per advisory, plus `all.json` with every record. */
  osv: '/advisories/osv/',
} as const;
