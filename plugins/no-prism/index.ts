import { createRequire } from 'node:module';

import type { Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * The classic theme loads Prism on every page through a client module, whether or not a page
 * highlights code. The site does not (src/theme/CodeBlock shows plain text), so that module is
 * swapped for an empty one and Prism leaves the bundle.
 */
export default function noPrismPlugin(): Plugin {
  const prismClientModule =
    require.resolve('@docusaurus/theme-classic/lib/prism-include-languages.js');
  return {
    name: 'milex-no-prism',
    configureWebpack() {
      return {
        resolve: {
          alias: { [`${prismClientModule}$`]: require.resolve('./empty-client-module.js') },
        },
      };
    },
  };
}
