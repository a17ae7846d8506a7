import Link from '@docusaurus/Link';
import AdvisoryDates from '@site/src/components/AdvisoryDates';
import SeverityLabel from '@site/src/components/SeverityLabel';
import { advisoryRoute } from '@site/src/lib/site';
import { useAddressParams } from '@site/src/hooks/useAddressParams';
import {
  type AdvisoryFilter,
  type AdvisorySummary,
  affectedBranches,
  filterAdvisories,
} from '@site/src/lib/advisories/list';
import { isSeverity, SEVERITIES, SEVERITY_LABELS } from '@site/src/lib/advisories/model';
import { plural } from '@site/src/lib/formats/text';
import { type ReactNode, useId, useState } from 'react';

import styles from './styles.module.css';

export const SEVERITY_PARAM = 'severity';
export const RELEASE_PARAM = 'release';

/** The filter a link such as `?severity=high&release=1.2` asks for; unknown values are ignored. */
function filterFromAddress(params: URLSearchParams, branches: readonly string[]): AdvisoryFilter {
  const severity = params.get(SEVERITY_PARAM);
  const branch = params.get(RELEASE_PARAM);
  return {
    ...(isSeverity(severity) ? { severity } : {}),
    ...(branch !== null && branches.includes(branch) ? { branch } : {}),
  };
}

/**
 * The published advisories, newest first as given. Every advisory is in the static HTML; the
 * severity and release filters appear once JavaScript runs, so without it the full list stays.
 */
export default function AdvisoryList({
  advisories,
}: {
  readonly advisories: readonly AdvisorySummary[];
}): ReactNode {
  const id = useId();
  const { params, setParams } = useAddressParams();
  const isBrowser = params !== undefined;
  const branches = affectedBranches(advisories);
  const fromAddress = params === undefined ? {} : filterFromAddress(params, branches);
  const [chosen, setChosen] = useState<AdvisoryFilter>();
  const filter = chosen ?? fromAddress;

  if (advisories.length === 0) {
    return (
      <p className={styles.empty} data-advisories-empty="">
        <strong>No security advisories have been published yet.</strong> To hear of the first,
        subscribe to the feeds above.
      </p>
    );
  }

  function choose(next: AdvisoryFilter): void {
    setChosen(next);
    setParams({ [SEVERITY_PARAM]: next.severity, [RELEASE_PARAM]: next.branch });
  }

  const shown = filterAdvisories(advisories, filter);
  const count = (n: number): string => plural(n, 'advisory', 'advisories');

  return (
    <div>
      {isBrowser && (
        <form
          className={styles.filters}
          aria-label="Filter advisories"
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <div className={styles.field}>
            <label htmlFor={`${id}-severity`}>Severity</label>
            <select
              id={`${id}-severity`}
              className={`${styles.select ?? ''} milex-field`}
              value={filter.severity ?? ''}
              onChange={(event) => {
                const { value } = event.target;
                choose({ ...filter, severity: isSeverity(value) ? value : undefined });
              }}
            >
              <option value="">All severities</option>
              {[...SEVERITIES].reverse().map((severity) => (
                <option key={severity} value={severity}>
                  {SEVERITY_LABELS[severity]}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-release`}>Affected release</label>
            <select
              id={`${id}-release`}
              className={`${styles.select ?? ''} milex-field`}
              value={filter.branch ?? ''}
              onChange={(event) => {
                const { value } = event.target;
                choose({ ...filter, branch: value === '' ? undefined : value });
              }}
            >
              <option value="">All releases</option>
              {branches.map((branch) => (
                <option key={branch} value={branch}>
                  Milex {branch}
                </option>
              ))}
            </select>
          </div>
        </form>
      )}
      <p role="status" aria-live="polite" className={styles.count}>
        {shown.length === advisories.length
          ? `${count(advisories.length)}, newest first.`
          : `Showing ${count(shown.length)} of ${String(advisories.length)}.`}
      </p>
      {shown.length === 0 ? (
        <p>No advisory matches these filters.</p>
      ) : (
        <ol className={styles.list}>
          {shown.map((advisory) => (
            <li key={advisory.id} className={styles.item} data-advisory={advisory.id}>
              <article aria-labelledby={`${id}-${advisory.id}`}>
                <h2 id={`${id}-${advisory.id}`} className={styles.title}>
                  <Link to={advisoryRoute(advisory.id)}>{advisory.title}</Link>
                </h2>
                <dl className={styles.facts}>
                  <div>
                    <dt>Advisory</dt>
                    <dd>{advisory.id}</dd>
                  </div>
                  <div>
                    <dt>Severity</dt>
                    <dd>
                      <SeverityLabel severity={advisory.severity} />
                    </dd>
                  </div>
                  <AdvisoryDates published={advisory.published} updated={advisory.updated} />
                  <div>
                    <dt>Affects</dt>
                    <dd>{advisory.affected.map((entry) => `Milex ${entry.branch}`).join(', ')}</dd>
                  </div>
                  {advisory.cve !== undefined && advisory.cve.length > 0 && (
                    <div>
                      <dt>CVE</dt>
                      <dd>{advisory.cve.join(', ')}</dd>
                    </div>
                  )}
                </dl>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
