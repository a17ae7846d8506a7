import Link from '@docusaurus/Link';
import AdvisoryDates from '@site/src/components/AdvisoryDates';
import SeverityLabel from '@site/src/components/SeverityLabel';
import { checkerFor, checkerName } from '@site/src/lib/site';
import type { Advisory, AffectedRange } from '@site/src/lib/advisories/model';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** "from 1.2.0, fixed in 1.2.3" or "1.0.0 to 1.0.9, no fix on this branch". */
function affectedText({ introduced, fixed, lastAffected }: AffectedRange): string {
  return fixed !== undefined
    ? `from ${introduced}, fixed in ${fixed}`
    : `${introduced} to ${lastAffected ?? '?'}, no fix on this branch`;
}

/** The box an advisory's page opens with: severity, ids, affected and fixed versions, credits, dates. */
export default function AdvisoryFacts({ advisory }: { readonly advisory: Advisory }): ReactNode {
  const { cve, credits, cvss } = advisory;
  return (
    <section className={styles.facts} aria-label="Summary" data-advisory-facts="">
      <dl>
        <div>
          <dt>Severity</dt>
          <dd>
            <SeverityLabel severity={advisory.severity} />
            {cvss !== undefined && (
              <>
                {' '}
                <code className={styles.vector}>{cvss}</code>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Advisory</dt>
          <dd>{advisory.id}</dd>
        </div>
        <div>
          <dt>CVE</dt>
          <dd>{cve !== undefined && cve.length > 0 ? cve.join(', ') : 'None assigned'}</dd>
        </div>
        <div>
          <dt>Affected</dt>
          <dd>
            <ul>
              {advisory.affected.map(({ branch, range }) => (
                <li key={branch}>
                  Milex {branch}: {affectedText(range)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Fixed in</dt>
          <dd>{advisory.fixedIn.map((version) => `Milex ${version}`).join(', ')}</dd>
        </div>
        {credits !== undefined && credits.length > 0 && (
          <div>
            <dt>Credits</dt>
            <dd>
              {credits.map(({ name, url }, index) => (
                <span key={name}>
                  {index > 0 && ', '}
                  {url === undefined ? (
                    name
                  ) : (
                    <a href={url} rel="noopener noreferrer">
                      {name}
                    </a>
                  )}
                </span>
              ))}
            </dd>
          </div>
        )}
        <AdvisoryDates published={advisory.published} updated={advisory.updated} />
      </dl>
      <p className={styles.check}>
        Does this advisory affect the version you run?{' '}
        <Link to={checkerFor(advisory.id)}>{checkerName}</Link>
      </p>
    </section>
  );
}
