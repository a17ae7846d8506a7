/**
 * The table of supported versions, for the pages that draw it: written as a module of the build
 * (`@milex/releases`, declared in src/generated-modules.d.ts), so the site and the test build each
 * show their own table, and only the pages that import it carry it.
 */
import type { Plugin } from '@docusaurus/types';

import type { Release } from '../../src/lib/releases/model';

/** The module the pages import the table from. */
export const RELEASES_MODULE = '@milex/releases';

export function releasesPluginFor(releases: readonly Release[]): () => Plugin {
  return () => {
    // Where contentLoaded wrote the module; bundling starts only after every plugin's content is
    // loaded.
    let modulePath: string | undefined;
    return {
      name: 'milex-releases',
      async contentLoaded({ actions }) {
        modulePath = await actions.createData('releases.json', JSON.stringify(releases));
      },
      configureWebpack() {
        if (modulePath === undefined) {
          throw new Error(`${RELEASES_MODULE} was asked for before the releases were written.`);
        }
        return { resolve: { alias: { [RELEASES_MODULE]: modulePath } } };
      },
    };
  };
}
