import Link from '@docusaurus/Link';
import FormattedDate from '@site/src/components/FormattedDate';
import NewReleaseNews from '@site/src/components/NewReleaseNews';
import SeverityLabel from '@site/src/components/SeverityLabel';
import Words from '@site/src/components/Words';
import { advisoryRoute, checkerParams, pageNames, routes } from '@site/src/data/site';
import { useAddressParams } from '@site/src/hooks/useAddressParams';
import { useToday } from '@site/src/hooks/useToday';
import type { AdvisoryExposure } from '@site/src/lib/advisories/exposure';
import { STATUS_LABELS, type Release } from '@site/src/lib/releases/model';
import { plural } from '@site/src/lib/formats/text';
import { endOfLifeSentence, supportSentence, supportWords } from '@site/src/lib/releases/wording';
import { type CheckAnswer, checkVersion } from '@site/src/lib/advisories/check';
// Written by plugins/advisories when the site is built: only this page's JavaScript carries it.
import publishedAdvisories from '@milex/advisory-exposure';
import { type ReactNode, type SyntheticEvent, useId, useState } from 'react';

import styles from './styles.module.css';

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
          <Answer answer={checkVersion(releases, advisories, query, today, asked?.id)} />
        )}
      </div>
    </div>
  );
}

function Answer({ answer }: { readonly answer: CheckAnswer }): ReactNode {
  switch (answer.kind) {
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
          {answer.branches.length === 1
            ? `one release branch of Milex ${answer.version.text}, ${answer.branches.join('')}`
            : `several release branches of Milex ${answer.version.text} (${answer.branches.join(', ')})`}
          . Type the minor version too, such as {answer.branches[0]}.1.
        </p>
      );
    case 'unknown':
      return (
        <p>
          Milex {answer.version.text} is not a release in the table above. Check the version number
          in your installation, or compare it with the table.
        </p>
      );
    case 'found':
      return (
        <>
          <StatusPart answer={answer} />
          {answer.version.preRelease && (
            <p>Your version is a pre-release: no security advisories are made for those.</p>
          )}
          <AdvisoryPart answer={answer} />
          <AdvicePart answer={answer} />
        </>
      );
  }
}

type Found = Extract<CheckAnswer, { kind: 'found' }>;

/** Which release the version belongs to, and where it stands today. */
function StatusPart({ answer }: { readonly answer: Found }): ReactNode {
  const { version, state, row } = answer;
  const { lifecycle } = state;
  const branch = lifecycle.branch;
  return (
    <p>
      <strong>
        Milex {version.label} belongs to the {branch} release: {STATUS_LABELS[state.status]}.
      </strong>{' '}
      {lifecycle.release === undefined && (
        <>
          The table does not list {branch}: as a minor release of the {row.branch} line, it is
          supported while it is the line&apos;s most recent minor release.{' '}
        </>
      )}
      {(state.status === 'active' || state.status === 'security') && (
        <Words words={supportSentence(state, `Milex ${branch}`)} />
      )}
      {state.status === 'eol' && <Words words={endOfLifeSentence(lifecycle)} />}
      {(state.status === 'planned' || state.status === 'beta') && (
        <>
          It is not a stable release yet
          {lifecycle.release === undefined ? (
            ''
          ) : (
            <>
              {' '}
              (the table plans it for <FormattedDate iso={lifecycle.release.initialRelease} />)
            </>
          )}
          , and security advisories are not made for pre-releases.
        </>
      )}
      {state.daysLeft !== undefined && (
        <>
          {' '}
          {plural(state.daysLeft, 'day')} of security support left
          {state.endingSoon ? ': ending soon.' : '.'}
        </>
      )}
    </p>
  );
}

