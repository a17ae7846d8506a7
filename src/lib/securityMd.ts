/**
 * SECURITY.md for the Milex code repository: the short version of the policy that GitHub shows
 * in its Security tab, built as a Markdown syntax tree and written out with remark (GFM tables),
 * so its table cannot drift from src/data/releases.ts. It carries dates only, no "status today",
 * so the committed file changes when the data changes and not when the calendar does.
 */
import type { Root, RootContent, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

import { formatDate } from './dates';
import { newestFirst } from './releases';
import type { Release } from './types';

export interface SecurityMdInput {
  readonly releases: readonly Release[];
  readonly reportChannel: { readonly name: string; readonly url: string };
  /** Absolute URLs of the site's pages. */
  readonly pages: {
    readonly home: string;
    readonly scope: string;
    readonly reporting: string;
    readonly supportedVersions: string;
    readonly disclosure: string;
    readonly advisories: string;
  };
}

const text = (value: string): RootContent & { type: 'text' } => ({ type: 'text', value });
const link = (url: string, label: string): RootContent => ({
  type: 'link',
  url,
  children: [text(label)],
});
const paragraph = (...children: RootContent[]): RootContent =>
  ({ type: 'paragraph', children }) as RootContent;
const heading = (depth: 1 | 2, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
});
const row = (cells: readonly string[]): TableRow => ({
  type: 'tableRow',
  children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell)] })),
});

export function securityMarkdown(input: SecurityMdInput): string {
  const { releases, reportChannel, pages } = input;
  const rows = newestFirst(releases);
  const noted = rows.filter((release) => release.note !== undefined);

  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'html',
        value:
          '<!-- Generated from src/data/ by `npm run security-md`. Edit the data or the generator, not this file. -->',
      },
      heading(1, 'Security policy'),
      paragraph(
        text('This is the short version of the Milex security policy. The whole policy is at '),
        link(pages.home, pages.home),
        text('.'),
      ),
      heading(2, 'Reporting a vulnerability'),
      paragraph(
        text('Report a vulnerability privately through '),
        link(reportChannel.url, reportChannel.name),
        text(
          '. Do not open a public GitHub issue or pull request about it, post it in the forums or discuss it in Slack, and do not share what you know about it with anyone else. ',
        ),
        link(pages.reporting, 'How to report a security issue'),
        text(' says what a good report contains.'),
      ),
      heading(2, 'Scope'),
      paragraph(
        text(
          'The Milex security team handles vulnerabilities in Milex core, officially supported plugins and the ',
        ),
        { type: 'inlineCode', value: '*.milex.org' },
        text(
          ' websites. It does not directly handle third-party plugins or individual Milex installations. ',
        ),
        link(pages.scope, 'Scope'),
        text(' says where those reports go instead.'),
      ),
      heading(2, 'Supported versions'),
      paragraph(
        text(
          'Security advisories are made for the most recent minor release only, and only for stable releases: not for development releases, alphas, betas or release candidates. Dates are calendar days in UTC; support ends at the end of the day shown. For the status of each release today, see ',
        ),
        link(pages.supportedVersions, 'Supported versions'),
        text('.'),
      ),
      {
        type: 'table',
        align: [null, null, null, null, null],
        children: [
          row([
            'Branch',
            'Beta release',
            'Initial release',
            'Active support until',
            'Security support until',
          ]),
          ...rows.map((release) =>
            row([
              noted.includes(release)
                ? `${release.branch} (note ${String(noted.indexOf(release) + 1)})`
                : release.branch,
              release.betaRelease === undefined ? 'No beta' : formatDate(release.betaRelease),
              formatDate(release.initialRelease),
              formatDate(release.activeSupportUntil),
              formatDate(release.securitySupportUntil),
            ]),
          ),
        ],
      },
      ...(noted.length === 0
        ? []
        : [
            {
              type: 'list',
              ordered: true,
              spread: false,
              children: noted.map((release) => ({
                type: 'listItem',
                spread: false,
                children: [paragraph(text(`${release.branch}: ${release.note ?? ''}`))],
              })),
            } as RootContent,
          ]),
      heading(2, 'Security advisories'),
      paragraph(
        text(
          'Fixed vulnerabilities are announced in security advisories, with the affected and fixed versions: ',
        ),
        link(pages.advisories, 'Security advisories'),
        text(' lists them and offers RSS, Atom and JSON feeds and OSV records for scanners.'),
      ),
      heading(2, 'Disclosure'),
      paragraph(
        text(
          'The team follows coordinated disclosure: a reported issue stays private until a fix is available, and is then announced publicly. Please do the same. ',
        ),
        link(pages.disclosure, 'Disclosure policy'),
        text('.'),
      ),
    ],
  };

  return unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' })
    .stringify(tree);
}
