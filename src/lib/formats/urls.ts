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
      } else if (parsed.pathname === '/' && url.replace(/\/$/, '') !== parsed.origin) {
        // Docusaurus joins SITE_URL into pages as written; only the origin's own spelling is safe.
        problems.push(
          `SITE_URL ${JSON.stringify(url)} must be written as the URL standard writes it: use ${parsed.origin}`,
        );
      }
    }
  }
  const base = basePathProblem(baseUrl);
  if (base !== undefined) problems.push(`BASE_URL ${JSON.stringify(baseUrl)} ${base}`);
  if (problems.length > 0) return { problems };
  return { address: { url: url.replace(/\/$/, ''), baseUrl }, problems: [] };
}

/** A segment of a path as a URL writes it: RFC 3986's path characters, "%" only as an escape, not "." or "..". */
const PATH_SEGMENT = /^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$/;

/**
 * Why `baseUrl` is not a path of the site's own host, for a message after its name, or undefined.
 * Docusaurus quietly rewrites some of them ("//evil.example/" to "/evil.example/"), but every URL
 * the build writes from it would resolve elsewhere: "//host/" and "/\\host/" to another host,
 * "/a?x/" and "/a#b/" to another path.
 */
function basePathProblem(baseUrl: string): string | undefined {
  const example = '(e.g. /security/)';
  if (!baseUrl.startsWith('/') || !baseUrl.endsWith('/')) {
    return `must start and end with "/" ${example}`;
  }
  if (baseUrl === '/') return undefined;
  const segments = baseUrl.slice(1, -1).split('/');
  if (segments.some((segment) => segment === '')) {
    return `must not hold "//": a URL starting "//" names another host ${example}`;
  }
  for (const segment of segments) {
    // "%2e" is a dot to the URL parser: "/%2e%2e/" climbs out as "/../" does.
    if (/^(?:\.|%2e){1,2}$/i.test(segment)) {
      return `must not hold a "${segment}" segment: write the path it stands for ${example}`;
    }
    if (!PATH_SEGMENT.test(segment)) {
      // Code points, not grapheme clusters: the message names the first one a path cannot hold.
      // eslint-disable-next-line @typescript-eslint/no-misused-spread
      const char = [...segment].find((c) => !PATH_SEGMENT.test(c) && c !== '%') ?? '%';
      return `must be a plain path: ${JSON.stringify(char)} cannot be written in a URL path as it is (write it percent-encoded, or leave it out) ${example}`;
    }
  }
  return undefined;
}

/** The absolute URL of a path on the site: `absoluteUrl(address, '/scope')`. */
export function absoluteUrl(address: SiteAddress, path: string): string {
  return new URL(address.baseUrl + path.replace(/^\//, ''), address.url).href;
}

/**
 * A file's address at the domain root and under the site's base path, root first; one address when
 * the site is at the root. security.txt lists both as Canonical: RFC 9116 clients look at the root,
 * and DEPLOYING.md asks the host to serve a copy there.
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

/** The kinds of address the data holds: web pages, and (for reports) e-mail and telephone. */
export type AddressScheme = 'https:' | 'mailto:' | 'tel:';

/** How a message names what `schemes` allows: "an https:// address", "an https:// or mailto: address". */
function expectedAddress(schemes: readonly AddressScheme[]): string {
  const names = schemes.map((scheme) => (scheme === 'https:' ? 'https://' : scheme));
  const last = names.pop() ?? '';
  return `an ${names.length === 0 ? last : `${names.join(', ')} or ${last}`} address`;
}

/**
 * Every address in the data (a credit's page, a team member's profile, the report channel),
 * checked once as the URL standard reads it, and its normalised form: what every output writes,
 * since RFC 9116, CSAF and the feeds take URIs (`https://xn--jrgen-kva.example/%C3%BCber`), not
 * the Unicode a maintainer may type (`https://jürgen.example/über`). The problem, if any, reads
 * after the field's name and value: `url "…" must be an https:// address`.
 */
export function checkedAddress(
  value: unknown,
  schemes: readonly AddressScheme[] = ['https:'],
): { readonly href: string } | { readonly problem: string } {
  const expected = expectedAddress(schemes);
  if (typeof value !== 'string' || value === '') return { problem: `must be ${expected}` };
  // URL() quietly drops tabs and line breaks, and reads "\" as "/": either would let the text
  // written differ from the address published.
  if (/[\s\p{Cc}\\]/u.test(value) || !URL.canParse(value)) {
    return { problem: `must be ${expected}, with no spaces, control characters or "\\"` };
  }
  const url = new URL(value);
  if (!(schemes as readonly string[]).includes(url.protocol)) {
    return { problem: `must be ${expected}, not ${url.protocol}` };
  }
  if (url.protocol === 'https:') {
    if (!/^https:\/\//i.test(value)) return { problem: `must be ${expected} written https://…` };
    if (url.username !== '' || url.password !== '') {
      return { problem: `must not hold a user name or password: it is published` };
    }
    if (!isHostName(url.hostname)) {
      return {
        problem: `must name a host such as www.example.org, not ${JSON.stringify(url.hostname)}`,
      };
    }
  }
  // One mailbox, and nothing else: "?cc=" or "?bcc=" would copy every report elsewhere.
  if (
    url.protocol === 'mailto:' &&
    !(MAILBOX.test(url.pathname) && url.search === '' && url.hash === '')
  ) {
    return {
      problem: `must name one e-mail address and nothing more, such as mailto:security@example.org`,
    };
  }
  if (url.protocol === 'tel:' && !/^\+?[0-9][0-9-.()]*$/.test(url.pathname)) {
    return { problem: `must name a telephone number, such as tel:+1-201-555-0123` };
  }
  // What the URL standard leaves as written but RFC 3986 forbids: "|", "^", "%" not escaping.
  if (!/^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/.test(url.href)) {
    return { problem: `must be a URI (RFC 3986): percent-encode its other characters` };
  }
  return { href: url.href };
}

/**
 * A mailbox as a report channel is written: letters, digits and the usual signs, or the UTF-8
 * escapes of letters outside ASCII (RFC 6068; never an escaped "@" or "?"), then a domain.
 */
const MAILBOX =
  /^(?:[A-Za-z0-9.!#$&'*+=^_`{}~-]|%[89A-Fa-f][0-9A-Fa-f])+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** A DNS host name (after punycode): labels of letters, digits and inner hyphens, or an IPv4 address. */
function isHostName(host: string): boolean {
  const labels = host.split('.');
  return labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
}

/**
 * Why `value` is not an address written as every output writes it, or undefined. An address with
 * an empty path may leave out its "/" (`https://huntr.dev`): URIs compare equal either way.
 */
export function addressProblem(
  value: unknown,
  schemes: readonly AddressScheme[],
): string | undefined {
  const checked = checkedAddress(value, schemes);
  if ('problem' in checked) return checked.problem;
  const { href } = checked;
  if (href === value || href === `${String(value)}/`) return undefined;
  return `is not written as a URI (RFC 3986), which security.txt, CSAF and the feeds require: write it as ${JSON.stringify(href)}`;
}
