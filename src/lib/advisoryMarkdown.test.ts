import { describe, expect, it } from 'vitest';

import { markdownToHtml } from './advisoryMarkdown';

describe('markdownToHtml', () => {
  it('renders GitHub-flavoured Markdown: headings, lists, tables, code', () => {
    const { html, problems } = markdownToHtml(
      '## Fix\n\n- Update\n\n| Branch | Fixed in |\n| --- | --- |\n| 1.0 | 1.0.4 |\n\n`code`\n',
    );
    expect(problems).toEqual([]);
    expect(html).toContain('<h2>Fix</h2>');
    expect(html).toContain('<li>Update</li>');
    expect(html).toContain('<td>1.0.4</td>');
    expect(html).toContain('<code>code</code>');
  });

  it('refuses raw HTML, and never lets it into the page', () => {
    const { html, problems } = markdownToHtml(
      'Text.\n\n<script>alert(1)</script>\n\nMore <img src=x onerror=alert(1)> text.\n',
    );
    expect(problems).toEqual([
      'raw HTML "<script>alert(1)</script>" (line 3 of the text) is not allowed: write Markdown',
      'raw HTML "<img src=x onerror=alert(1)>" (line 5 of the text) is not allowed: write Markdown',
    ]);
    expect(html).not.toMatch(/<script|<img|onerror/);
  });

  it('refuses links that are not web or mail addresses', () => {
    const { problems } = markdownToHtml('[click](javascript:alert(1)) [data](data:text/html,x)\n');
    expect(problems).toEqual([
      'the link to "javascript:alert(1)" is not a web or mail address',
      'the link to "data:text/html,x" is not a web or mail address',
    ]);
  });

  it('gives links to other sites neither opener nor referrer, and leaves own links alone', () => {
    const { html, problems } = markdownToHtml(
      '[notes](https://example.org/notes) [policy](/disclosure-policy) [mail](mailto:a@example.org)\n',
    );
    expect(problems).toEqual([]);
    expect(html).toContain('<a href="https://example.org/notes" rel="noopener noreferrer">');
    expect(html).toContain('<a href="/disclosure-policy">');
  });

  it('refuses images from other sites, which would reveal every visit to them', () => {
    expect(markdownToHtml('![chart](https://example.org/x.png)\n').problems).toEqual([
      'the image "https://example.org/x.png" is on another site; put it in static/ and link it from there',
    ]);
    expect(markdownToHtml('![chart](//example.org/x.png)\n').problems).toHaveLength(1);
    expect(markdownToHtml('![chart](/img/chart.png)\n').problems).toEqual([]);
  });
});
