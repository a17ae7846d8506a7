/**
 * Shapes of the data in `src/data/`. The data files import these types so that
 * `tsc` catches a misspelt field before the build-time validation does.
 */

/** A calendar day in UTC, written `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

export interface Release {
  /** A minor release such as `'1.0'`, or a whole major line such as `'4.x'`. */
  readonly branch: string;
  /** First beta; some releases have none. */
  readonly betaRelease?: IsoDate;
  readonly initialRelease: IsoDate;
  /** Last day (inclusive) of active support. */
  readonly activeSupportUntil: IsoDate;
  /** Last day (inclusive) of security support: the release receives security advisories. */
  readonly securitySupportUntil: IsoDate;
  /** A fact about this release only; shown as a footnote of its row. */
  readonly note?: string;
}

export interface TeamMember {
  readonly name: string;
  /** What the person does on the team, e.g. "Triage lead". */
  readonly role?: string;
  /** A public profile (https). */
  readonly url?: string;
}
