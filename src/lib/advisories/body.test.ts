import { describe, expect, it } from 'vitest';

import { checkAdvisoryBody } from './body';

const address = { url: 'https://example.org', baseUrl: '/security/' };
/** The body as checked: its Markdown for the OSV record, and each problem's message. */
const check = (markdown: string): { markdown: string; problems: string[] } => {
  const checked = checkAdvisoryBody(markdown, address);
  return { markdown: checked.markdown, problems: checked.problems.map((p) => p.message) };
};

describe('checkAdvisoryBody', () => {
  it('accepts GitHub-flavoured Markdown, and keeps it for the OSV record', () => {
    const { markdown, problems } = check(
      '## Fix\n\n- Update\n\n| Branch | Fixed in |\n| --- | --- |\n| 1.0 | 1.0.4 |\n\n`code`\n',
    );
    expect(problems).toEqual([]);
    expect(markdown).toContain('## Fix');
    expect(markdown).toContain('- Update');
    expect(markdown).toMatch(/\| 1\.0 +\| 1\.0\.4 +\|/);
    expect(markdown).toContain('`code`');
  });

  it('gives each problem the line of the text it is on, from the Markdown tree', () => {
    expect(
      checkAdvisoryBody('## Impact\n\nText.\n\nA <b>bold</b> claim.\n', address).problems.map(
        (p) => p.line,
      ),
    ).toEqual([5, 5]);
  });

  it('refuses raw HTML, each piece by its line', () => {
    const { problems } = check(
      'Text.\n\n<script>alert(1)</script>\n\nMore <img src=x onerror=alert(1)> text.\n',
    );
    expect(problems).toEqual([
      'raw HTML "<script>alert(1)</script>" (line 3 of the text) is not allowed: write Markdown',
      'raw HTML "<img src=x onerror=alert(1)>" (line 5 of the text) is not allowed: write Markdown',
    ]);
  });

  it('refuses a level-1 heading, which would be a second title on the page', () => {
    expect(check('# Impact\n\nText.\n').problems).toEqual([
      'a level-1 heading (# ...) (line 1 of the text) would be a second page title: start sections with ##',
    ]);
  });

  it('refuses links that are not web or mail addresses, written inline or as references', () => {
    const { problems } = check(
      '[click](javascript:alert(1)) [data][d]\n\n[d]: data:text/html,x\n',
    );
    expect(problems).toEqual([
      'the link to "javascript:alert(1)" (line 1 of the text) is not a web or mail address',
      'the link to "data:text/html,x" (line 3 of the text) is not a web or mail address',
    ]);
  });

  it('makes links to the site absolute for the OSV record, and leaves other links as written', () => {
    const { markdown, problems } = check(
      'See [the policy](/disclosure-policy) and [versions](supported-versions#check-your-version).\n\n![chart](/img/chart.png) [notes](https://example.net/notes) [mail](mailto:a@example.org) [top](#impact)\n',
    );
    expect(problems).toEqual([]);
    expect(markdown).toBe(
      'See [the policy](https://example.org/security/disclosure-policy) and [versions](https://example.org/security/supported-versions#check-your-version).\n\n![chart](https://example.org/security/img/chart.png) [notes](https://example.net/notes) [mail](mailto:a@example.org) [top](#impact)',
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
      expect(check(`Text.\n\n${body}\n`).problems, body).toEqual([
        'the text still holds the template\'s "FILL IN" (line 3 of the text): write it',
      ]);
    }
  });

  it('refuses images from other sites, which would reveal every visit to them', () => {
    expect(check('![chart](https://example.net/x.png)\n').problems).toEqual([
      'the image "https://example.net/x.png" (line 1 of the text) is on another site; put it in static/ and link it from there',
    ]);
    expect(check('![chart](//example.net/x.png)\n').problems).toHaveLength(1);
    expect(check('![chart](/img/chart.png)\n').problems).toEqual([]);
  });

  it('refuses them written reference-style too, in full, collapsed or shortcut form', () => {
    for (const body of [
      '![chart][r]\n\n[r]: https://example.net/x.png',
      '![chart][]\n\n[chart]: https://example.net/x.png',
      '![chart]\n\n[CHART]: //example.net/x.png "title"',
    ]) {
      const { problems, markdown } = check(`${body}\n`);
      expect(
        problems.filter((problem) => problem.startsWith('the image')),
        body,
      ).toEqual([
        expect.stringMatching(
          /^the image ".*example\.net\/x\.png" \(line 1 of the text\) is on another site/,
        ),
      ]);
      // What the build refuses is what the OSV record would otherwise carry.
      expect(markdown).toContain('example.net/x.png');
    }
    expect(check('![chart][r]\n\n[r]: /img/chart.png\n').problems).toEqual([]);
    // A reference to nothing is plain text, not an image: nothing to fetch.
    expect(check('![chart][nowhere]\n').problems).toEqual([]);
  });

  it('reads every address as a browser does: a path that resolves to another host is refused', () => {
    // Docusaurus resolves these as paths of the site, and its link check passes them; browsers,
    // feed readers and scanners (the WHATWG URL parser) read them as https://evil.example/….
    for (const url of ['/\\evil.example/../supported-versions', '\\\\evil.example/x', '/\\/evil.example']) {
      expect(check(`[Supported versions](${url})\n`).problems, url).toEqual([
        expect.stringMatching(/^the link to .* \(line 1 of the text\) (holds a space|names another site)/),
      ]);
      expect(check(`![chart](${url})\n`).problems, url).toHaveLength(1);
    }
    expect(check('[x](//evil.example/x)\n').problems).toEqual([
      'the link to "//evil.example/x" (line 1 of the text) names another site without saying how: write it https://…',
    ]);
    expect(check('[x](http://evil.example/x) www.example.net\n').problems).toEqual([
      'the link to "http://evil.example/x" (line 1 of the text) is not https: write https://… (a plain http link sends the visit unencrypted)',
      'the link to "http://www.example.net" (line 1 of the text) is not https: write https://… (a plain http link sends the visit unencrypted)',
    ]);
    expect(check('[x](mailto:) [y](https:evil.example)\n').problems).toEqual([
      'the link to "mailto:" (line 1 of the text) must name one e-mail address and nothing more, such as mailto:security@example.org',
      'the link to "https:evil.example" (line 1 of the text) must be an https:// or mailto: address written https://…',
    ]);
  });

  it('takes every path of the site, however it is written, and every named https address', () => {
    for (const url of ['/scope', '../scope', 'MILEX-2026-001', '#impact', '/img/x.png?v=1', 'https://example.net/a%20b']) {
      expect(check(`[x](${url})\n`).problems, url).toEqual([]);
    }
    // Resolved by every reader to the site's own origin, whatever the page's path.
    for (const url of ['/scope', '../scope', 'img/x.png']) {
      const written = check(`[x](${url})\n`).markdown;
      const href = /\((.*)\)/.exec(written)?.[1] ?? '';
      expect(new URL(href).origin).toBe(new URL(address.url).origin);
    }
  });

  it('reads the text as Docusaurus does, directives included, so none hides HTML from the checks', () => {
    // remark-directive (in Docusaurus's pipeline) takes the first backtick into the directive's
    // attribute; without it, everything up to the last backtick would look like code.
    const { problems } = check(
      ':x{a="`"}<script>alert(document.domain)</script> ![t](https://evil.example/t.png) `\n',
    );
    expect(problems).toEqual([
      '":x" (line 1 of the text) is read as a directive, not text: put a space after the colon, or write it as `code`',
      'raw HTML "<script>" (line 1 of the text) is not allowed: write Markdown',
      'raw HTML "</script>" (line 1 of the text) is not allowed: write Markdown',
      'the image "https://evil.example/t.png" (line 1 of the text) is on another site; put it in static/ and link it from there',
    ]);
    expect(check('::embed{src=x}\n\n:::details\nHidden\n:::\n').problems).toEqual([
      '"::embed" (line 1 of the text) is read as a directive, not text: put a space after the colon, or write it as `code`',
      '":::details" (line 3 of the text) is not an admonition: use :::note, :::tip, :::info, :::warning or :::danger',
    ]);
    const admonition = check(':::warning\n\nUpdate now: see [mail](mailto:a@example.org).\n\n:::\n');
    expect(admonition.problems).toEqual([]);
    expect(admonition.markdown).toContain(':::warning');
  });

  it('refuses hidden characters written as entities, which the file itself does not show', () => {
    expect(check('Update to 1.2.3 &#x202E;3.2.1&#x202C; and zero&#8203;width `x`\n').problems).toEqual([
      'the text (line 1 of the text) holds U+202E, a bidirectional-text control character (it can make text show differently from how it is stored), written as an entity; delete it',
    ]);
    expect(check('[x](https://example.net/ "a&#xE0049;")\n').problems).toHaveLength(1);
  });
});

