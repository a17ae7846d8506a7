import type { LoadContext, Plugin } from '@docusaurus/types';

import { site } from '../src/lib/site';
import { SOCIAL_CARD_PATH, SOCIAL_CARD_SIZE } from '../src/lib/buildTime/socialCard';
import { absoluteUrl } from '../src/lib/formats/urls';

/**
 * Tags every page's <head> gets that are the same on every page and that no script needs: written
 * into the HTML here rather than in the config's `themeConfig.metadata`, which Docusaurus also ships
 * to the browser in the main JavaScript bundle.
 *
 * - The social card shown beside links to the site shared in chat or social media
 *   (scripts/socialCard.ts), at its absolute address on the site's own origin. (The theme's
 *   `themeConfig.image` would do the same from the client's bundle; a page's own `image` front
 *   matter would still add its own.)
 * - The site's origin for the print stylesheet (src/css/print.css), which prints each link's
 *   address: links within the site are written from the domain's root
 *   (`/milex-security-team/scope`), and paper needs an address a reader can type.
 */
export default function headTagsPlugin(context: LoadContext): Plugin {
  const { url, baseUrl } = context.siteConfig;
  const { origin } = new URL(url);
  const card = absoluteUrl({ url, baseUrl }, SOCIAL_CARD_PATH);
  const meta = (property: string, content: string) => ({
    tagName: 'meta',
    attributes: { property, content },
  });
  return {
    name: 'milex-head-tags',
    injectHtmlTags() {
      return {
        headTags: [
          meta('og:site_name', site.title),
          meta('og:image', card),
          { tagName: 'meta', attributes: { name: 'twitter:image', content: card } },
          meta('og:type', 'website'),
          meta('og:image:width', String(SOCIAL_CARD_SIZE.width)),
          meta('og:image:height', String(SOCIAL_CARD_SIZE.height)),
          meta('og:image:alt', `${site.title}: ${site.tagline}`),
          {
            tagName: 'style',
            attributes: { media: 'print' },
            // An origin is letters, digits, '.', '-', ':', '[', ']' and '/' (URL escapes the rest),
            // so it needs no escaping inside a CSS string.
            innerHTML: `:root{--milex-site-origin:"${origin}"}`,
          },
        ],
      };
    },
  };
}
