/**
 * An advisory's Markdown body, checked at build time and written out for the OSV record's
 * `details`; Docusaurus renders it for the page like every other Markdown page. Maintainers write
 * it, but researchers read the page and scanners the record: raw HTML and level-1 headings are
 * refused, links may only be web, mail or same-site addresses, and images must be files of this
 * site (a remote image would tell another server about every visit). Links to this site's pages
 * are written as paths (`/scope`): the page gets them under the site's base path (Docusaurus does
 * that, and checks they exist), the record as absolute addresses.
 */
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

import { PLACEHOLDER } from './model';
import { absoluteUrl, type SiteAddress } from '../formats/urls';

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

function* mdastNodes(node: MdastNodes): Generator<MdastNodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* mdastNodes(child);
}

/** Checks the Markdown's own tree: no raw HTML, no level-1 heading, safe links and images. */
function check(tree: MdastRoot): BodyProblem[] {
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
    if (node.type === 'html') {
      report(
        `raw HTML ${JSON.stringify(node.value.slice(0, 40))}${where} is not allowed: write Markdown`,
      );
    } else if (node.type === 'heading' && node.depth === 1) {
      report(
        `a level-1 heading (# ...)${where} would be a second page title: start sections with ##`,
      );
    } else if (node.type === 'link' || node.type === 'definition') {
      const scheme = SCHEME.exec(node.url)?.[1]?.toLowerCase();
      if (scheme !== undefined && !['https', 'http', 'mailto'].includes(scheme)) {
        report(
          `the link to ${JSON.stringify(node.url)}${where} is not a web or mail address`,
        );
      }
    } else if (node.type === 'image' || node.type === 'imageReference') {
      const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
      if (url !== undefined && isOtherOrigin(url)) {
        report(
          `the image ${JSON.stringify(url)}${where} is on another site; put it in static/ and link it from there`,
        );
      }
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

const parser = unified().use(remarkParse).use(remarkGfm);

/** Checks an advisory's GitHub-flavoured Markdown, and writes it out for a site at `address`. */
export function checkAdvisoryBody(markdown: string, address: SiteAddress): CheckedBody {
  const problems = check(parser.parse(markdown));
  const forRecord = parser.parse(markdown);
  rewriteSitePaths(forRecord, (path) => absoluteUrl(address, path));
  const text = unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' })
    .stringify(forRecord);
  return { markdown: text.trim(), problems };
}
