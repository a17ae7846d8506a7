/**
 * A security release notice: the team's advance word that a security release is coming, on which
 * day and for which release branches. One Markdown file per notice in `notices/`, checked by
 * validate.ts; the policy's "at least two weeks' notice" of an out-of-sequence release is
 * `NOTICE_DAYS`.
 */
import type { Severity } from '../advisories/model';

/** `MILEX-SR-2026-001`: the year the notice is published, and its number in that year. */
export const NOTICE_ID = /^MILEX-SR-\d{4}-\d{3}$/;

/** The policy: "at least two weeks' notice will be provided" of an out-of-sequence release. */
export const NOTICE_DAYS = 14;

/** The policy's own words, quoted where the build refuses a shorter notice. */
export const NOTICE_PROMISE = 'at least two weeks’ notice will be provided';

/** One change of the release day: when it was made, the day it moved from, and why. */
export interface NoticeMove {
  readonly date: string;
  readonly from: string;
  readonly summary: string;
}

export interface Notice {
  readonly id: string;
  /** One line, as for an advisory. */
  readonly title: string;
  /** The day the notice was first published, `YYYY-MM-DD` (UTC). */
  readonly published: string;
  /** The day the release is planned for, as last moved. */
  readonly releaseDay: string;
  /** Whether the release is outside the usual cycle: then it needs `NOTICE_DAYS` of notice. */
  readonly outOfSequence: boolean;
  /** The release branches the release will cover, each a branch of src/data/releases.ts. */
  readonly branches: readonly string[];
  readonly highestSeverity?: Severity;
  /** How many security issues the release fixes, when the team says. */
  readonly issues?: number;
  /** Each move of the release day, oldest first. */
  readonly moves?: readonly NoticeMove[];
  /** Set once the release is out: the advisories it brought. */
  readonly released?: { readonly advisories: readonly string[] };
}

/** Bounds that keep a notice short, and every output in proportion to it. */
export const NOTICE_LIMITS = {
  bodyCharacters: 4000,
  fileBytes: 16 * 1024,
  branches: 20,
  moves: 20,
  advisories: 100,
  issues: 1000,
} as const;

/** Where a notice stands on `day`: still to come, its day past with no release recorded, or out. */
export type NoticeState = 'coming' | 'due' | 'released';

export function noticeState(notice: Notice, day: string): NoticeState {
  if (notice.released !== undefined) return 'released';
  return day <= notice.releaseDay ? 'coming' : 'due';
}

/** The last day the notice changed: published, moved, or (when released) its release day. */
export function noticeUpdated(notice: Notice): string {
  const days = [
    notice.published,
    ...(notice.moves ?? []).map((move) => move.date),
    ...(notice.released === undefined ? [] : [notice.releaseDay]),
  ];
  return days.sort().at(-1) ?? notice.published;
}
