import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { badgePath, shieldsImageUrl } from '@site/src/lib/site';
import { absoluteUrl } from '@site/src/lib/formats/urls';
import { newestFirst, type Release } from '@site/src/lib/releases/model';
import type { ReactNode } from 'react';

/**
 * For each release, the badge's JSON address and the Markdown that shows it in a README. The page
 * shows the Markdown as text only: drawing the badge here would load an image from shields.io.
 */
export default function BadgeUrls({
  releases,
}: {
  readonly releases: readonly Release[];
}): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const address = { url: siteConfig.url, baseUrl: siteConfig.baseUrl };
  return (
    <dl>
      {newestFirst(releases).map((release) => {
        const endpoint = absoluteUrl(address, badgePath(release.branch));
        return (
          <div key={release.branch}>
            <dt>Milex {release.branch}</dt>
            <dd>
              JSON: <code>{endpoint}</code>
            </dd>
            <dd>
              Markdown:{' '}
              <code>{`![Milex ${release.branch} support status](${shieldsImageUrl(endpoint)})`}</code>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
