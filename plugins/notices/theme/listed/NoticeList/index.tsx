import Link from '@docusaurus/Link';
import EmptyNoticeList from '@site/src/components/EmptyNoticeList';
import { advisoryRoute, noticeRoute } from '@site/src/lib/site';
import { useAdvisoryTitle, useNotices } from '@site/src/hooks/useNotices';
import { useToday } from '@site/src/hooks/useToday';
import type { Notice } from '@site/src/lib/notices/model';
import { comingOn, pastOn } from '@site/src/lib/notices/lists';
import { noticeText } from '@site/src/lib/notices/wording';
import type { ReactNode } from 'react';

function Entry({ notice, today }: { readonly notice: Notice; readonly today: string }): ReactNode {
  const advisories = notice.released?.advisories ?? [];
  const titleOf = useAdvisoryTitle();
  return (
    <li data-notice={notice.id}>
      <Link to={noticeRoute(notice.id)}>{notice.title}</Link>: {noticeText(notice, today)}
      {advisories.length > 0 && (
        <>
          {' '}
          Advisories:{' '}
          {advisories.map((id, index) => (
            <span key={id}>
              {index > 0 && ', '}
              <Link to={advisoryRoute(id)}>{titleOf(id)}</Link> ({id})
            </span>
          ))}
          .
        </>
      )}
    </li>
  );
}

/**
 * The security release notices on Announcements and releases, as they stand on the visitor's
 * day (the build's, before hydration): `coming` lists those still to come (soonest first), `past`
 * the others, with the advisories they brought (latest first). The plugin draws the lists with
 * this component only when the site has a notice (plugins/notices, getThemePath).
 */
export default function NoticeList({ which }: { readonly which: 'coming' | 'past' }): ReactNode {
  const notices = useNotices();
  const today = useToday();
  const shown = which === 'coming' ? comingOn(notices, today) : pastOn(notices, today);
  if (shown.length === 0) return <EmptyNoticeList which={which} />;
  return (
    <ul data-notice-list={which}>
      {shown.map((notice) => (
        <Entry key={notice.id} notice={notice} today={today} />
      ))}
    </ul>
  );
}
