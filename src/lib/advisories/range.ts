/**
 * Which versions of a release branch an advisory affects, as OSV range events: worked out once,
 * when the advisory is checked, from its `affected` entry and its `fixedIn` versions.
 */
import { compareVersions, fullVersion, inBranch, type Version } from '../releases/versions';
import type { AffectedRange } from './model';

export const RANGE_FORM = 'such as ">=1.2.0 <1.2.3", ">=1.2.0" or "<=1.2.9"';

/** A range for people: "1.2.0 to before 1.2.3", or "1.0.0 to 1.0.9" for one with no fix. */
export function rangeText({ introduced, fixed, lastAffected }: AffectedRange): string {
  return fixed !== undefined
    ? `${introduced} to before ${fixed}`
    : `${introduced} to ${lastAffected ?? introduced}`;
}

/** Where the range's versions stop: before `fixed`, or at `lastAffected`. */
function endOf(range: AffectedRange): { readonly version: Version; readonly inclusive: boolean } {
  const text = range.fixed ?? range.lastAffected ?? range.introduced;
  return { version: parse(text), inclusive: range.fixed === undefined };
}

function parse(text: string): Version {
  const version = fullVersion(text);
  if (version === undefined) throw new RangeError(`Not a full version: ${JSON.stringify(text)}`);
  return version;
}

/** True when `version` is one of the range's versions. */
export function rangeHolds(range: AffectedRange, version: Version): boolean {
  if (compareVersions(version, parse(range.introduced)) < 0) return false;
  const end = endOf(range);
  const order = compareVersions(version, end.version);
  return end.inclusive ? order <= 0 : order < 0;
}

/** True when some version lies in both ranges: one of them starts inside the other. */
export function rangesOverlap(a: AffectedRange, b: AffectedRange): boolean {
  return rangeHolds(b, parse(a.introduced)) || rangeHolds(a, parse(b.introduced));
}

/**
 * The affected versions of one branch: `versions` when given (`>=A` for the first affected version,
 * `<B` for the fixed one or `<=B` for the last affected one), completed from the branch itself
 * (its `.0` release) and from `fixedIn` (its version on this branch). Returns the range, or why it
 * cannot be one.
 */
export function affectedRange(
  branch: string,
  versions: string | undefined,
  fixedIn: readonly string[],
): { readonly range: AffectedRange } | { readonly problem: string } {
  let lower: Version | undefined;
  let upper: { version: Version; inclusive: boolean } | undefined;
  for (const part of versions?.trim().split(/\s+/) ?? []) {
    const match = /^(>=|<=|<)(.+)$/.exec(part);
    const version = match?.[2] === undefined ? undefined : fullVersion(match[2]);
    if (match === null || version === undefined) {
      return {
        problem: `${JSON.stringify(part)} is not ">=", "<" or "<=" followed by a version such as 1.2.3 (write ranges ${RANGE_FORM})`,
      };
    }
    if (match[1] === '>=') {
      if (lower !== undefined)
        return { problem: `it has two lower bounds (write ranges ${RANGE_FORM})` };
      lower = version;
    } else {
      if (upper !== undefined)
        return { problem: `it has two upper bounds (write ranges ${RANGE_FORM})` };
      upper = { version, inclusive: match[1] === '<=' };
    }
  }
  const start = lower ?? fullVersion(`${branch.replace('.x', '.0')}.0`);
  if (start === undefined)
    return { problem: `branch ${JSON.stringify(branch)} has no first version` };
  if (!inBranch(start, branch)) {
    return { problem: `the first affected version ${start.text} is not a ${branch} release` };
  }
  const fix = fixedIn
    .map(fullVersion)
    .filter((v): v is Version => v !== undefined && inBranch(v, branch))
    .sort(compareVersions)[0];
  if (upper?.inclusive === true && !inBranch(upper.version, branch)) {
    return {
      problem: `the last affected version ${upper.version.text} is not a ${branch} release`,
    };
  }
  // A "<=" range says the branch got no fix; a fix in the same minor release after it says
  // otherwise. (A line's range may stop at one minor while another entry takes the next.)
  if (
    upper?.inclusive === true &&
    fix !== undefined &&
    compareVersions(fix, upper.version) > 0 &&
    fix.major === upper.version.major &&
    fix.minor === upper.version.minor
  ) {
    return {
      problem: `it ends at the last affected version ${upper.version.text}, as for a branch that got no fix, but fixedIn gives ${fix.text} for ${branch}: end the range with "<${fix.text}"`,
    };
  }
  if (upper?.inclusive === false && !inBranch(upper.version, branch)) {
    return {
      problem: `it says the fix is ${upper.version.text}, which is not a ${branch} release: a range stays inside its branch. If ${branch} got no fix, end the range with "<=" and its last affected version, and list the release to move to in fixedIn`,
    };
  }
  if (
    upper?.inclusive === false &&
    fix !== undefined &&
    compareVersions(upper.version, fix) !== 0
  ) {
    return {
      problem: `it says the fix is ${upper.version.text}, but fixedIn gives ${fix.text} for ${branch}`,
    };
  }
  const end = upper ?? (fix === undefined ? undefined : { version: fix, inclusive: false });
  if (end === undefined) {
    return {
      problem: `no version in fixedIn is a ${branch} release, so where the affected versions end is unknown: add the ${branch} fix to fixedIn, or give versions such as "<=${branch.replace('.x', '.0')}.9" for a branch that gets no fix`,
    };
  }
  const order = compareVersions(start, end.version);
  if (order > 0 || (order === 0 && !end.inclusive)) {
    return { problem: `it ends (${end.version.text}) before it starts (${start.text})` };
  }
  // A "<" bound names the fix, which fixedIn must list (its own wrong entries have their own
  // messages).
  if (
    !end.inclusive &&
    fixedIn.every((version) => fullVersion(version) !== undefined) &&
    !fixedIn.some((version) => {
      const parsed = fullVersion(version);
      return parsed !== undefined && compareVersions(parsed, end.version) === 0;
    })
  ) {
    return {
      problem: `it says the fix is ${end.version.text}, but fixedIn does not list ${end.version.text}: add it there, or end the range with "<=" and the last affected version`,
    };
  }
  return {
    range: {
      introduced: start.text,
      ...(end.inclusive ? { lastAffected: end.version.text } : { fixed: end.version.text }),
    },
  };
}
