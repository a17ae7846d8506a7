import FormattedDate from '@site/src/components/FormattedDate';
import { newestFirst } from '@site/src/lib/releases';
import type { Release } from '@site/src/lib/types';
import type { ReactNode } from 'react';

import styles from './styles.module.css';

/** The supported-versions table: one row per release branch, newest first, notes as footnotes. */
export default function SupportedVersions({
  releases,
}: {
  readonly releases: readonly Release[];
}): ReactNode {
  const rows = newestFirst(releases);
  const notes = rows.filter((release) => release.note !== undefined);
  const noteNumber = (release: Release): number => notes.indexOf(release) + 1;

  return (
    <div className={styles.wrapper}>
      {/* Focusable so keyboard users can scroll it sideways on a narrow screen. */}
      <div
        className={styles.scroller}
        role="region"
        aria-labelledby="supported-versions-caption"
        tabIndex={0}
      >
        <table className={styles.table}>
          <caption id="supported-versions-caption">
            Milex release branches and their support dates, newest first. Dates are UTC; end dates
            are inclusive.
          </caption>
          <thead>
            <tr>
              <th scope="col">Branch</th>
              <th scope="col">Beta release</th>
              <th scope="col">Initial release</th>
              <th scope="col">Active support until</th>
              <th scope="col">Security support until</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((release) => (
              <tr key={release.branch} data-branch={release.branch}>
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
                  {release.betaRelease === undefined ? (
                    <span className={styles.none}>No beta</span>
                  ) : (
                    <FormattedDate iso={release.betaRelease} />
                  )}
                </td>
                <td>
                  <FormattedDate iso={release.initialRelease} />
                </td>
                <td>
                  <FormattedDate iso={release.activeSupportUntil} />
                </td>
                <td>
                  <FormattedDate iso={release.securitySupportUntil} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.length > 0 && (
        <ol className={styles.notes} aria-label="Notes to the table">
          {notes.map((release) => (
            <li key={release.branch} id={noteId(release.branch)}>
              {release.branch}: {release.note}{' '}
              <a href={`#${noteRefId(release.branch)}`} aria-label={`Back to ${release.branch}`}>
                ↩
              </a>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

// Branch names contain dots; ids keep to letters, digits and hyphens.
const slug = (branch: string): string => branch.replace(/[^a-zA-Z0-9]+/g, '-');
const noteId = (branch: string): string => `release-note-${slug(branch)}`;
const noteRefId = (branch: string): string => `release-note-ref-${slug(branch)}`;
