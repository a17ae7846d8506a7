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

import { formatDate } from '../formats/dates';
import { newestFirst, type Release } from '../releases/model';
import type { ChannelView } from '../site/reportChannels';

/** A page of the site: its absolute URL and its one name, which is the text of links to it. */
export interface PageRef {
  readonly url: string;
  readonly name: string;
}

export interface SecurityMdInput {
  readonly releases: readonly Release[];
  /** Where to report, most preferred first (src/lib/site/reportChannels.ts). */
  readonly reportChannels: readonly ChannelView[];
  /** The site's pages that the file links to. */
  readonly pages: {
    readonly home: PageRef;
    readonly scope: PageRef;
    readonly reporting: PageRef;
    readonly supportedVersions: PageRef;
    readonly disclosure: PageRef;
    readonly handling: PageRef;
    readonly advisoryList: PageRef;
    readonly advisoryPolicy: PageRef;
    readonly announcements: PageRef;
  };
}

const text = (value: string): RootContent & { type: 'text' } => ({ type: 'text', value });
const link = (url: string, label: string): RootContent => ({
  type: 'link',
  url,
  children: [text(label)],
});
/** A link to one of the site's pages, under the page's own name. */
const pageLink = (page: PageRef): RootContent => link(page.url, page.name);
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

/** What to know of a channel besides its how-to text: its own rules, its OpenPGP key. */
function channelDetails(channel: ChannelView): RootContent[] {
  const { name, rules, openpgpKey } = channel;
  return [
    ...(rules === undefined
      ? []
      : [
          text(` ${name} has rules of its own, disclosure included: read `),
          link(rules.url, rules.name),
          text(
            ' before you file. Where they differ from this policy, follow the policy: keep the issue private until there is a fix.',
          ),
        ]),
    ...(openpgpKey === undefined
      ? []
      : [
          text(` The team's OpenPGP key for ${name}: `),
          link(openpgpKey.url, openpgpKey.url.replace(/^https:\/\//, '')),
          text(', fingerprint '),
          { type: 'inlineCode', value: openpgpKey.fingerprint } as RootContent,
          text('.'),
        ]),
  ];
}

/** Where to report: the one channel in a sentence, or several in a list, most preferred first. */
function reportingSection(
  channels: readonly ChannelView[],
  pages: SecurityMdInput['pages'],
): RootContent[] {
  const { reporting } = pages;
  // The policy's words: what is reported is what its Security Advisory Policy covers.
  const lead = [
    text(
      'If you discover or learn about a potential error, weakness or threat that can compromise the security of Milex and is covered by the ',
    ),
    pageLink(pages.advisoryPolicy),
    text(', keep it confidential and report it to the Milex security team privately'),
  ];
  const [only] = channels;
  const opening =
    channels.length === 1 && only !== undefined
      ? [
          paragraph(
            ...lead,
            text(' through '),
            link(only.url, only.name),
            text(`. ${only.howToFile}`),
            ...channelDetails(only),
          ),
        ]
      : [
          paragraph(
            ...lead,
            text(', through one of these channels, in the order the team prefers them:'),
          ),
          {
            type: 'list',
            ordered: true,
            spread: false,
            children: channels.map((channel) => ({
              type: 'listItem',
              spread: false,
              children: [
                paragraph(
                  link(channel.url, channel.name),
                  text(`: ${channel.howToFile}`),
                  ...channelDetails(channel),
                ),
              ],
            })),
          } as RootContent,
        ];
  return [
    ...opening,
    paragraph(
      text(
        'Do not post it on GitHub (no issue, pull request, discussion or comment), do not post it in the forums, do not discuss it in Slack, and do not share your knowledge of it with others. ',
      ),
      pageLink(reporting),
      text(
        ' says how to file it and what to include. Always report an issue to the team, and let the team decide whether to handle it in public or in private.',
      ),
    ),
  ];
}

export function securityMarkdown(input: SecurityMdInput): string {
  const { releases, reportChannels, pages } = input;
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
        text(
          "This is the short version of the Milex security team's policy. The whole policy is on ",
        ),
        pageLink(pages.home),
        text('.'),
      ),
      heading(2, 'Reporting a vulnerability'),
      ...reportingSection(reportChannels, pages),
      paragraph(
        text(
          'The team only directly responds to issues with Milex core, officially supported plugins and the ',
        ),
        { type: 'inlineCode', value: '*.milex.org' },
        text(' network of websites; '),
        pageLink(pages.scope),
        text(' says what it does not directly handle.'),
      ),
      paragraph(
        text(
          'The team is responsible for triaging reported issues in Milex core and officially supported plugins, and for releasing fixes in a timely manner. ',
        ),
        pageLink(pages.handling),
        text(' says what happens after a report.'),
      ),
      heading(2, 'Supported versions'),
      paragraph(
        text(
          'Security advisories are made only for issues that affect stable releases in the supported major version branches: none for development releases (-dev), alphas, betas or release candidates. Starting with Milex 3.0, one minor release at a time receives security advisories, the most recent one. Milex 3 received security advisories until 15 December 2021. The policy limits security support for 2.16 to Milex itself, not core dependencies that have reached their end of life, such as Symfony 2.8. ',
        ),
        pageLink(pages.supportedVersions),
        text(
          " shows each release's status today and checks your version. Dates are UTC and include the last day.",
        ),
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
          'A security advisory informs Milex users about a reported security problem in Milex core or an officially supported plugin, and the steps to take to address it: usually, updating to a release that fixes it. ',
        ),
        pageLink(pages.advisoryList),
        text(' lists those published, with RSS, Atom and JSON feeds and OSV records for scanners.'),
      ),
      heading(2, 'Security releases'),
      paragraph(
        text(
          "The team coordinates security announcements in release cycles. If it makes a release out of sequence, it gives at least two weeks' notice, so that Milex users know a security release is coming on an unscheduled basis. See ",
        ),
        pageLink(pages.announcements),
        text('.'),
      ),
      heading(2, 'Disclosure'),
      paragraph(
        text(
          'The team follows coordinated disclosure: it keeps issues private until there is a fix, and makes public announcements when the threat has been addressed and a secure version is available. When you report an issue, follow the same policy. See ',
        ),
        pageLink(pages.disclosure),
        text('.'),
      ),
    ],
  };

  return unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' })
    .stringify(tree);
}
