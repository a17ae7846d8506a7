import type { LoadContext, Plugin } from '@docusaurus/types';

/**
 * Printed pages show each link's address (src/css/print.css). Links within the site are written
 * from the domain's root (`/milex-security-team/scope`); this gives the stylesheet the origin to
 * put before them, as a CSS string, so that paper shows an address a reader can type.
 */
export default function printOriginPlugin(context: LoadContext): Plugin {
  const { origin } = new URL(context.siteConfig.url);
  return {
    name: 'milex-print-origin',
    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'style',
            attributes: { media: 'print' },
            // An origin is letters, digits, '.', '-', ':' and '/' (URL escapes the rest), so it
            // needs no escaping inside a CSS string.
            innerHTML: `:root{--milex-site-origin:"${origin}"}`,
          },
        ],
      };
    },
  };
}
