import { SEVERITY_LABELS, type Severity } from '@site/src/lib/advisories/model';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** A severity in words, with a mark whose shape grows with it, so colour is never the only cue. */
export default function SeverityLabel({ severity }: { readonly severity: Severity }): ReactNode {
  return (
    <span className={`${styles.severity} ${styles[severity] ?? ''}`} data-severity={severity}>
      {SEVERITY_LABELS[severity]}
    </span>
  );
}
