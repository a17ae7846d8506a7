/**
 * An item's Markdown body (an advisory's, a notice's), checked at build time and written out for the OSV record's
 * `details`; Docusaurus renders it for the page like every other Markdown page. Maintainers write
 * it, but researchers read the page and scanners the record: raw HTML and level-1 headings are
 * refused, links may only be web, mail or same-site addresses, and images must be files of this
 * site (a remote image would tell another server about every visit). Links to this site's pages
 * are written as paths (`/scope`): the page gets them under the site's base path (Docusaurus does
 * that, and checks they exist), the record as absolute addresses.
 */
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

import { hiddenCharacter } from '../formats/hiddenCharacters';
import type { Problem } from '../formats/problems';
import { aOne, PLACEHOLDER } from './item';
import type { ItemFile } from './itemFile';
import { routes } from '../site';
import { absoluteUrl, checkedAddress, type SiteAddress } from '../formats/urls';

/** Something the text may not hold, at its line (1-based, in the text as checked). */
export interface BodyProblem {
  readonly message: string;
  readonly line?: number;
}

export interface CheckedBody {
  /** For the OSV record; links to the site are absolute. */
  readonly markdown: string;
  /** What the Markdown may not contain; empty when it is fine. */
  readonly problems: readonly BodyProblem[];
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const isOtherOrigin = (address: string): boolean =>
  SCHEME.test(address) || address.startsWith('//');

/**
 * What the build machine's disk says of a path of the site's `static/` folder (`/img/x.png`):
 * a file there, nothing, or something that resolves outside the folder (a symlink). Docusaurus
 * reads the file of a link or an image from the disk and publishes it, so the text's checks ask.
 */
export type StaticLookup = (path: string) => 'file' | 'missing' | 'outside';

/**
 * Whether Docusaurus reads a link to `pathname` as a file to publish rather than a page: its
 * Markdown link transformer (@docusaurus/mdx-loader, transformLinks) does so for a path with an
 * extension other than .md, .mdx and .html. Images are always files.
 */
const isFileLink = (pathname: string): boolean =>
  /\.[^./]+$/.test(pathname) && !/\.(?:mdx?|html)$/i.test(pathname);

const STATIC_ADVICE =
  "link a page by its path from the site's root (/scope), or put the file in static/ and write its path from there (/files/name.pdf for static/files/name.pdf)";

/** An advisory's page, which the text's relative links are read from. */
const pageOf = (site: SiteAddress): URL =>
  new URL(absoluteUrl(site, `${routes.advisoryList}/page`));

/**
 * Why a path of the site (no scheme, no host) cannot be published, or undefined. Docusaurus reads
 * the file of an image, or of a link to a file (`/files/fix.patch`), from the build machine's
 * disk and publishes it: an `@site/` path from the project's folder, a relative one from the
 * advisory's folder, an absolute one from `static/`, after decoding "%2E" and resolving "..". So a
 * file is written by its path from the site's root and must be in `static/`; a page link may be
 * relative, as long as it stays within the site (Docusaurus then checks that the page exists).
 */
function sitePathProblem(
  url: string,
  kind: 'link' | 'image',
  site: SiteAddress,
  staticFile: StaticLookup,
): string | undefined {
  const pathname = url.replace(/[?#].*$/s, '');
  if (pathname === '') {
    return kind === 'image' ? `names no file: ${STATIC_ADVICE}` : undefined;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'holds a "%" that does not start a percent-encoded character: write it %25';
  }
  if (/[\p{Cc}\\]/u.test(decoded)) {
    return 'holds a control character or "\\" written percent-encoded: delete it';
  }
  if (decoded.startsWith('@')) {
    return `names a file of the machine that builds the site, not a page or file of the site: ${STATIC_ADVICE}`;
  }
  const resolved = new URL(
    pathname.startsWith('/') ? absoluteUrl(site, pathname) : new URL(pathname, pageOf(site)),
  ).pathname;
  if (kind === 'link' && !isFileLink(decoded)) {
    const base = new URL(absoluteUrl(site, '/')).pathname;
    return resolved.startsWith(base)
      ? undefined
      : `climbs out of the site with "..": write the page's path from the site's root, such as /scope`;
  }
  if (!decoded.startsWith('/')) {
    return `is a file written relative to the text, which the build reads from its own disk: put the file in static/ and write its path from there, such as ${JSON.stringify(`/${decoded.replace(/^(?:\.{1,2}\/)+/, '')}`)}`;
  }
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) {
    return `holds "." or ".." segments, which the build resolves on its own disk: write the path of the file in static/ they lead to, ${JSON.stringify(new URL(pathname, 'https://site.invalid/').pathname)}`;
  }
  const found = staticFile(decoded);
  if (found === 'outside') {
    return 'is a link in static/ to a file outside it: copy the file into static/ instead';
  }
  if (found === 'missing' && kind === 'image') {
    return 'is not a file in static/: put the image in static/ and write its path from there (/img/name.png for static/img/name.png)';
  }
  return undefined;
}

/**
 * Why the address of a link or an image cannot be published, or undefined. Read as the URL
 * standard reads it, which is how browsers, feed readers and scanners read the page, the OSV
 * record and the CSAF notes: Docusaurus resolves `/\evil.example/../scope` as a path of the site
 * (and checks it exists), a browser as `https://evil.example/scope`. So a link is a named https
 * (or mailto) address, or a path that stays on the site; an image is always a file of the site.
 */
function addressProblem(
  url: string,
  kind: 'link' | 'image',
  site: SiteAddress,
  staticFile: StaticLookup,
): string | undefined {
  if (/[\s\p{Cc}\\]/u.test(url)) {
    return 'holds a space, a control character or "\\", which browsers and the build read differently: percent-encode it';
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (kind === 'image') {
    return scheme !== undefined || url.startsWith('//') || !staysOnSite(url, site)
      ? 'is on another site; put it in static/ and link it from there'
      : sitePathProblem(url, kind, site, staticFile);
  }
  if (scheme === undefined) {
    if (url.startsWith('//')) return 'names another site without saying how: write it https://…';
    return staysOnSite(url, site)
      ? sitePathProblem(url, kind, site, staticFile)
      : "leaves the site: write another site's address in full, https://…";
  }
  if (scheme === 'http') {
    return 'is not https: write https://… (a plain http link sends the visit unencrypted)';
  }
  if (scheme !== 'https' && scheme !== 'mailto') return 'is not a web or mail address';
  const checked = checkedAddress(url, ['https:', 'mailto:']);
  return 'problem' in checked ? checked.problem : undefined;
}

/**
 * Whether a path of the text (`/scope`, `#impact`) stays on the site, read as a browser reads it
 * from an advisory's page and as the build writes it for the OSV record.
 */
function staysOnSite(path: string, site: SiteAddress): boolean {
  const page = pageOf(site);
  const home = new URL(absoluteUrl(site, '/'));
  return [new URL(path, page), new URL(absoluteUrl(site, path))].every(
    (resolved) => resolved.origin === home.origin,
  );
}

/** A directive's attribute values (`:::warning{title="…"}`), as the parser read them. */
const directiveAttributes = (node: MdastNodes): string[] =>
  node.type === 'containerDirective' ||
  node.type === 'leafDirective' ||
  node.type === 'textDirective'
    ? Object.values(node.attributes ?? {}).map((value) => value ?? '')
    : [];

function* mdastNodes(node: MdastNodes): Generator<MdastNodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* mdastNodes(child);
}

/** Checks the Markdown's own tree: no raw HTML, no level-1 heading, safe links and images. */
function check(tree: MdastRoot, site: SiteAddress, staticFile: StaticLookup): BodyProblem[] {
  const found: BodyProblem[] = [];
  // Where each reference-style address (`[r]: https://…`) points, for images written `![x][r]`.
  const definitions = new Map<string, string>();
  for (const node of mdastNodes(tree)) {
    if (node.type === 'definition' && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node.url);
    }
  }
  for (const node of mdastNodes(tree)) {
    const line = node.position?.start.line;
    const where = line === undefined ? '' : ` (line ${String(line)} of the text)`;
    const report = (message: string): void => {
      found.push({ message, ...(line === undefined ? {} : { line }) });
    };
    if (node.type === 'textDirective' || node.type === 'leafDirective') {
      report(
        `${JSON.stringify(`:${node.type === 'leafDirective' ? ':' : ''}${node.name}`)}${where} is read as a directive, not text: put a space after the colon, or write it as \`code\``,
      );
    } else if (node.type === 'containerDirective' && !ADMONITIONS.has(node.name)) {
      report(
        `":::${node.name}"${where} is not an admonition: use :::note, :::tip, :::info, :::warning or :::danger`,
      );
    }
    // What the text holds once entities are read (&#x202E; is U+202E): the file's own lines show
    // only the entity. The parser reads them in text and addresses, and also in a code fence's
    // language and meta (its title), a directive's attributes and a footnote's or reference's label.
    const decoded = [
      'value' in node && node.type !== 'html' ? node.value : '',
      'url' in node ? node.url : '',
      'title' in node ? (node.title ?? '') : '',
      'alt' in node ? (node.alt ?? '') : '',
      'lang' in node ? (node.lang ?? '') : '',
      'meta' in node ? (node.meta ?? '') : '',
      'label' in node ? (node.label ?? '') : '',
      ...directiveAttributes(node),
    ];
    for (const value of decoded) {
      const char = hiddenCharacter(value);
      if (char !== undefined) {
        report(`the text${where} holds ${char}, written as an entity; delete it`);
        break;
      }
    }
    if (node.type === 'html') {
      report(
        `raw HTML ${JSON.stringify(node.value.slice(0, 40))}${where} is not allowed: write Markdown`,
      );
    } else if (node.type === 'heading' && node.depth === 1) {
      report(
        `a level-1 heading (# ...)${where} would be a second page title: start sections with ##`,
      );
    } else if (node.type === 'link' || node.type === 'definition') {
      const problem = addressProblem(node.url, 'link', site, staticFile);
      if (problem !== undefined)
        report(`the link to ${JSON.stringify(node.url)}${where} ${problem}`);
    } else if (node.type === 'image' || node.type === 'imageReference') {
      const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
      const problem =
        url === undefined ? undefined : addressProblem(url, 'image', site, staticFile);
      if (problem !== undefined) report(`the image ${JSON.stringify(url)}${where} ${problem}`);
    }
    // The template's placeholder, wherever it is left: text, code, a link's address or title, an
    // image's description.
    const written = [
      'value' in node ? node.value : '',
      'url' in node ? node.url : '',
      'title' in node ? (node.title ?? '') : '',
      'alt' in node ? (node.alt ?? '') : '',
    ];
    if (node.type !== 'html' && written.some((value) => value.includes(PLACEHOLDER))) {
      report(`the text still holds the template's "${PLACEHOLDER}"${where}: write it`);
    }
  }
  return found;
}

/** Points every link and image that is a path on this site (`/scope`, `img/x.png`) at `resolve` of it. */
function rewriteSitePaths(tree: MdastRoot, resolve: (path: string) => string): void {
  for (const node of mdastNodes(tree)) {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') continue;
    if (isOtherOrigin(node.url) || node.url.startsWith('#') || node.url === '') continue;
    node.url = resolve(node.url);
  }
}

/**
 * The Markdown as Docusaurus reads it: GFM and directives (`:::note`, `:name`) are part of its
 * pipeline (@docusaurus/mdx-loader), so the checks must see the same tree, or a directive could
 * hide raw HTML from them inside what they take for code.
 */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** Docusaurus's admonitions (its documented keywords): the only directives an advisory may use. */
const ADMONITIONS = new Set([
  'note',
  'tip',
  'info',
  'warning',
  'danger',
  'caution',
  'important',
  'success',
  'secondary',
]);

/** Writers of the record's Markdown, made once: with directives only for a text that has one (an
 * admonition), since their extension escapes every ":" it writes, "mailto\\:" included. */
const STRINGIFY = { bullet: '-', emphasis: '_', fences: true, rule: '-' } as const;
const writer = unified().use(remarkGfm).use(remarkStringify, STRINGIFY).freeze();
const directiveWriter = unified()
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkStringify, STRINGIFY)
  .freeze();

