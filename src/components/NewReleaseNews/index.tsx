import Link from '@docusaurus/Link';
import { lifecycleFeedAnchor, lifecycleFeedName, pageNames, routes } from '@site/src/data/site';
import type { ReactNode } from 'react';

/**
 * Where to hear of a new release when none is supported: the site's own lifecycle feed and its
 * advisories, the only announcements this site knows of.
 */
export default function NewReleaseNews(): ReactNode {
  return (
    <>
      To hear when a new release comes out, subscribe to the{' '}
      <Link to={`${routes.feedsAndData}#${lifecycleFeedAnchor}`}>{lifecycleFeedName}</Link>; new
      advisories are listed on <Link to={routes.advisoryList}>{pageNames.advisoryList}</Link>.
    </>
  );
}
