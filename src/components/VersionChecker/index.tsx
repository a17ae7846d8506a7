import useIsBrowser from '@docusaurus/useIsBrowser';
import FormattedDate from '@site/src/components/FormattedDate';
import NewReleaseNews from '@site/src/components/NewReleaseNews';
import { useToday } from '@site/src/hooks/useToday';
import { recommendedRelease, stateOn, STATUS_LABELS } from '@site/src/lib/status';
import type { Release } from '@site/src/lib/types';
import { type Lookup, lookUpVersion } from '@site/src/lib/versions';
import { type ReactNode, type SyntheticEvent, useId, useState } from 'react';

import styles from './styles.module.css';

export const VERSION_PARAM = 'version';

/** "Is my version supported?" for today (the visitor's UTC day once the page has hydrated). */
export default function VersionChecker({
  releases,
}: {
  readonly releases: readonly Release[];
}): ReactNode {
  return <VersionCheckerForm releases={releases} today={useToday()} />;
}

/**
 * The checker itself: a version in, its release, status, dates and upgrade advice out.
 * `?version=` in the address pre-fills and answers it; checking updates the address.
 */
export function VersionCheckerForm({
  releases,
  today,
}: {
  readonly releases: readonly Release[];
  readonly today: string;
}): ReactNode {
  const id = useId();
  // The address is read only after hydration, so the first render matches the static HTML.
  const isBrowser = useIsBrowser();
  const fromAddress = isBrowser
    ? (new URLSearchParams(window.location.search).get(VERSION_PARAM) ?? undefined)
    : undefined;
  const [draft, setDraft] = useState<string>();
  const [checked, setChecked] = useState<string>();
  const value = draft ?? fromAddress ?? '';
  const query = checked ?? fromAddress;

  function check(event: SyntheticEvent<HTMLFormElement>): void {
    event.preventDefault();
    setChecked(value);
    const address = new URL(window.location.href);
    if (value.trim() === '') address.searchParams.delete(VERSION_PARAM);
    else address.searchParams.set(VERSION_PARAM, value.trim());
    window.history.replaceState(window.history.state, '', address);
  }

  return (
    <div className={styles.checker}>
      <form
        className={styles.form}
        onSubmit={check}
        method="get"
        aria-label="Check a Milex version"
      >
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
            className={styles.input}
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
        <p>The checker needs JavaScript. The table above gives every release&apos;s dates.</p>
      </noscript>
      {/* Always in the page, so screen readers announce each new answer. */}
      <div role="status" aria-live="polite" className={styles.answer} data-answer="">
        {query !== undefined && (
          <Answer lookup={lookUpVersion(releases, query)} releases={releases} today={today} />
        )}
      </div>
    </div>
  );
}

function Answer({
  lookup,
  releases,
  today,
}: {
  readonly lookup: Lookup;
  readonly releases: readonly Release[];
  readonly today: string;
}): ReactNode {
  switch (lookup.kind) {
    case 'empty':
      return <p>Type a version number first, such as 1.0.3.</p>;
    case 'too-long':
      return <p>That is longer than any Milex version number. Type one such as 1.0.3.</p>;
    case 'malformed':
      return (
        <p>
          That does not look like a Milex version number. Type digits and dots, such as 1.0.3 or
          v1.0.
        </p>
      );
    case 'ambiguous':
      return (
        <p>
          The table lists{' '}
          {lookup.branches.length === 1
            ? `one release branch of Milex ${lookup.version.text}, ${lookup.branches.join('')}`
            : `several release branches of Milex ${lookup.version.text} (${lookup.branches.join(', ')})`}
          . Type the minor version too, such as {lookup.branches[0]}.1.
        </p>
      );
    case 'unknown':
      return (
        <p>
          Milex {lookup.version.text} is not a release in the table above. Check the version number
          in your installation, or compare it with the table.
        </p>
      );
    case 'found':
      return <FoundAnswer lookup={lookup} releases={releases} today={today} />;
  }
}

function FoundAnswer({
  lookup,
  releases,
  today,
}: {
  readonly lookup: Extract<Lookup, { kind: 'found' }>;
  readonly releases: readonly Release[];
  readonly today: string;
}): ReactNode {
  const { release, version } = lookup;
  const state = stateOn(release, today);
  const recommended = recommendedRelease(releases, today);
  const upgradeTo =
    recommended !== undefined && recommended.release !== release ? recommended : undefined;

  return (
    <>
      <p>
        <strong>
          Milex {version.text} belongs to the {release.branch} release:{' '}
          {STATUS_LABELS[state.status]}.
        </strong>{' '}
        {state.status === 'active' &&
          (release.securitySupportUntil === release.activeSupportUntil ? (
            <>
              It is in active and security support until{' '}
              <FormattedDate iso={release.activeSupportUntil} />.
            </>
          ) : (
            <>
              It is in active support until <FormattedDate iso={release.activeSupportUntil} />, then
              in security support only until <FormattedDate iso={release.securitySupportUntil} />.
            </>
          ))}
        {state.status === 'security' && (
          <>
            Its active support has ended; it is in security support until{' '}
            <FormattedDate iso={release.securitySupportUntil} />.
          </>
        )}
        {state.status === 'eol' && (
          <>
            Its security support ended after <FormattedDate iso={release.securitySupportUntil} />:
            it receives no more security advisories.
          </>
        )}
        {(state.status === 'planned' || state.status === 'beta') && (
          <>
            It is not a stable release yet (the table plans it for{' '}
            <FormattedDate iso={release.initialRelease} />
            ), and security advisories are not made for pre-releases.
          </>
        )}
        {state.daysLeft !== undefined && (
          <>
            {' '}
            {state.daysLeft} {state.daysLeft === 1 ? 'day' : 'days'} of security support left
            {state.endingSoon ? ': ending soon.' : '.'}
          </>
        )}
      </p>
      {version.preRelease && (
        <p>Your version is a pre-release: no security advisories are made for those.</p>
      )}
      <p>
        {upgradeTo !== undefined ? (
          <>
            <strong>
              {/* A beta or planned release is newer than the one to run: not an upgrade. */}
              {upgradeTo.release.initialRelease < release.initialRelease
                ? `For production, run Milex ${upgradeTo.release.branch}`
                : `Upgrade to Milex ${upgradeTo.release.branch}`}
            </strong>{' '}
            (
            {upgradeTo.status === 'active' ? (
              <>
                active support until <FormattedDate iso={upgradeTo.release.activeSupportUntil} />,
                security support until{' '}
                <FormattedDate iso={upgradeTo.release.securitySupportUntil} />
              </>
            ) : (
              <>
                security support only, until{' '}
                <FormattedDate iso={upgradeTo.release.securitySupportUntil} />
              </>
            )}
            ).
          </>
        ) : recommended !== undefined ? (
          <>This is the release to run.</>
        ) : (
          <>
            No release in the table is supported today, so the table gives none to upgrade to.{' '}
            <NewReleaseNews />
          </>
        )}
      </p>
    </>
  );
}
