import Link from '@docusaurus/Link';
import { advisoryRoute, checkerParams, pageNames, routes } from '@site/src/lib/site';
import { useAddressParams } from '@site/src/hooks/useAddressParams';
import { useToday } from '@site/src/hooks/useToday';
import type { AdvisoryExposure } from '@site/src/lib/advisories/exposure';
import type { Release } from '@site/src/lib/releases/model';
// Written by plugins/advisories when the site is built: only this page's JavaScript carries it.
import publishedAdvisories from '@milex/advisory-exposure';
import { lazy, type ReactNode, Suspense, type SyntheticEvent, useId, useState } from 'react';

import styles from './styles.module.css';

// The answer's code comes with the first question, not with the page (BENCHMARK.md).
const CheckerAnswer = lazy(() => import('./Answer'));

const { version: VERSION_PARAM, advisory: ADVISORY_PARAM } = checkerParams;

/** "Is my version supported?" for today (the visitor's UTC day once the page has hydrated). */
export default function VersionChecker({
  releases,
}: {
  readonly releases: readonly Release[];
}): ReactNode {
  return (
    <VersionCheckerForm releases={releases} advisories={publishedAdvisories} today={useToday()} />
  );
}

/**
 * The checker itself: a version in; its release, status, dates, the advisories that affect it and
 * what to upgrade to out. `?version=` in the address pre-fills and answers it; checking updates
 * the address. `?advisory=` names an advisory to answer for first.
 */
export function VersionCheckerForm({
  releases,
  advisories,
  today,
}: {
  readonly releases: readonly Release[];
  /** The published advisories, newest first. */
  readonly advisories: readonly AdvisoryExposure[];
  readonly today: string;
}): ReactNode {
  const id = useId();
  const { params, setParams } = useAddressParams();
  const fromAddress = params?.get(VERSION_PARAM) ?? undefined;
  const asked = advisories.find((a) => a.id === params?.get(ADVISORY_PARAM));
  const [draft, setDraft] = useState<string>();
  const [checked, setChecked] = useState<string>();
  const value = draft ?? fromAddress ?? '';
  const query = checked ?? fromAddress;

  function check(event: SyntheticEvent<HTMLFormElement>): void {
    event.preventDefault();
    setChecked(value);
    setParams({ [VERSION_PARAM]: value.trim() });
  }

  return (
    <div className={styles.checker}>
      <form
        className={styles.form}
        onSubmit={check}
        method="get"
        aria-label="Check a Milex version"
      >
        {asked !== undefined && (
          <p data-asked-advisory={asked.id}>
            Checking for <Link to={advisoryRoute(asked.id)}>{asked.id}</Link>, {asked.title}: type
            your version to see whether it affects it.
          </p>
        )}
        <label htmlFor={`${id}-input`} className={styles.label}>
          Your Milex version
        </label>
        <div className={styles.row}>
          <input
            id={`${id}-input`}
            name={VERSION_PARAM}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            placeholder="e.g. 1.0.3"
            aria-describedby={`${id}-hint`}
            className={`${styles.input ?? ''} milex-field`}
            value={value}
            onChange={(event) => {
              setDraft(event.target.value);
            }}
          />
          <button type="submit" className="button button--primary">
            Check
          </button>
        </div>
        <p id={`${id}-hint`} className={styles.hint}>
          Type a version such as 1.0.3, 1.0 or v1.0.3. You can find it in your Milex installation.
        </p>
      </form>
      <noscript>
        <p>
          The checker needs JavaScript: it compares your version with the table above and with the
          affected versions of each advisory. Without it, find your release branch in the table, and
          the advisories that affect it in{' '}
          <Link to={routes.advisoryList}>{pageNames.advisoryList}</Link>, where each advisory gives
          its affected and fixed versions.
        </p>
      </noscript>
      {/* Always in the page, so screen readers announce each new answer. */}
      <div role="status" aria-live="polite" className={styles.answer} data-answer="">
        {query !== undefined && (
          <Suspense fallback={null}>
            <CheckerAnswer
              releases={releases}
              advisories={advisories}
              query={query}
              today={today}
              {...(asked === undefined ? {} : { askedId: asked.id })}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
