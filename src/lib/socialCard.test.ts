import { describe, expect, it } from 'vitest';

import { socialCardHtml } from './socialCard';

const logoSvg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>';

describe('socialCardHtml', () => {
  it('shows the title and the tagline as text, markup in them escaped', () => {
    const html = socialCardHtml({
      title: 'Milex <b>Security</b>',
      tagline: 'Report "here" & <script>alert(1)</script>',
      logoSvg,
    });
    expect(html).toContain('<h1>Milex &lt;b&gt;Security&lt;/b&gt;</h1>');
    expect(html).toContain('Report &quot;here&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('draws the logo from the page itself, and asks nothing of any other site', () => {
    const html = socialCardHtml({ title: 'T', tagline: 'x', logoSvg });
    expect(html).toContain(`data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`);
    // No stylesheet, font or image from elsewhere: the only address is inside the logo's data.
    expect(html.replace(/data:[^"]+/g, '')).not.toMatch(/https?:|@import|url\(/);
  });
});
