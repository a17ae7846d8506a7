import type { Plugin } from '@docusaurus/types';

import { badgePath, noticeRoute, outputs, routes, site } from '../../src/lib/site';
import { exposureOf } from '../../src/lib/advisories/exposure';
import { lifecycleAtom } from '../../src/lib/outputs/lifecycleFeed';
import { badgeFor } from '../../src/lib/outputs/badges';
import { releasesToIcs } from '../../src/lib/outputs/calendar';
import { releasesJson } from '../../src/lib/outputs/releasesJson';
import { releasesJsonSchema } from '../../src/lib/outputs/releasesJsonSchema';
import { expiresAfter, securityTxt } from '../../src/lib/outputs/securityTxt';
import { absoluteUrl, rootAndSiteUrls, type SiteAddress } from '../../src/lib/formats/urls';
import { lifecycles } from '../../src/lib/releases/lifecycle';
import type { Release } from '../../src/lib/releases/model';
import type { LoadedAdvisory } from '../../src/lib/content/advisories/load';
import type { LoadedNotice } from '../../src/lib/content/notices/load';
import type { ChannelView } from '../../src/lib/site/reportChannels';
import { jsonText, type SiteFile, writeSiteFiles } from '../../src/lib/buildTime/siteFiles';

export interface OutputsOptions {
  /** The table of supported versions. */
  readonly releases: readonly Release[];
  /** Where the site is published. */
  readonly address: SiteAddress;
  /** The UTC day the files give statuses for. */
  readonly buildDay: string;
  /** How many days security.txt stays valid. */
  readonly securityTxtExpiresDays: number;
  /** Where to report, most preferred first: security.txt's contacts. */
  readonly reportChannels: readonly ChannelView[];
  /** The checked advisories (plugins/advisories), newest first. */
  readonly advisories: () => Promise<readonly LoadedAdvisory[]>;
  /** The checked security release notices (plugins/notices), for the calendar. */
  readonly notices: () => Promise<readonly LoadedNotice[]>;
}

/**
 * Writes the machine-readable views of src/data/ next to the built pages: security.txt, the
 * versions JSON (with what the advisories say of each release) and its schema, the calendar (with
 * the notices' release days), the Atom feed and one badge per release. Each file is one
 * serializer from src/lib; this plugin only decides where it goes.
 */
export function outputsPluginFor(options: OutputsOptions): () => Plugin {
  return () => outputsPlugin(options);
}

function outputsPlugin({
  releases,
  address,
  buildDay,
  securityTxtExpiresDays: days,
  reportChannels,
  advisories: loadAdvisories,
  notices: loadNotices,
}: OutputsOptions): Plugin {
  const { baseUrl } = address;
  const at = (path: string): string => absoluteUrl(address, path);
  const host = site.idDomain;

  return {
    name: 'milex-outputs',
    // Feed readers and browsers find the feed from any page.
    injectHtmlTags() {
      return {
        headTags: [
          {
            tagName: 'link',
            attributes: {
              rel: 'alternate',
              type: 'application/atom+xml',
              title: 'Milex release lifecycle (Atom)',
              href: `${baseUrl}${outputs.atom.slice(1)}`,
            },
          },
        ],
      };
    },
    async postBuild({ outDir }) {
      const generatedAt = new Date();
      const advisories = (await loadAdvisories()).map(({ advisory }) => exposureOf(advisory));
      const files: SiteFile[] = [
        [
          outputs.securityTxt,
          // RFC 9116 section 2.3 recommends a cleartext signature, which readers of the file can
          // still read as text: scripts/sign-site.sh adds it, after the build.
          securityTxt({
            // The report channels, most preferred first (section 2.5.3), and the OpenPGP keys
            // of those that have one (2.5.4): the build's own, so the fixture build's are its own.
            contact: reportChannels.map((channel) => channel.url),
            encryption: [
              ...new Set(
                reportChannels.flatMap(({ openpgpKey }) =>
                  openpgpKey === undefined ? [] : [openpgpKey.url],
                ),
              ),
            ],
            expires: expiresAfter(generatedAt, days),
            // RFC 9116 section 2.5.7: the vulnerability disclosure policy.
            policy: at(routes.disclosure),
            // No Acknowledgments: RFC 9116 means a page thanking researchers, and the site's
            // Acknowledgements page thanks other projects. Add it when such a page exists.
            canonical: rootAndSiteUrls(address, outputs.securityTxt),
            // No Preferred-Languages: the policy does not say which languages the team reads
            // reports in. When it does, say so on the reporting page and list them here.
            preferredLanguages: [],
            // The CSAF 2.0 provider of the advisories (plugins/advisories), requirement 8.
            csaf: [at(outputs.csafProviderMetadata)],
          }),
        ],
        [
          outputs.releasesJson,
          jsonText(
            releasesJson(releases, {
              today: buildDay,
              generatedAt,
              schemaUrl: at(outputs.releasesSchema),
              pageUrl: at(routes.supportedVersions),
              advisories,
            }),
          ),
        ],
        [outputs.releasesSchema, jsonText(releasesJsonSchema(at(outputs.releasesSchema)))],
        [
          outputs.calendar,
          releasesToIcs(releases, {
            pageUrl: at(routes.supportedVersions),
            host,
            generatedAt,
            notices: (await loadNotices()).map(({ notice }) => ({
              notice,
              pageUrl: at(noticeRoute(notice.id)),
            })),
          }),
        ],
        [
          outputs.atom,
          lifecycleAtom(releases, {
            today: buildDay,
            siteUrl: at(routes.home),
            feedUrl: at(outputs.atom),
            pageUrl: at(routes.supportedVersions),
            host,
          }),
        ],
        ...lifecycles(releases).map((lifecycle): SiteFile => [
          badgePath(lifecycle.release.branch),
          jsonText(badgeFor(lifecycle, buildDay)),
        ]),
      ];
      await writeSiteFiles(outDir, files);
    },
  };
}
