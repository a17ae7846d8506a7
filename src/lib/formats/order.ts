/**
 * Sort order for the site's text keys; release branches have their own (releases/model.ts).
 * A plain comparison rather than `localeCompare`: the strings are ASCII (ISO dates, ids), and a
 * locale-aware comparison loads collation data that costs a phone tens of milliseconds the first
 * time the release table is drawn.
 */

/** By code point: right for ISO dates (`2021-11-29`) and ids (`MILEX-2026-001`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
