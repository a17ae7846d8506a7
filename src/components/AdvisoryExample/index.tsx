import Link from '@docusaurus/Link';
import FormattedDate from '@site/src/components/FormattedDate';
import { advisoryExample } from '@site/src/lib/advisories/example';
import { summarize } from '@site/src/lib/releases/lifecycle';
import { pageNames, routes } from '@site/src/lib/site';
import { type TableOn, useTableOn } from '@site/src/hooks/useTableOn';
import CodeBlock from '@theme/CodeBlock';
import type { ReactNode } from 'react';

/**
 * The example advisory of "Publishing an advisory", drawn from the table: for the release to run
 * on the build day, dated that day, or, when the table supports none, on the last day it supported
 * one; so it is always one the build accepts (src/lib/content/advisories/template.test.ts checks
 * it).
 */
export default function AdvisoryExample(props: TableOn): ReactNode {
  const { releases, day: today } = useTableOn(props);
  const example = advisoryExample(releases, today);
  const supportedVersions = (
    <Link to={routes.supportedVersions}>{pageNames.supportedVersions}</Link>
  );
  if (example === undefined) {
    const summary = summarize(releases, today);
    const next = summary.kind === 'supported' ? undefined : summary.next;
    return (
      <p data-advisory-example="none">
        The table on {supportedVersions} has not yet supported any release, so there is no branch to
        name in an example: an advisory names supported releases only.{' '}
        {next === undefined ? (
          <>Add the release first.</>
        ) : (
          <>
            The first, Milex {next.branch}, is planned for{' '}
            <FormattedDate iso={next.initialRelease} />.
          </>
        )}
      </p>
    );
  }
  return (
    <>
      <p data-advisory-example={example.published === today ? 'today' : 'past'}>
        {example.published === today ? (
          <>
            This example names Milex {example.branch}, the release to run today according to{' '}
            {supportedVersions}, and is dated today; write your own day, branches and versions:
          </>
        ) : (
          <>
            No release in the table on {supportedVersions} is supported today, and advisories are
            made for supported releases only, so this example is dated{' '}
            <FormattedDate iso={example.published} />, the last day of security support of Milex{' '}
            {example.branch}, the last release in the table to be supported; write your own day,
            branches and versions:
          </>
        )}
      </p>
      <CodeBlock language="markdown" title={example.file}>
        {example.text}
      </CodeBlock>
    </>
  );
}
