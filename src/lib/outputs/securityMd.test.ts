import type { Nodes, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
import { fixtureChannelViews } from '../../../tests/fixtures/reportChannels';
import { channelView } from '../site/reportChannels';
import { securityMarkdown } from './securityMd';

const page = (path: string, name: string) => ({
  url: `https://example.org/security/${path}`,
  name,
});
const pages = {
  home: page('', 'Home'),
  scope: page('scope', 'Scope'),
  reporting: page('report', 'Reporting'),
  supportedVersions: page('supported-versions', 'Supported versions'),
  disclosure: page('disclosure', 'Disclosure'),
  handling: page('handling', 'Handling'),
  advisoryList: page('advisories', 'Advisories'),
  advisoryPolicy: page('advisory-policy', 'Advisory policy'),
  announcements: page('announcements', 'Announcements'),
};
const huntr = channelView({
  kind: 'platform',
  name: 'huntr.dev',
  url: 'https://huntr.dev',
  howToFile: 'File it against example.org/code.',
  rules: { name: 'The rules', url: 'https://huntr.dev/rules' },
});
const input = { reportChannels: [huntr], pages };
/** Every node of `type` under `node`: its address (links) and its text. */
function nodesOf(node: Nodes, type: string): { url?: string; text: string }[] {
  const found =
    node.type === type
      ? [{ ...('url' in node ? { url: node.url } : {}), text: toString(node) }]
      : [];
  return [
    ...found,
    ...('children' in node ? node.children.flatMap((child) => nodesOf(child, type)) : []),
  ];
}

const markdown = securityMarkdown({ releases: fixtureReleases, ...input });
const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown);

function cellText(table: Table): string[][] {
  return table.children.map((row) =>
    row.children.map((cell) =>
      cell.children.map((child) => ('value' in child ? child.value : '')).join(''),
    ),
  );
}

describe('securityMarkdown', () => {
  it('has a GFM table of every release, newest first, with dates and notes', () => {
    const table = tree.children.find((node): node is Table => node.type === 'table');
    expect(table && cellText(table)).toEqual([
      [
        'Branch',
        'Beta release',
        'Initial release',
        'Active support until',
        'Security support until',
      ],
      ['2.x (note 1)', '1 Jun 2023', '1 Sep 2023', '1 Sep 2024', '1 Sep 2025'],
      ['1.2 (note 2)', 'No beta', '5 Sep 2022', '1 Mar 2023', '1 Sep 2023'],
      ['1.1', '10 Jan 2022', '28 Feb 2022', '5 Sep 2022', '5 Dec 2022'],
      ['1.0', '17 May 2021', '30 Aug 2021', '29 Nov 2021', '29 Nov 2021'],
    ]);
    expect(markdown).toContain('1. 2.x: The whole 2 line is supported as one branch.');
    expect(markdown).toContain('2. 1.2: Security fixes cover Milex itself');
  });

  it('links the report channel, its rules and every page it summarizes, by its name', () => {
    const links = new Map<string, string>();
    const walk = (node: {
      type: string;
      url?: string;
      value?: string;
      children?: unknown[];
    }): void => {
      if (node.type === 'link' && node.url !== undefined) {
        const [label] = node.children ?? [];
        links.set(node.url, (label as { value?: string } | undefined)?.value ?? '');
      }
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree);
    expect(Object.fromEntries(links)).toEqual({
      'https://huntr.dev': 'huntr.dev',
      'https://huntr.dev/rules': 'The rules',
      ...Object.fromEntries(Object.values(pages).map(({ url, name }) => [url, name])),
    });
  });

  it("says what to report and which releases get advisories in the policy's words, and which disclosure rule stands", () => {
    const prose = toString(tree);
    expect(prose).toContain(
      'can compromise the security of Milex and is covered by the Advisory policy, keep it confidential',
    );
    expect(prose).toContain('stable releases in the supported major version branches');
    expect(prose).toContain(
      'huntr.dev has rules of its own, disclosure included: read The rules before you file. Where they differ from this policy, follow the policy: keep the issue private until there is a fix.',
    );
    // The policy's date for Milex 3 is past; how the site reads dates is no part of the policy.
    expect(prose).toContain('Milex 3 received security advisories until 15 December 2021.');
    expect(prose).not.toMatch(/security site reads|site reads them/);
  });

  it('has no doubled words or punctuation in its prose', () => {
    const prose = markdown.replace(/\|.*\|/g, '');
    expect(prose).not.toMatch(/\b(\w+) \1\b/i);
    expect(prose).not.toMatch(/([,;.:])\1|\s[,;.:]/);
  });

  it("says the one channel in a sentence, with its how-to text and the platform's rules", () => {
    expect(markdown).toContain(
      'report it to the Milex security team privately through [huntr.dev](https://huntr.dev). File it against example.org/code. huntr.dev has rules of its own, disclosure included: read [The rules](https://huntr.dev/rules) before you file.',
    );
  });

  it('lists several channels in the order given, each with its how-to text and its key', () => {
    const several = securityMarkdown({
      ...input,
      releases: fixtureReleases,
      reportChannels: fixtureChannelViews,
    });
    const list = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .parse(several)
      .children.find((node) => node.type === 'list' && node.ordered === true);
    const items = list?.type === 'list' ? list.children : [];
    expect(items).toHaveLength(fixtureChannelViews.length);
    fixtureChannelViews.forEach((channel, index) => {
      const item = items[index];
      const links = item === undefined ? [] : nodesOf(item, 'link');
      expect(links[0]).toMatchObject({ url: channel.url, text: channel.name });
      expect(item === undefined ? '' : toString(item)).toContain(channel.howToFile);
      if (channel.openpgpKey !== undefined) {
        expect(links.map(({ url }) => url)).toContain(channel.openpgpKey.url);
        expect(item === undefined ? [] : nodesOf(item, 'inlineCode')).toEqual([
          { text: channel.openpgpKey.fingerprint },
        ]);
      }
    });
    expect(several).toContain('through one of these channels, in the order the team prefers them:');
  });

  it('shows markup in a how-to text as text', () => {
    const howToFile = 'File <b>it</b> [here](/elsewhere) *now*.';
    const hostile = securityMarkdown({
      ...input,
      releases: fixtureReleases,
      reportChannels: [{ ...huntr, howToFile }],
    });
    const parsed = unified().use(remarkParse).use(remarkGfm).parse(hostile);
    const reporting =
      parsed.children[
        parsed.children.findIndex(
          (node) => node.type === 'heading' && toString(node) === 'Reporting a vulnerability',
        ) + 1
      ];
    expect(reporting && toString(reporting)).toContain(howToFile);
    expect(reporting && nodesOf(reporting, 'link').map(({ url }) => url)).toEqual([
      pages.advisoryPolicy.url,
      huntr.url,
      huntr.rules?.url,
    ]);
    expect(reporting && [...nodesOf(reporting, 'html'), ...nodesOf(reporting, 'emphasis')]).toEqual(
      [],
    );
  });

  it('has no table notes list when no release has a note', () => {
    const plain = securityMarkdown({ releases: [fixtureReleases[0]], ...input });
    expect(plain).not.toMatch(/^1\. /m);
  });
});
