import { describe, expect, it } from 'vitest';

import { checkItemBody, type StaticLookup } from './body';

const address = { url: 'https://example.org', baseUrl: '/security/' };
/** A static/ folder with two images and a file, and a link that leads out of it. */
const STATIC: Readonly<Record<string, ReturnType<StaticLookup>>> = {
  '/img/chart.png': 'file',
  '/img/x.png': 'file',
  '/files/fix.patch': 'file',
  '/img/os-release.txt': 'outside',
};
const staticFile: StaticLookup = (path) => STATIC[path] ?? 'missing';
/** The body as checked: its Markdown for the OSV record, and each problem's message. */
const check = (markdown: string): { markdown: string; problems: string[] } => {
  const checked = checkItemBody(markdown, address, staticFile);
  return { markdown: checked.markdown, problems: checked.problems.map((p) => p.message) };
};

describe('checkItemBody', () => {
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
      checkItemBody(
        '## Impact\n\nText.\n\nA <b>bold</b> claim.\n',
        address,
        staticFile,
      ).problems.map((p) => p.line),
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
    const { problems } = check('[click](javascript:alert(1)) [data][d]\n\n[d]: data:text/html,x\n');
    expect(problems).toEqual([
      'the link to "javascript:alert(1)" (line 1 of the text) is not a web or mail address',
      'the link to "data:text/html,x" (line 3 of the text) is not a web or mail address',
    ]);
  });

  it('makes links to the site absolute for the OSV record, and leaves other links as written', () => {
    const { markdown, problems } = check(
      'See [the policy](/disclosure-policy) and [versions](../supported-versions#check-your-version).\n\n![chart](/img/chart.png) [notes](https://example.net/notes) [mail](mailto:a@example.org) [top](#impact)\n',
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
    for (const url of [
      '/\\evil.example/../supported-versions',
      '\\\\evil.example/x',
      '/\\/evil.example',
    ]) {
      expect(check(`[Supported versions](${url})\n`).problems, url).toEqual([
        expect.stringMatching(
          /^the link to .* \(line 1 of the text\) (holds a space|names another site)/,
        ),
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
    for (const url of [
      '/scope',
      '../scope',
      'MILEX-2026-001',
      '#impact',
      '/img/x.png?v=1',
      'https://example.net/a%20b',
    ]) {
      expect(check(`[x](${url})\n`).problems, url).toEqual([]);
    }
    // Written for the record as the browser reads them on the advisory's page.
    for (const [url, read] of [
      ['/scope', 'https://example.org/security/scope'],
      ['../scope', 'https://example.org/security/scope'],
      ['MILEX-2026-001', 'https://example.org/security/advisories/MILEX-2026-001'],
      ['/files/fix.patch', 'https://example.org/security/files/fix.patch'],
    ]) {
      expect(check(`[x](${url})\n`).markdown, url).toBe(`[x](${read})`);
    }
  });

  it('refuses every path that makes the build publish a file of its own disk', () => {
    const cases: [string, RegExp][] = [
      // The attacks of issue 34: /proc/self/environ holds the build's environment, key included.
      [
        '[notes](@site/../../../../../../../../../../proc/self/environ)',
        /names a file of the machine that builds the site/,
      ],
      [
        '[notes](@site/%2E%2E/%2E%2E/etc/hostname)',
        /names a file of the machine that builds the site/,
      ],
      ['[notes](%40site/../etc/hostname)', /names a file of the machine that builds the site/],
      [
        '![Diagram](../../../../../../../../../../proc/self/environ)',
        /is a file written relative to the text/,
      ],
      ['![Diagram](/../../../../etc/hostname)', /holds "\." or "\.\." segments.*"\/etc\/hostname"/],
      ['![Diagram](/img/%2E%2E/%2E%2E/%2E%2E/etc/hostname)', /holds "\." or "\.\." segments/],
      ['[patch](../package.json)', /is a file written relative to the text/],
      ['[patch](/files/../../package.json)', /holds "\." or "\.\." segments/],
      ['[file](/img/os-release.txt)', /is a link in static\/ to a file outside it/],
      ['![file](/img/os-release.txt)', /is a link in static\/ to a file outside it/],
      ['![nothing](/img/missing.png)', /is not a file in static\//],
      ['![nothing](#x)', /names no file/],
      ['[bad](/files/%E0%A4%A.pdf)', /does not start a percent-encoded character/],
      ['[nul](/files/a%00.pdf)', /control character or "\\" written percent-encoded/],
      ['[out](../../../etc)', /climbs out of the site/],
      ['[out](/%2E%2E/x)', /climbs out of the site/],
    ];
    for (const [markdown, problem] of cases) {
      const { problems } = check(`${markdown}\n`);
      expect(problems, markdown).toHaveLength(1);
      expect(problems[0], markdown).toMatch(problem);
    }
    // A reference definition is read as the link or image that uses it.
    expect(check('![x][r] [y][r]\n\n[r]: @site/package.json\n').problems).toHaveLength(2);
  });

  it("takes pages and the files of static/, written from the site's root", () => {
    for (const markdown of [
      '[Scope](/scope)',
      '[Scope](../scope#in-scope)',
      '[patch](/files/fix.patch)',
      '![chart](/img/chart.png "The chart")',
      // A path that looks like a file but is not one in static/ is a page to Docusaurus, which
      // checks that it exists.
      '[v2](/supported-versions.v2)',
    ]) {
      expect(check(`${markdown}\n`).problems, markdown).toEqual([]);
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
    const admonition = check(
      ':::warning\n\nUpdate now: see [mail](mailto:a@example.org).\n\n:::\n',
    );
    expect(admonition.problems).toEqual([]);
    expect(admonition.markdown).toContain(':::warning');
  });

  it("refuses hidden characters written as entities in a code block's title, a directive's attributes and a label", () => {
    const hidden =
      /^the text \(line \d+ of the text\) holds U\+(202E|3164), .* written as an entity; delete it$/;
    for (const markdown of [
      '```text title="Run: composer require milex/core:&#x202E;3.0.1&#x202C;"\ncomposer\n```',
      '```&#x202E;sh\nx\n```',
      ':::warning{title="&#x3164;"}\nUpdate.\n:::',
      'Text[^a&#x202E;b].\n\n[^a&#x202E;b]: A note.',
      '[x][a&#x202E;b]\n\n[a&#x202E;b]: https://example.net',
    ]) {
      const { problems } = check(`${markdown}\n`);
      expect(problems.length, markdown).toBeGreaterThan(0);
      for (const problem of problems) expect(problem, markdown).toMatch(hidden);
    }
    expect(check(':::warning{title="Before you update"}\nRead this.\n:::\n').problems).toEqual([]);
  });

  it('refuses hidden characters written as entities, which the file itself does not show', () => {
    expect(
      check('Update to 1.2.3 &#x202E;3.2.1&#x202C; and zero&#8203;width `x`\n').problems,
    ).toEqual([
      'the text (line 1 of the text) holds U+202E, a bidirectional-text control character (it can make text show differently from how it is stored), written as an entity; delete it',
    ]);
    expect(check('[x](https://example.net/ "a&#xE0049;")\n').problems).toHaveLength(1);
  });
});
