import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import Link from '@docusaurus/Link';
import AdvisoryList from '@site/src/components/AdvisoryList';
import { outputs, pageNames, routes } from '@site/src/lib/site';
import type { AdvisorySummary } from '@site/src/lib/advisories/list';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

/** The list of advisories (a route of plugins/advisories), with the ways to follow them. */
export default function AdvisoryListPage({
  advisories,
}: {
  readonly advisories: readonly AdvisorySummary[];
}): ReactNode {
  const { withBaseUrl: feed } = useBaseUrlUtils();
  return (
    <Layout
      title={pageNames.advisoryList}
      description="The security advisories of the Milex security team, newest first, with feeds and OSV records."
    >
      <main className="container container--fluid margin-vert--lg">
        <div className="row">
          <div className="col col--8 col--offset-2">
            <Heading as="h1">{pageNames.advisoryList}</Heading>
            <p>
              The security advisories of the Milex security team, about Milex core and officially
              supported plugins. The <Link to={routes.advisories}>{pageNames.advisories}</Link> says
              what an advisory is, which releases get one, and what to do when one affects you.
            </p>
            <p>
              Follow them as <a href={feed(outputs.advisoriesRss)}>RSS</a>,{' '}
              <a href={feed(outputs.advisoriesAtom)}>Atom</a> or{' '}
              <a href={feed(outputs.advisoriesJsonFeed)}>JSON Feed</a>; scanners can read{' '}
              <a href={feed(`${outputs.osv}all.json`)}>every advisory's OSV record, in one file</a>.
              More on <Link to={routes.feedsAndData}>{pageNames.feedsAndData}</Link>.
            </p>
            <AdvisoryList advisories={advisories} />
          </div>
        </div>
      </main>
    </Layout>
  );
}