/**
 * Checks an advisory's GitHub-flavoured Markdown, and writes it out for a site at `address`. One
 * parse serves both: the check only reads the tree, and runs before the site's paths are rewritten.
 */
export function checkItemBody(
  markdown: string,
  address: SiteAddress,
  staticFile: StaticLookup,
): CheckedBody {
  // One tree: the checks only read it, then the site's paths are made absolute for the record.
  const tree = parser.parse(markdown);
  const problems = check(tree, address, staticFile);
  // A path from the site's root is under its base path; a relative one is read from the page,
  // as the browser reads it there.
  rewriteSitePaths(tree, (path) =>
    path.startsWith('/') ? absoluteUrl(address, path) : new URL(path, pageOf(address)).href,
  );
  const directives = [...mdastNodes(tree)].some((node) => node.type.endsWith('Directive'));
  const text = (directives ? directiveWriter : writer).stringify(tree);
  return { markdown: text.trim(), problems };
}

/** How long an item's text may be, and what to say to a maintainer whose text is longer. */
export interface BodyRules {
  /** What one item is, in messages: "advisory", "notice". */
  readonly noun: string;
  readonly bodyCharacters: number;
  /** Advice after the message, such as "keep it short". */
  readonly tooLongAdvice?: string;
}

/** One item's text: as written, for its page; and as checked, with links to the site absolute. */
export interface ItemBody {
  readonly markdown: string;
  readonly body: string;
}

