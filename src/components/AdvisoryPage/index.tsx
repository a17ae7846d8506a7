import useBaseUrl from '@docusaurus/useBaseUrl';
import AdvisoryFacts from '@site/src/components/AdvisoryFacts';
import { outputs } from '@site/src/lib/site';
import type { AdvisoryDocFrontMatter } from '@site/plugins/advisories';
import DocItem from '@theme/DocItem';
import type { Props } from '@theme/DocItem';
import { type ReactNode, useMemo } from 'react';

/**
 * An advisory's page: the docs plugin's own page (plugins/advisories sets this as the advisories
 * instance's `docItemComponent`), its Markdown opened by the summary and the facts box and closed
 * by a link to the OSV record. The theme draws the title above them, the sidebar, the table of
 * contents and the rest, as on every policy page.
 */
export default function AdvisoryPage(props: Props): ReactNode {
  const Body = props.content;
  const { advisory } = Body.frontMatter as unknown as AdvisoryDocFrontMatter;
  const osvUrl = useBaseUrl(`${outputs.osv}${advisory.id}.json`);
  const content = useMemo(
    () =>
      // The MDX module's exports (front matter, metadata, table of contents) go along: a
      // Docusaurus internal, checked by e2e/advisories.test.ts.
      Object.assign(function AdvisoryContent(): ReactNode {
        return (
          <>
            <p>{advisory.summary}</p>
            <AdvisoryFacts advisory={advisory} />
            {/* The team's own words, rendered by Docusaurus from the file's plain Markdown. */}
            <div className="markdown" data-advisory-body="">
              <Body />
            </div>
            <p className="margin-top--lg">
              For vulnerability scanners: <a href={osvUrl}>this advisory as an OSV record</a>{' '}
              (JSON).
            </p>
          </>
        );
      }, Body),
    [Body, advisory, osvUrl],
  );
  return <DocItem {...props} content={content} />;
}
