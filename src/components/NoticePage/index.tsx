import Link from '@docusaurus/Link';
import NoticeFacts from '@site/src/components/NoticeFacts';
import { pageNames, routes } from '@site/src/lib/site';
import type { NoticeDocFrontMatter } from '@site/plugins/notices';
import DocItem from '@theme/DocItem';
import type { Props } from '@theme/DocItem';
import { type ReactNode, useMemo } from 'react';

/**
 * A notice's page: the docs plugin's own page (plugins/notices sets this as the notices
 * instance's `docItemComponent`), its Markdown opened by the facts box.
 */
export default function NoticePage(props: Props): ReactNode {
  const Body = props.content;
  const { notice } = Body.frontMatter as unknown as NoticeDocFrontMatter;
  const content = useMemo(
    () =>
      // The MDX module's exports go along, as on an advisory's page (a Docusaurus internal,
      // checked by e2e/advisories.test.ts).
      Object.assign(function NoticeContent(): ReactNode {
        return (
          <>
            <NoticeFacts notice={notice} />
            <div className="markdown" data-notice-body="">
              <Body />
            </div>
            <p className="margin-top--lg">
              Every notice: <Link to={routes.announcements}>{pageNames.announcements}</Link>.
            </p>
          </>
        );
      }, Body),
    [Body, notice],
  );
  return <DocItem {...props} content={content} />;
}
