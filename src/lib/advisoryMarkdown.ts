/**
 * An advisory's Markdown body as HTML, made at build time. Maintainers write the Markdown, but the
 * page it lands on is read by researchers, and the same Markdown goes to scanners in the OSV record:
 * raw HTML is refused, links may only be web, mail or same-site addresses, and images must be files
 * of this site (a remote image would tell another server about every visit).
 */
import type { Element, Nodes, Root } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export interface RenderedMarkdown {
  readonly html: string;
  /** What the Markdown may not contain, one message each; empty when it rendered cleanly. */
  readonly problems: readonly string[];
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const isOtherOrigin = (address: string): boolean =>
  SCHEME.test(address) || address.startsWith('//');

function* elements(node: Nodes): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

function* mdastNodes(node: MdastNodes): Generator<MdastNodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* mdastNodes(child);
}

/** Refuses raw HTML, which the page would drop and the OSV record would pass on. */
function refuseRawHtml(problems: string[]) {
  return () =>
    (tree: MdastRoot): void => {
      for (const node of mdastNodes(tree)) {
        if (node.type === 'html') {
          const start = node.position?.start.line;
          problems.push(
            `raw HTML ${JSON.stringify(node.value.slice(0, 40))}${start === undefined ? '' : ` (line ${String(start)} of the text)`} is not allowed: write Markdown`,
          );
        }
      }
    };
}

/** Checks links and images, and marks links to other sites so they get neither opener nor referrer. */
function checkLinksAndImages(problems: string[]) {
  return () =>
    (tree: Root): void => {
      for (const element of elements(tree)) {
        const { properties } = element;
        if (element.tagName === 'a' && typeof properties.href === 'string') {
          const href = properties.href;
          const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
          if (scheme !== undefined && !['https', 'http', 'mailto'].includes(scheme)) {
            problems.push(`the link to ${JSON.stringify(href)} is not a web or mail address`);
          } else if (isOtherOrigin(href)) {
            properties.rel = ['noopener', 'noreferrer'];
          }
        }
        if (element.tagName === 'img') {
          const src = typeof properties.src === 'string' ? properties.src : '';
          if (isOtherOrigin(src)) {
            problems.push(
              `the image ${JSON.stringify(src)} is on another site; put it in static/ and link it from there`,
            );
          }
        }
      }
    };
}

/** Renders GitHub-flavoured Markdown to HTML, with any problem of its links and images. */
export function markdownToHtml(markdown: string): RenderedMarkdown {
  const problems: string[] = [];
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(refuseRawHtml(problems))
    // Without allowDangerousHtml, raw HTML never reaches the output, whatever the checks say.
    .use(remarkRehype)
    .use(checkLinksAndImages(problems))
    .use(rehypeStringify)
    .processSync(markdown);
  return { html: String(html), problems };
}
