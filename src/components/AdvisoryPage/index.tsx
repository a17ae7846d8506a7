import useBaseUrl from '@docusaurus/useBaseUrl';
import Link from '@docusaurus/Link';
import AdvisoryFacts from '@site/src/components/AdvisoryFacts';
import { outputs, pageNames, routes } from '@site/src/data/site';
import type { AdvisoryPageData } from '@site/src/lib/advisories';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';

/** One advisory's page (a route of plugins/advisories): its summary box, then its text. */
export default function AdvisoryPage({ page }: { readonly page: AdvisoryPageData }): ReactNode {
  const { advisory, html } = page;
  const osvUrl = useBaseUrl(`${outputs.osv}${advisory.id}.json`);
  return (
    <Layout title={advisory.title} description={advisory.summary}>
      <main className="container container--fluid margin-vert--lg">
        <div className="row">
          <article className="col col--8 col--offset-2">
            <p>
              <Link to={routes.advisoryList}>{pageNames.advisoryList}</Link>
            </p>
            <Heading as="h1">{advisory.title}</Heading>
            <p>{advisory.summary}</p>
            <AdvisoryFacts advisory={advisory} />
            {/* Rendered from the advisory's Markdown at build time, without raw HTML. */}
            <div
              className="markdown"
              data-advisory-body=""
              dangerouslySetInnerHTML={{ __html: html }}
            />
            <p className="margin-top--lg">
              For vulnerability scanners: <a href={osvUrl}>this advisory as an OSV record</a>{' '}
              (JSON).
            </p>
          </article>
        </div>
      </main>
    </Layout>
  );
}
