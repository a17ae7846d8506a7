import Link from '@docusaurus/Link';
import FormattedDate from '@site/src/components/FormattedDate';
import SeverityLabel from '@site/src/components/SeverityLabel';
import { advisoryRoute } from '@site/src/lib/site';
import { useAdvisoryTitle } from '@site/src/hooks/useNotices';
import { useToday } from '@site/src/hooks/useToday';
import { type Notice, noticeState } from '@site/src/lib/notices/model';
import { branchesText } from '@site/src/lib/notices/wording';
import type { ReactNode } from 'react';

// The same box as an advisory's facts.
import styles from '@site/src/components/AdvisoryFacts/styles.module.css';

const STATES = {
  coming: 'Coming',
  due: 'Release day passed; the release is not recorded here yet',
  released: 'Released',
} as const;

/**
 * The box a notice's page opens with: where the release stands on the visitor's day (after
 * hydration; the build day before), its day and its moves, branches, extent, and advisories.
 */
export default function NoticeFacts({ notice }: { readonly notice: Notice }): ReactNode {
  const state = noticeState(notice, useToday());
  const titleOf = useAdvisoryTitle();
  const { moves, released, highestSeverity, issues } = notice;
  return (
    <section className={styles.facts} aria-label="Summary" data-notice-facts="">
      <dl>
        <div>
          <dt>Status</dt>
          <dd data-notice-state={state}>{STATES[state]}</dd>
        </div>
        <div>
          <dt>Release day</dt>
          <dd>
            <FormattedDate iso={notice.releaseDay} /> (UTC)
            {notice.outOfSequence ? ', out of sequence' : ', in the usual release cycle'}
          </dd>
        </div>
        <div>
          <dt>Branches</dt>
          <dd>{branchesText(notice.branches)}</dd>
        </div>
        {highestSeverity !== undefined && (
          <div>
            <dt>Highest severity</dt>
            <dd>
              <SeverityLabel severity={highestSeverity} />
            </dd>
          </div>
        )}
        {issues !== undefined && (
          <div>
            <dt>Issues</dt>
            <dd>{issues}</dd>
          </div>
        )}
        {moves !== undefined && (
          <div>
            <dt>Moved</dt>
            <dd>
              <ul>
                {moves.map((move) => (
                  <li key={`${move.date}-${move.from}`}>
                    On <FormattedDate iso={move.date} />, from <FormattedDate iso={move.from} />:{' '}
                    {move.summary}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {released !== undefined && (
          <div>
            <dt>Advisories</dt>
            <dd>
              <ul>
                {released.advisories.map((id) => (
                  <li key={id}>
                    <Link to={advisoryRoute(id)}>{titleOf(id)}</Link> ({id})
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>Notice</dt>
          <dd>
            {notice.id}, published <FormattedDate iso={notice.published} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
