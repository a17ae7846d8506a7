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
 * Bounds on what one advisory may hold, so that every output stays in proportion to it (each CVE id
 * is a vulnerability of the CSAF document, with the title, scores and remediations) and a file
 * written by mistake (a pasted log, a generated list) is refused at once, not after minutes of
 * checks. Each is far above what a real advisory needs: raise one here if one ever does.
 */
export const LIMITS = {
  /** The summary is one paragraph, shown in the list, the feeds and at the top of the page. */
  summaryCharacters: 1000,
  /** The text below the front matter. */
  bodyCharacters: 50_000,
  /** The whole file, checked before it is read as YAML and Markdown. */
  fileBytes: 128 * 1024,
  cveIds: 100,
  credits: 50,
  revisions: 100,
} as const;
export const CVE_ID = /^CVE-\d{4}-\d{4,}$/;