/**
 * The text of each file checked (`checkItemBody`), by file; what is wrong comes back as problems
 * naming the file, each at its line in the file (the text's lines counted from where it starts).
 */
export function checkBodies(
  files: readonly ItemFile[],
  { noun, bodyCharacters, tooLongAdvice }: BodyRules,
  address: SiteAddress,
  staticFile: StaticLookup,
): { readonly bodies: ReadonlyMap<string, ItemBody>; readonly problems: readonly Problem[] } {
  const problems: Problem[] = [];
  const bodies = new Map<string, ItemBody>();
  for (const { file, body, bodyLine } of files) {
    if (body.length > bodyCharacters) {
      problems.push({
        file,
        path: [],
        message: `${file}: the text below the front matter is ${String(body.length)} characters long; ${aOne(noun)}'s text is at most ${String(bodyCharacters)}${tooLongAdvice === undefined ? '' : `: ${tooLongAdvice}`}`,
      });
      bodies.set(file, { markdown: body, body });
      continue;
    }
    const checked = checkItemBody(body, address, staticFile);
    problems.push(
      ...checked.problems.map(({ message, line }) => ({
        file,
        path: ['body'],
        message: `${file}: ${message}`,
        ...(line === undefined ? {} : { line: bodyLine + line - 1 }),
      })),
    );
    bodies.set(file, { markdown: body, body: checked.markdown });
  }
  return { bodies, problems };
}
