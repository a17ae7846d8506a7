import Link from '@docusaurus/Link';
import FormattedDate from '@site/src/components/FormattedDate';
import NewReleaseNews from '@site/src/components/NewReleaseNews';
import SeverityLabel from '@site/src/components/SeverityLabel';
import Words from '@site/src/components/Words';
import { advisoryRoute, site } from '@site/src/lib/site';
import { type CheckAnswer, checkVersion } from '@site/src/lib/advisories/check';
import type { AdvisoryExposure } from '@site/src/lib/advisories/exposure';
import { plural } from '@site/src/lib/formats/text';
import { STATUS_LABELS, type Release } from '@site/src/lib/releases/model';
import { endOfLifeSentence, supportSentence, supportWords } from '@site/src/lib/releases/wording';
import type { ReactNode } from 'react';

/**
 * The checker's answer for `query`: loaded with the first question (index.tsx imports it lazily),
 * so the version arithmetic and the advisory ranges are no part of the page's first visit.
 */
export default function CheckerAnswer({
  releases,
  advisories,
  query,
  today,
  askedId,
}: {
  readonly releases: readonly Release[];
  readonly advisories: readonly AdvisoryExposure[];
  readonly query: string;
  readonly today: string;
  readonly askedId?: string;
}): ReactNode {
  return <Answer answer={checkVersion(releases, advisories, query, today, askedId)} />;
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
          The table above does not list Milex {answer.version.text}, so this page gives no status
          for it. Security advisories are made only for stable releases in the supported major
          version branches; for other Milex releases, see the{' '}
          <Link href={site.project.url}>{site.project.name} website</Link>.
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
                {eol
                  ? `Milex ${scope} is end of life, so no newer version of it is the answer`
                  : `No version of Milex ${scope} is free of ${them}`}
                : move to Milex {moveTo.state.lifecycle.branch}
                {moveTo.unaffectedFrom === undefined
                  ? ', where a fix has not been published yet either'
                  : `, version ${moveTo.unaffectedFrom} or later`}
                .
              </strong>
            ) : (
              <strong>
                {eol
                  ? `Milex ${scope} is end of life, so no newer version of it is the answer; the table lists no newer supported release to move to. Each advisory says what you can do.`
                  : `No fix for ${them} has been published for Milex ${scope} yet, and no newer supported release is there to move to. Each advisory says what to do until then.`}
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
        The team lists no supported release to upgrade to. <NewReleaseNews />
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