/** The published advisories that affect the version, and the version free of them. */
function AdvisoryPart({ answer }: { readonly answer: Found }): ReactNode {
  const { version, state, advisories } = answer;
  const { affecting, unaffectedFrom, others, moveTo, asked } = advisories;
  const branch = state.lifecycle.branch;
  // A branch (`1.0`) is affected when some of its versions are.
  const partial = version.patch === undefined;
  const scope =
    partial && version.minor !== undefined
      ? `${String(version.major)}.${String(version.minor)}`
      : branch;
  const what = partial ? `Milex ${scope}` : `Milex ${version.label}`;
  const some = partial ? `versions of Milex ${scope}` : what;
  const eol = state.status === 'eol';
  const them = affecting.length === 1 ? 'it' : 'them';
  const ended = state.lifecycle.securityUntil;
  return (
    <div data-advisories="">
      {asked !== undefined && (
        <p data-asked-answer={asked.affects ? 'affects' : 'does-not-affect'}>
          <strong>
            {asked.advisory.id} {asked.affects ? `affects ${some}` : `does not affect ${what}`}.
          </strong>
        </p>
      )}
      {affecting.length === 0 ? (
        <p>No published advisory affects {what}.</p>
      ) : (
        <>
          <p>
            {affecting.length === 1
              ? `One published advisory affects ${some}:`
              : `${String(affecting.length)} published advisories affect ${some}:`}
          </p>
          <ul>
            {affecting.map((advisory) => (
              <li key={advisory.id} data-affecting={advisory.id}>
                <Link to={advisoryRoute(advisory.id)}>{advisory.id}</Link>: {advisory.title} (
                <SeverityLabel severity={advisory.severity} />)
              </li>
            ))}
          </ul>
          <p data-upgrade-to={unaffectedFrom ?? moveTo?.unaffectedFrom ?? ''}>
            {unaffectedFrom !== undefined ? (
              <>
                <strong>
                  Upgrade to {unaffectedFrom} or later:{' '}
                  {others === undefined
                    ? `no published advisory affects those versions of Milex ${scope}.`
                    : `${affecting.length === 1 ? 'it does not affect' : 'none of them affects'} those versions of Milex ${scope}.`}
                </strong>
                {others !== undefined && (
                  <>
                    {' '}
                    Other published advisories affect later versions of Milex {scope}
                    {others.from === undefined
                      ? ', and not all of them have a fix on it: see their pages.'
                      : `: from ${others.from} on, none does.`}
                  </>
                )}
              </>
            ) : moveTo !== undefined ? (
              <strong>
                No version of Milex {scope} is free of {them}: move to Milex{' '}
                {moveTo.state.lifecycle.branch}
                {moveTo.unaffectedFrom === undefined
                  ? ', where a fix has not been published yet either'
                  : `, version ${moveTo.unaffectedFrom} or later`}
                .
              </strong>
            ) : (
              <strong>
                No fix for {them} has been published for Milex {scope} yet, and no newer supported
                release is there to move to. Each advisory says what to do until then.
              </strong>
            )}
          </p>
        </>
      )}
      {eol && (
        <p data-not-covered="">
          {ended === undefined ? (
            <>
              Milex {branch} is end of life: advisories are made only for supported releases, so
              they do not cover it.
            </>
          ) : (
            <>
              Advisories are made only for supported releases: those published after{' '}
              <FormattedDate iso={ended} />, when the security support of Milex {branch} ended, do
              not cover it.
            </>
          )}{' '}
          That no advisory names a problem in it does not make it safe.
        </p>
      )}
    </div>
  );
}

/** The release to run, as the table says today. */
function AdvicePart({ answer }: { readonly answer: Found }): ReactNode {
  const { recommended, advice } = answer;
  if (advice === 'none-supported' || recommended === undefined) {
    return (
      <p>
        No release in the table is supported today, so the table gives none to upgrade to.{' '}
        <NewReleaseNews />
      </p>
    );
  }
  if (advice === 'run-this') return <p>This is the release to run.</p>;
  if (advice === 'older-supported') {
    return (
      <p>
        No newer release than yours is supported today.{' '}
        <strong>Milex {recommended.lifecycle.branch}</strong>
        , an older release, still is (<Words words={supportWords(recommended)} />
        ).
      </p>
    );
  }
  return (
    <p>
      <strong>
        {advice === 'upgrade' ? 'Upgrade to' : 'For production, run'} Milex{' '}
        {recommended.lifecycle.branch}
      </strong>{' '}
      (<Words words={supportWords(recommended)} />
      ).
    </p>
  );
}
