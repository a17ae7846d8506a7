/**
 * The supported-versions table. Every view of it (the table on the site, and the
 * outputs derived from it) is built from this list, so edit the data here only.
 *
 * One entry per release branch, in any order (the site shows the newest first):
 *   branch                '1.0' for a minor release, or '4.x' for a whole major line. A line
 *                         may be listed beside its minor releases: while a minor release is
 *                         the most recent of its line, it has the better of its own dates and
 *                         the line's (see the rule on the Supported versions page)
 *   betaRelease           first beta, 'YYYY-MM-DD' (leave it out if there was none)
 *   initialRelease        first stable release, 'YYYY-MM-DD'
 *   activeSupportUntil    last day of active support (inclusive, UTC)
 *   securitySupportUntil  last day of security support, when it receives security advisories
 *                         (inclusive, UTC); after it, the release is end of life
 *   note                  optional: a fact about this release only, shown as a footnote
 *
 * The build checks every entry (real dates, beta <= initial <= active <= security,
 * unique branch names; the minor releases of a listed line come out in order, after the line's
 * first release) and stops with a list of anything wrong.
 */
import type { Release } from '../lib/releases/model';

export const releases = [
  {
    branch: '1.0',
    betaRelease: '2021-05-17',
    initialRelease: '2021-08-30',
    activeSupportUntil: '2021-11-29',
    securitySupportUntil: '2021-11-29',
  },
] as const satisfies readonly Release[];
