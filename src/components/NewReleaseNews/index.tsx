import Link from '@docusaurus/Link';
import { lifecycleFeedAnchor, lifecycleFeedName, pageNames, routes } from '@site/src/data/site';
import type { ReactNode } from 'react';

/**
 * Where to look when no release is supported: this site's own lifecycle feed and advisory list.
 * (The policy does not say where the team announces releases; this site knows only its table.)
 */
export default function NewReleaseNews(): ReactNode {
  return (
    <>
      The <Link to={`${routes.feedsAndData}#${lifecycleFeedAnchor}`}>{lifecycleFeedName}</Link> gets
      an entry when a release in the table comes out, and{' '}
      <Link to={routes.advisoryList}>{pageNames.advisoryList}</Link> lists the advisories published
      on this site.
    </>
  );
}
