/**
 * `npm run social-card` draws static/img/social-card.png, the image shown beside links to the site,
 * from the site's title, tagline and logo, with Debian's Chromium. Run it when one of them changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, ensureChromium } from '../e2e/chromium';
import { site } from '../src/data/site';
import { SOCIAL_CARD_PATH, SOCIAL_CARD_SIZE, socialCardHtml } from '../src/lib/socialCard';

const out = `static/${SOCIAL_CARD_PATH}`;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: SOCIAL_CARD_SIZE });
    await page.setContent(
      socialCardHtml({
        title: site.title,
        tagline: site.tagline,
        logoSvg: readFileSync('static/img/logo.svg', 'utf8'),
      }),
    );
    writeFileSync(out, await page.screenshot({ type: 'png' }));
    console.log(`Wrote ${out}.`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
