/**
 * What a security advisory is, once its file has been checked: the shapes every other view (the
 * pages, the list, the feeds, the OSV records) takes it in, and the names and patterns they share.
 */
import type { IsoDate } from '../releases/model';

export const SEVERITIES = ['low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The words the site shows for each severity. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  critical: 'Critical',
};

export const isSeverity = (value: unknown): value is Severity =>
  (SEVERITIES as readonly unknown[]).includes(value);

export interface AffectedBranch {
  /** A branch of src/data/releases.ts, e.g. `'1.0'`. */
  readonly branch: string;
  /** Which versions of it, e.g. `'>=1.0.0 <1.0.3'`; the whole branch when left out. */
  readonly versions?: string;
  /**
   * Where its affected versions start and stop, worked out once, when the advisory is checked;
   * the page, the feeds and the OSV record all take it from here.
   */
  readonly range: AffectedRange;
}

/** One change to a published advisory: its day, and what changed, in one line. */
export interface Revision {
  readonly date: IsoDate;
  readonly summary: string;
}

export interface Credit {
  readonly name: string;
  readonly url?: string;
}

export interface Advisory {
  /** `MILEX-YYYY-NNN`. */
  readonly id: string;
  readonly title: string;
  readonly published: IsoDate;
  readonly updated?: IsoDate;
  /**
   * Each change since publication, oldest first, the last on `updated`: the CSAF document's
   * revision history. When left out, an advisory with `updated` has one change, "Updated.".
   */
  readonly revisions?: readonly Revision[];
  readonly severity: Severity;
  /** A CVSS v3.1 or v4.0 vector string. */
  readonly cvss?: string;
  readonly cve?: readonly string[];
  readonly affected: readonly AffectedBranch[];
  readonly fixedIn: readonly string[];
  readonly credits?: readonly Credit[];
  readonly summary: string;
}

/** An advisory file as read from disk: its path (for messages) and its parsed front matter. */
export interface AdvisorySource {
  readonly file: string;
  readonly frontMatter: unknown;
}

/** Where one affected branch's vulnerable versions start and stop, as OSV range events. */
export interface AffectedRange {
  /** The first affected version. */
  readonly introduced: string;
  /** The first version with the fix, when the fix was released on this branch. */
  readonly fixed?: string;
  /** The last affected version, when the branch got no fix. */
  readonly lastAffected?: string;
}

export const ADVISORY_ID = /^MILEX-\d{4}-\d{3}$/;

/**
 * Marks what a maintainer still has to write in a new advisory (`npm run new-advisory`). The build
 * refuses any field or text that contains it, so a half-written advisory is never published.
 */
export const PLACEHOLDER = 'FILL IN';

/** A page's title is the advisory's title and " | Milex Security", within 70 characters. */
export const MAX_TITLE_LENGTH = 53;
export const CVE_ID = /^CVE-\d{4}-\d{4,}$/;
