/**
 * The committed social card must show the site as it is: `npm run social-card` writes into the
 * image a fingerprint of the page it drew (title, tagline, logo, template).
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { SOCIAL_CARD_FILE, socialCardFromSite } from '../scripts/socialCardFromSite';
import { pngTexts, SOURCE_KEYWORD, sourceFingerprint } from '../src/lib/buildTime/socialCard';

describe(SOCIAL_CARD_FILE, () => {
  it('shows the current title, tagline and logo (if not, run `npm run social-card` and commit the image)', () => {
    const texts = pngTexts(readFileSync(SOCIAL_CARD_FILE));
    expect(texts[SOURCE_KEYWORD]).toBe(sourceFingerprint(socialCardFromSite()));
  });
});
