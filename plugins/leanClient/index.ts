import { createRequire } from 'node:module';

import type { Plugin } from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * V8's explicit compile hint (Chrome 136 and later): every function in a file that starts with this
 * comment is compiled while the file streams in, off the main thread, instead of on the main thread
 * the first time it is called. Nearly every function of the startup bundles (React, the router, the
 * theme's layout) runs while a page hydrates, so the hint takes that work out of the page's longest
 * tasks. Other browsers read it as a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The bundles every page loads first: the libraries (React, router, theme) and the site's own code. */
// Docusaurus internal: its entry chunk is named "main" (checked by e2e/internals.test.ts).
const STARTUP_BUNDLES = /(^|\/)(libraries|main)\.[^/]*\.js$/;

/**
 * Trims what every page's JavaScript costs a phone to what the site uses:
 * - The classic theme loads Prism on every page through a client module, whether or not a page
 *   highlights code. No page does (src/theme/CodeBlock shows plain text), so that module is an
 *   empty one and Prism leaves the bundle.
 * - Docusaurus's prefetch helper is replaced by one that fetches each file once, in idle time
 *   (idlePrefetch.ts), so prefetching no longer ends the page load with a long task.
 * - The libraries every page needs get a file of their own, apart from the site's code. It only
 *   changes when a dependency does, so it stays cached when the policy or the data changes, and
 *   the site's own startup code, which runs the app, is a small file.
 * - The startup bundles carry V8's compile hint (COMPILE_HINT).
 */
export default function leanClientPlugin(): Plugin {
  // Docusaurus internal: the theme's Prism client module, by its file (e2e/internals.test.ts).
  const prismClientModule =
    require.resolve('@docusaurus/theme-classic/lib/prism-include-languages.js');
  return {
    name: 'milex-lean-client',
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      const bundler = currentBundler.instance;
      return {
        resolve: {
          alias: { [`${prismClientModule}$`]: require.resolve('./emptyClientModule.js') },
        },
        optimization: {
          splitChunks: {
            cacheGroups: {
              libraries: {
                test: /[\\/]node_modules[\\/]/,
                chunks: 'initial',
                priority: 30,
                enforce: true,
                filename: 'assets/js/libraries.[contenthash:8].js',
              },
            },
          },
        },
        plugins: [
          // Docusaurus internal: core's prefetch helper, by its file (e2e/internals.test.ts).
          new bundler.NormalModuleReplacementPlugin(
            /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/,
            require.resolve('./idlePrefetch.ts'),
          ),
          new bundler.BannerPlugin({
            banner: COMPILE_HINT,
            raw: true,
            test: STARTUP_BUNDLES,
            // After minification, which drops comments; before the content hash is taken.
            stage: bundler.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
          }),
        ],
      };
    },
  };
}
