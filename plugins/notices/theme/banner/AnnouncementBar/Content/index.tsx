/**
 * What the announcement bar says: each coming security release, soonest first, with a link to
 * its notice under the notice's title. Drawn from the checked notices, never from HTML in the
 * config, so a notice's text is shown as text.
 */
import Link from '@docusaurus/Link';
import FormattedDate from '@site/src/components/FormattedDate';
import { noticeRoute } from '@site/src/lib/site';
import { useNotices } from '@site/src/hooks/useNotices';
import { useToday } from '@site/src/hooks/useToday';
import { comingOn } from '@site/src/lib/notices/lists';
import { branchesText } from '@site/src/lib/notices/wording';
import clsx from 'clsx';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

export default function AnnouncementBarContent({
  className,
}: {
  readonly className?: string;
}): ReactNode {
  const coming = comingOn(useNotices(), useToday());
  return (
    <div className={clsx(styles.content, className)} data-notice-banner="">
      {coming.map((notice) => (
        <p key={notice.id} data-notice={notice.id}>
          <strong>
            {notice.outOfSequence ? 'Out-of-sequence security release' : 'Security release'} on{' '}
            <FormattedDate iso={notice.releaseDay} />
          </strong>{' '}
          for {branchesText(notice.branches)}:{' '}
          <Link to={noticeRoute(notice.id)}>{notice.title}</Link>
        </p>
      ))}
    </div>
  );
}
