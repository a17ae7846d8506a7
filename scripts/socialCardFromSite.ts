/** The social card's page for the site as it is: its title, tagline and logo. */
import { readFileSync } from 'node:fs';

import { site } from '../src/lib/site';
import { socialCardHtml } from '../src/lib/buildTime/socialCard';

export const SOCIAL_CARD_FILE = 'static/img/social-card.png';

export function socialCardFromSite(): string {
  return socialCardHtml({
    title: site.title,
    tagline: site.tagline,
    logoSvg: readFileSync('static/img/logo.svg', 'utf8'),
  });
}
