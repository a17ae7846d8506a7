import type { Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
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
  advisoryList: page('advisories', 'Advisories'),
  announcements: page('announcements', 'Announcements'),
};
const input = {
  reportChannel: { name: 'huntr.dev', url: 'https://huntr.dev' },
  repository: 'https://example.org/code',
  pages,
};
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

  it('links the report channel, the repository and every page it summarizes, by its name', () => {
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
      'https://example.org/code': 'example.org/code',
      ...Object.fromEntries(
        Object.values(pages).map(({ url, name }) => [url, url === pages.home.url ? url : name]),
      ),
    });
  });

  it('has no doubled words or punctuation in its prose', () => {
    const prose = markdown.replace(/\|.*\|/g, '');
    expect(prose).not.toMatch(/\b(\w+) \1\b/i);
    expect(prose).not.toMatch(/([,;.:])\1|\s[,;.:]/);
  });

  it('has no table notes list when no release has a note', () => {
    const plain = securityMarkdown({ releases: [fixtureReleases[0]], ...input });
    expect(plain).not.toMatch(/^1\. /m);
  });
});
