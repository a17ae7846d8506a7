/**
 * Where the site is published, from SITE_URL and BASE_URL (with the defaults in src/data/site.ts).
 * Every absolute URL in the outputs derives from this, so a bad value stops the build here.
 */

export interface SiteAddress {
  /** Scheme and host, no path: `https://www.milex.org`. */
  readonly url: string;
  /** The path the site lives under, starting and ending with `/`: `/milex-security-team/`. */
  readonly baseUrl: string;
}

export interface AddressInput {
  readonly siteUrl: string | undefined;
  readonly baseUrl: string | undefined;
  /** Production builds must be https; `docusaurus start` may run on http://localhost. */
  readonly production: boolean;
}

/** Checks the site's address and reports every problem at once. */
export function siteAddress(
  input: AddressInput,
  defaults: SiteAddress,
): { address: SiteAddress; problems: [] } | { problems: string[] } {
  const url = input.siteUrl ?? defaults.url;
  const baseUrl = input.baseUrl ?? defaults.baseUrl;
  const problems: string[] = [];

  if (url.trim() === '') {
    problems.push('SITE_URL is empty: set it to the https:// address the site is published at');
  } else if (/[\s\p{Cc}]/u.test(url)) {
    problems.push(
      `SITE_URL ${JSON.stringify(url)} must be an address with no spaces or control characters, such as https://www.milex.org`,
    );
  } else if (!URL.canParse(url)) {
    problems.push(
      `SITE_URL ${JSON.stringify(url)} is not an absolute URL such as https://www.milex.org`,
    );
  } else {
    const parsed = new URL(url);
    if (parsed.username !== '' || parsed.password !== '') {
      // Published in every page, security.txt and the feeds; and this message must not repeat it.
      parsed.username = '';
      parsed.password = '';
      problems.push(
        `SITE_URL must not hold a user name or password (it is published in every page, security.txt and the feeds): use ${parsed.origin}`,
      );
    } else {
      if (input.production && parsed.protocol !== 'https:') {
        problems.push(
          `SITE_URL ${JSON.stringify(url)} must use https:// in a production build (security.txt and the feeds are only trusted over https)`,
        );
      }
      if (parsed.pathname !== '/') {
        problems.push(
          `SITE_URL ${JSON.stringify(url)} must be scheme and host only; put the path in BASE_URL (e.g. BASE_URL=${parsed.pathname.replace(/\/?$/, '/')})`,
        );
      }
      // URL() drops an empty "?" or "#", so look for them in what was written.
      if (/[?#]/.test(url)) {
        problems.push(
          `SITE_URL ${JSON.stringify(url)} must be scheme and host only, with no ? or #: use ${parsed.origin}`,
        );
      }
    }
  }
  if (!baseUrl.startsWith('/') || !baseUrl.endsWith('/')) {
    problems.push(
      `BASE_URL ${JSON.stringify(baseUrl)} must start and end with "/" (e.g. /security/)`,
    );
  }
  if (problems.length > 0) return { problems };
  return { address: { url: url.replace(/\/$/, ''), baseUrl }, problems: [] };
}

/** The absolute URL of a path on the site: `absoluteUrl(address, '/scope')`. */
export function absoluteUrl(address: SiteAddress, path: string): string {
  return new URL(address.baseUrl + path.replace(/^\//, ''), address.url).href;
}

/**
 * A file's address at the domain root and under the site's base path, root first; one address when
 * the site is at the root. security.txt lists both as Canonical: RFC 9116 clients look at the root,
 * and the "Feeds and data" page asks the host to serve a copy there.
 */
export function rootAndSiteUrls(address: SiteAddress, path: string): string[] {
  const root = absoluteUrl({ url: address.url, baseUrl: '/' }, path);
  const own = absoluteUrl(address, path);
  return root === own ? [own] : [root, own];
}

/**
 * An absolute https URL with no whitespace or control characters: URL() quietly drops tabs and
 * newlines, which would let a value break the line format of the file it is written into.
 */
export function isHttpsUrl(value: string): boolean {
  return !/[\s\p{Cc}]/u.test(value) && URL.canParse(value) && new URL(value).protocol === 'https:';
}
