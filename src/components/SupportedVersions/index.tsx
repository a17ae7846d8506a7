import FormattedDate from '@site/src/components/FormattedDate';
import { type RowState, splitOlderEndOfLife, statesOn } from '@site/src/lib/releases/lifecycle';
import { type Release, STATUS_LABELS } from '@site/src/lib/releases/model';
import { plural } from '@site/src/lib/formats/text';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/**
 * The supported-versions table: one row per release branch, newest first, with its status on
 * `today` and notes as footnotes. End-of-life releases older than the newest one are folded into
 * a "show all releases" <details>, which opens without JavaScript.
 */
export default function SupportedVersions({
  releases,
  today,
}: {
  readonly releases: readonly Release[];
  /** The UTC day the statuses are for, `YYYY-MM-DD`. */
  readonly today: string;
}): ReactNode {
  const { current, older } = splitOlderEndOfLife(statesOn(releases, today));
  const noted = [...current, ...older]
    .map((state) => state.lifecycle.release)
    .filter((release) => release.note !== undefined);
  const noteNumber = (release: Release): number => noted.indexOf(release) + 1;

  return (
    <div className={styles.wrapper}>
      <ReleaseTable
        caption="Milex release branches, their support dates and their status, newest first. Dates are UTC and include the last day."
        states={current}
        noteNumber={noteNumber}
      />
      {older.length > 0 && (
        <details className={styles.older} data-older-releases="">
          <summary>Show all releases ({plural(older.length, 'older end-of-life release')})</summary>
          <ReleaseTable
            caption="Older end-of-life releases, newest first."
            states={older}
            noteNumber={noteNumber}
          />
        </details>
      )}
      {noted.length > 0 && (
        <>
          <p className={styles.notesTitle}>Notes to the table</p>
          <ol className={styles.notes}>
            {noted.map((release) => (
              <li key={release.branch} id={noteId(release.branch)}>
                {release.branch}: {release.note}{' '}
                <a href={`#${noteRefId(release.branch)}`} aria-label={`Back to ${release.branch}`}>
                  ↩
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function ReleaseTable({
  caption,
  states,
  noteNumber,
}: {
  readonly caption: string;
  readonly states: readonly RowState[];
  readonly noteNumber: (release: Release) => number;
}): ReactNode {
  return (
    // The table fits its column, as cards where the column is narrow; should a future column
    // not hold it, it scrolls in its box (which browsers then make focusable) instead of the page.
    <div className={styles.scroller}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Branch</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {states.map((state) => {
            const { release } = state.lifecycle;
            const ends = [
              release.initialRelease,
              release.activeSupportUntil,
              release.securitySupportUntil,
            ];
            return (
              <tr key={release.branch} data-branch={release.branch} data-status={state.status}>
                <th scope="row">
                  {release.branch}
                  {release.note !== undefined && (
                    <sup>
                      <a
                        href={`#${noteId(release.branch)}`}
                        id={noteRefId(release.branch)}
                        aria-label={`Note ${String(noteNumber(release))}`}
                      >
                        {noteNumber(release)}
                      </a>
                    </sup>
                  )}
                </th>
                <td>
                  <StatusText state={state} />
                </td>
                <td>
                  {release.betaRelease === undefined ? (
                    <span className={styles.none}>No beta</span>
                  ) : (
                    <FormattedDate iso={release.betaRelease} />
                  )}
                </td>
                {ends.map((iso, i) => (
                  <td key={COLUMNS[i + 2]}>
                    <FormattedDate iso={iso} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The headings of the columns after the branch, in order; styles.module.css repeats them. */
const COLUMNS = [
  'Status',
  'Beta release',
  'Initial release',
  'Active support until',
  'Security support until',
] as const;

/**
 * The status in words, with a marker shape per status so colour is never the only cue, and the
 * line it comes from when that is not the row's own dates.
 */
export function StatusText({ state }: { readonly state: RowState }): ReactNode {
  const source = state.span?.source;
  return (
    <span className={`${styles.status} ${styles[state.status] ?? ''}`}>
      {STATUS_LABELS[state.status]}
      {source !== undefined && source !== state.lifecycle.branch && `, with the ${source} line`}
      {state.endingSoon && state.daysLeft !== undefined && (
        <strong className={styles.endingSoon}>
          {' '}
          (ending soon: {plural(state.daysLeft, 'day')} left)
        </strong>
      )}
    </span>
  );
}

// Branch names contain dots; ids keep to letters, digits and hyphens.
const slug = (branch: string): string => branch.replace(/[^a-zA-Z0-9]+/g, '-');
const noteId = (branch: string): string => `release-note-${slug(branch)}`;
const noteRefId = (branch: string): string => `release-note-ref-${slug(branch)}`;
