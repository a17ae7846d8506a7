import FormattedDate from '@site/src/components/FormattedDate';
import NewReleaseNews from '@site/src/components/NewReleaseNews';
import Words from '@site/src/components/Words';
import { addDays } from '@site/src/lib/formats/dates';
import { summarize } from '@site/src/lib/releases/lifecycle';
import type { Release } from '@site/src/lib/releases/model';
import { plural } from '@site/src/lib/formats/text';
import { supportSentence } from '@site/src/lib/releases/wording';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** One line on where things stand on `today`, as the table says: the release to run, or none. */
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
          <strong>Run Milex {summary.recommended.lifecycle.branch}</strong>:{' '}
          <Words words={supportSentence(summary.recommended, 'it')} />
          {summary.recommended.endingSoon && summary.recommended.daysLeft !== undefined && (
            <>
              {' '}
              <strong>
                Its security support ends soon: {plural(summary.recommended.daysLeft, 'day')} left.
              </strong>
            </>
          )}
        </p>
      ) : (
        <p className={styles.line}>
          <strong>None of the releases listed below has security support today</strong>
          {summary.lastEnded !== undefined && (
            <>
              , and none has since{' '}
              <FormattedDate iso={addDays(summary.lastEnded.securityUntil, 1)} />: Milex{' '}
              {summary.lastEnded.branch}, the last of them supported, had its last day of security
              support on <FormattedDate iso={summary.lastEnded.securityUntil} />
            </>
          )}
          .
          {summary.next === undefined ? (
            <> No newer release is listed.</>
          ) : (
            <>
              {' '}
              The next release listed, Milex {summary.next.branch}, is planned for{' '}
              <FormattedDate iso={summary.next.initialRelease} />.
            </>
          )}{' '}
          <NewReleaseNews />
        </p>
      )}
    </div>
  );
}
