import Link from '@docusaurus/Link';
import ReportLink from '@site/src/components/ReportLink';
import {
  lifecycleFeedAnchor,
  lifecycleFeedName,
  pageNames,
  routes,
  site,
} from '@site/src/data/site';
import type { ReactNode } from 'react';

/**
 * Where to look, and whom to ask, when the table supports no release: a newer release may exist
 * that the table does not list, so the site claims nothing about one. This site's lifecycle feed
 * and advisory list; the team, through the report channel, for security questions; the project's
 * website for its releases. (The policy does not say where the team announces releases.)
 */
export default function NewReleaseNews(): ReactNode {
  return (
    <>
      The <Link to={`${routes.feedsAndData}#${lifecycleFeedAnchor}`}>{lifecycleFeedName}</Link> gets
      an entry when a release in the table comes out, and{' '}
      <Link to={routes.advisoryList}>{pageNames.advisoryList}</Link> lists the advisories published
      on this site. For a security question, contact the {site.teamName} through <ReportLink />; for
      releases the table does not list, see the{' '}
      <Link href={site.project.url}>{site.project.name} website</Link>.
    </>
  );
}
