import Link from '@docusaurus/Link';
import {
  lifecycleFeedAnchor,
  lifecycleFeedName,
  pageNames,
  routes,
  site,
} from '@site/src/lib/site';
import type { ReactNode } from 'react';

/**
 * Where to look when no listed release is supported: a newer release may exist that the table
 * does not list, so the site claims nothing about one. The lifecycle feed and the advisory list;
 * the project's website for its releases. (The policy names no place to ask questions, and a
 * report channel is for reports: the team's decision on where questions go belongs here.)
 */
export default function NewReleaseNews(): ReactNode {
  return (
    <>
      To hear of a new release, subscribe to the{' '}
      <Link to={`${routes.feedsAndData}#${lifecycleFeedAnchor}`}>{lifecycleFeedName}</Link>;{' '}
      <Link to={routes.advisoryList}>{pageNames.advisoryList}</Link> lists the advisories published.
      For Milex releases the table does not list, see the{' '}
      <Link href={site.project.url}>{site.project.name} website</Link>.
    </>
  );
}
