import Link from '@docusaurus/Link';
import { pageNames, routes } from '@site/src/lib/site';
import { type TableOn, useTableOn } from '@site/src/hooks/useTableOn';
import { noticeExample } from '@site/src/lib/notices/example';
import CodeBlock from '@theme/CodeBlock';
import type { ReactNode } from 'react';

/**
 * The example notice of "Announcing a security release", drawn from the table: published on the
 * build day, for the newest branch supported two weeks on, so it is always one the build accepts
 * (src/lib/content/notices/template.test.ts checks it). When no branch is supported then, it says
 * so instead.
 */
export default function NoticeExample(props: TableOn): ReactNode {
  const { releases, day } = useTableOn(props);
  const example = noticeExample(releases, day);
  if (example === undefined) {
    return (
      <p>
        No release branch in the table on{' '}
        <Link to={routes.supportedVersions}>{pageNames.supportedVersions}</Link> is supported two
        weeks from now, so there is no branch to name in an example: a notice names only branches
        supported on its release day.
      </p>
    );
  }
  return (
    <>
      <p>
        This example uses the newest branch of the table on{' '}
        <Link to={routes.supportedVersions}>{pageNames.supportedVersions}</Link> that is supported
        two weeks from now; write your own days and branches:
      </p>
      <CodeBlock language="markdown" title={`notices/MILEX-SR-${day.slice(0, 4)}-001.md`}>
        {example}
      </CodeBlock>
    </>
  );
}
