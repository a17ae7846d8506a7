import Link from '@docusaurus/Link';
import FormattedDate from '@site/src/components/FormattedDate';
import { routes } from '@site/src/data/site';
import { summarize } from '@site/src/lib/status';
import type { Release } from '@site/src/lib/types';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** One line on where things stand on `today`: the release to run, or that none is supported. */
export default function ReleaseSummary({
  releases,
  today,
}: {
  readonly releases: readonly Release[];
  readonly today: string;
}): ReactNode {
  const summary = summarize(releases, today);
  return (
    <div className={styles.summary} data-summary={summary.kind}>
      <p className={styles.asOf}>
        Status as of <FormattedDate iso={today} /> (UTC).
      </p>
      {summary.kind === 'supported' ? (
        <p className={styles.line}>
          <strong>Run Milex {summary.recommended.release.branch}</strong>:{' '}
          {summary.recommended.status === 'active' ? (
            <>
              it is in active support until{' '}
              <FormattedDate iso={summary.recommended.release.activeSupportUntil} />
            </>
          ) : (
            <>
              it gets security fixes only, until{' '}
              <FormattedDate iso={summary.recommended.release.securitySupportUntil} />
            </>
          )}
          {summary.recommended.status === 'active' &&
            summary.recommended.release.securitySupportUntil !==
              summary.recommended.release.activeSupportUntil && (
              <>
                , then gets security fixes only until{' '}
                <FormattedDate iso={summary.recommended.release.securitySupportUntil} />
              </>
            )}
          .
          {summary.recommended.endingSoon && summary.recommended.daysLeft !== undefined && (
            <>
              {' '}
              <strong>
                Its support ends soon: {summary.recommended.daysLeft}{' '}
                {summary.recommended.daysLeft === 1 ? 'day' : 'days'} left.
              </strong>
            </>
          )}
        </p>
      ) : (
        <p className={styles.line}>
          <strong>No Milex release receives security fixes today.</strong>
          {summary.lastEnded !== undefined && (
            <>
              {' '}
              The last supported release, {summary.lastEnded.branch}, reached end of life after{' '}
              <FormattedDate iso={summary.lastEnded.securitySupportUntil} />.
            </>
          )}
          {summary.next === undefined ? (
            <> No newer release has been published yet.</>
          ) : (
            <>
              {' '}
              The next release, {summary.next.branch}, is due on{' '}
              <FormattedDate iso={summary.next.initialRelease} />.
            </>
          )}{' '}
          If you run Milex, your release gets no security fixes: follow the{' '}
          <Link to={routes.announcements}>announcements</Link> for the next release and upgrade when
          it comes out.
        </p>
      )}
    </div>
  );
}
