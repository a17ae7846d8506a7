/**
 * `npm run social-card` draws static/img/social-card.png, the image shown beside links to the site,
 * from the site's title, tagline and logo, with Debian's Chromium. Run it when one of them changes.
 */
import { writeFileSync } from 'node:fs';

import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS, ensureChromium } from '../e2e/chromium';
import {
  SOCIAL_CARD_SIZE,
  SOURCE_KEYWORD,
  sourceFingerprint,
  withPngText,
} from '../src/lib/buildTime/socialCard';
import { SOCIAL_CARD_FILE, socialCardFromSite } from './socialCardFromSite';

const out = SOCIAL_CARD_FILE;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: SOCIAL_CARD_SIZE });
    const html = socialCardFromSite();
    await page.setContent(html);
    const png = await page.screenshot({ type: 'png' });
    writeFileSync(out, withPngText(png, SOURCE_KEYWORD, sourceFingerprint(html)));
    console.log(`Wrote ${out}.`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
