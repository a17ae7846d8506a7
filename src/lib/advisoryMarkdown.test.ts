import { describe, expect, it } from 'vitest';

import { renderAdvisoryBody } from './advisoryMarkdown';

const address = { url: 'https://example.org', baseUrl: '/security/' };
const render = (markdown: string) => renderAdvisoryBody(markdown, address);

describe('renderAdvisoryBody', () => {
  it('renders GitHub-flavoured Markdown: headings, lists, tables, code', () => {
    const { html, problems } = render(
      '## Fix\n\n- Update\n\n| Branch | Fixed in |\n| --- | --- |\n| 1.0 | 1.0.4 |\n\n`code`\n',
    );
    expect(problems).toEqual([]);
    expect(html).toContain('<h2>Fix</h2>');
    expect(html).toContain('<li>Update</li>');
    expect(html).toContain('<td>1.0.4</td>');
    expect(html).toContain('<code>code</code>');
  });

  it('refuses raw HTML, and never lets it into the page', () => {
    const { html, problems } = render(
      'Text.\n\n<script>alert(1)</script>\n\nMore <img src=x onerror=alert(1)> text.\n',
    );
    expect(problems).toEqual([
      'raw HTML "<script>alert(1)</script>" (line 3 of the text) is not allowed: write Markdown',
      'raw HTML "<img src=x onerror=alert(1)>" (line 5 of the text) is not allowed: write Markdown',
    ]);
    expect(html).not.toMatch(/<script|<img|onerror/);
  });

  it('refuses a level-1 heading, which would be a second title on the page', () => {
    expect(render('# Impact\n\nText.\n').problems).toEqual([
      'a level-1 heading (# ...) (line 1 of the text) would be a second page title: start sections with ##',
    ]);
  });

  it('refuses links that are not web or mail addresses, written inline or as references', () => {
    const { problems } = render(
      '[click](javascript:alert(1)) [data][d]\n\n[d]: data:text/html,x\n',
    );
    expect(problems).toEqual([
      'the link to "javascript:alert(1)" (line 1 of the text) is not a web or mail address',
      'the link to "data:text/html,x" (line 3 of the text) is not a web or mail address',
    ]);
  });

  it('gives links to other sites neither opener nor referrer', () => {
    const { html, problems } = render(
      '[notes](https://example.net/notes) [mail](mailto:a@example.org) [top](#impact)\n',
    );
    expect(problems).toEqual([]);
    expect(html).toContain('<a href="https://example.net/notes" rel="noopener noreferrer">');
    expect(html).toContain('<a href="mailto:a@example.org" rel="noopener noreferrer">');
    expect(html).toContain('<a href="#impact">');
  });

  it('puts links to the site under its base path on the page, and makes them absolute for OSV', () => {
    const { html, markdown } = render(
      'See [the policy](/disclosure-policy) and [versions](supported-versions#check-your-version).\n\n![chart](/img/chart.png)\n',
    );
    expect(html).toContain('<a href="/security/disclosure-policy">');
    expect(html).toContain('<a href="/security/supported-versions#check-your-version">');
    expect(html).toContain('<img src="/security/img/chart.png" alt="chart">');
    expect(markdown).toBe(
      'See [the policy](https://example.org/security/disclosure-policy) and [versions](https://example.org/security/supported-versions#check-your-version).\n\n![chart](https://example.org/security/img/chart.png)',
    );
  });

  it("refuses the template's placeholder left anywhere: text, code, a link, an image", () => {
    for (const body of [
      'FILL IN: the impact.',
      'Run `FILL IN`.',
      '```\nFILL IN\n```',
      '[the fix](https://example.org/FILL%20IN "FILL IN")',
      '![FILL IN](/img/chart.png)',
    ]) {
      expect(render(`Text.\n\n${body}\n`).problems, body).toEqual([
        'the text still holds the template\'s "FILL IN" (line 3 of the text): write it',
      ]);
    }
  });

  it('refuses images from other sites, which would reveal every visit to them', () => {
    expect(render('![chart](https://example.net/x.png)\n').problems).toEqual([
      'the image "https://example.net/x.png" (line 1 of the text) is on another site; put it in static/ and link it from there',
    ]);
    expect(render('![chart](//example.net/x.png)\n').problems).toHaveLength(1);
    expect(render('![chart](/img/chart.png)\n').problems).toEqual([]);
  });

  it('refuses them written reference-style too, in full, collapsed or shortcut form', () => {
    for (const body of [
      '![chart][r]\n\n[r]: https://example.net/x.png',
      '![chart][]\n\n[chart]: https://example.net/x.png',
      '![chart]\n\n[CHART]: //example.net/x.png "title"',
    ]) {
      const { problems, html, markdown } = render(`${body}\n`);
      expect(problems, body).toEqual([
        expect.stringMatching(
          /^the image ".*example\.net\/x\.png" \(line 1 of the text\) is on another site/,
        ),
      ]);
      // What the build would refuse is what the page and the OSV record would otherwise carry.
      expect(html + markdown).toContain('example.net/x.png');
    }
    expect(render('![chart][r]\n\n[r]: /img/chart.png\n').problems).toEqual([]);
    // A reference to nothing is plain text, not an image: nothing to fetch.
    expect(render('![chart][nowhere]\n').problems).toEqual([]);
  });
});
