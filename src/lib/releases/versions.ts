/**
 * Versions: reading them, ordering them and placing them in a release branch. The version checker
 * ("Is my version supported?") turns what a visitor types into a branch here, and the advisories'
 * affected ranges are worked out with the same arithmetic. Input is untrusted; results carry only
 * parsed numbers or the validated branch, never raw markup.
 */
import { type Lifecycle, lifecycleOfMinor, lifecycles } from './lifecycle';
import { branchNumbers, isLine, newestFirst, type Release } from './model';

/** Longer input is refused outright; no real version is near this long. */
export const MAX_VERSION_LENGTH = 40;

export interface Version {
  readonly major: number;
  readonly minor?: number;
  readonly patch?: number;
  /** A pre-release suffix, such as `-beta1` or `-rc.2` (build metadata, `+build.1`, is not one). */
  readonly preRelease: boolean;
  /** The version's numbers written back out plainly: `1.0.3`, `1.0`, `1`. */
  readonly text: string;
  /** The version as a reader knows it: its numbers and any pre-release suffix, `1.0.3-rc1`. */
  readonly label: string;
}

// As SemVer writes them: `-` and a pre-release, then `+` and build metadata, each optional.
const VERSION =
  /^[vV]?(0|[1-9]\d{0,5})(?:\.(0|[1-9]\d{0,5})(?:\.(0|[1-9]\d{0,5}))?)?(-[0-9A-Za-z.-]{1,20})?(\+[0-9A-Za-z.-]{1,20})?$/;

/** Reads `1.0.3`, `1.0`, `1`, `v1.0.3`, `1.0.0-rc1`, `1.0.0+build.1`; anything else is undefined. */
export function parseVersion(input: string): Version | undefined {
  const match = VERSION.exec(input.trim());
  if (!match) return undefined;
  const [, major, minor, patch, preRelease] = match;
  const numbers = [major, minor, patch].filter((n): n is string => n !== undefined).map(Number);
  return {
    major: Number(major),
    ...(minor === undefined ? {} : { minor: Number(minor) }),
    ...(patch === undefined ? {} : { patch: Number(patch) }),
    preRelease: preRelease !== undefined,
    text: numbers.join('.'),
    label: `${numbers.join('.')}${preRelease ?? ''}`,
  };
}

export type Lookup =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-long' }
  | { readonly kind: 'malformed' }
  /** Only a major version was given, and the table lists minor branches of it. */
  | { readonly kind: 'ambiguous'; readonly version: Version; readonly branches: readonly string[] }
  | { readonly kind: 'unknown'; readonly version: Version }
  | {
      readonly kind: 'found';
      readonly version: Version;
      /** The support of the version's minor release (or of its line, when that is all the table lists). */
      readonly lifecycle: Lifecycle;
      /** The row it is read from: the minor release's own, or the line's for a minor it does not list. */
      readonly row: Release;
    };

/**
 * Finds what the table says of a version: its minor release's row (`4.4` before `4.x`), or for a
 * minor release the table does not list, its line's, under the support rule of lifecycle.ts.
 */
export function lookUpVersion(releases: readonly Release[], input: string): Lookup {
  if (input.trim() === '') return { kind: 'empty' };
  if (input.length > MAX_VERSION_LENGTH) return { kind: 'too-long' };
  const version = parseVersion(input);
  if (version === undefined) return { kind: 'malformed' };

  const major = String(version.major);
  const minors = newestFirst(releases).filter(
    (r) => !isLine(r.branch) && branchNumbers(r.branch).major === version.major,
  );
  const line = releases.find((r) => r.branch === `${major}.x`);
  if (version.minor !== undefined) {
    const branch = `${major}.${String(version.minor)}`;
    const exact = releases.find((r) => r.branch === branch);
    const lifecycle =
      line !== undefined || exact !== undefined ? lifecycleOfMinor(releases, branch) : undefined;
    const row = exact ?? line;
    if (lifecycle !== undefined && row !== undefined)
      return { kind: 'found', version, lifecycle, row };
  }
  if (version.minor === undefined && minors.length > 0) {
    return { kind: 'ambiguous', version, branches: minors.map((r) => r.branch) };
  }
  if (line !== undefined) {
    const lifecycle = lifecycles(releases).find((l) => l.release === line);
    if (lifecycle !== undefined) return { kind: 'found', version, lifecycle, row: line };
  }
  return { kind: 'unknown', version };
}

/** Orders two parsed versions by their numbers (a missing part is 0); a pre-release comes first. */
export function compareVersions(a: Version, b: Version): number {
  const parts = (v: Version): number[] => [v.major, v.minor ?? 0, v.patch ?? 0];
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return Number(b.preRelease) - Number(a.preRelease);
}

/** True when `version` is a release of `branch` (`1.2.3` of `1.2`, `4.7.1` of `4.x`). */
export function inBranch(version: Version, branch: string): boolean {
  const [major, minor] = branch.split('.');
  return String(version.major) === major && (minor === 'x' || String(version.minor ?? 0) === minor);
}

const PLAIN_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * A released version written in full, such as `1.0.3`, which a range bound or a fixed version must
 * be: no `v`, no pre-release suffix (advisories are for stable releases), nothing left out.
 */
export function fullVersion(text: string): Version | undefined {
  return PLAIN_VERSION.test(text) ? parseVersion(text) : undefined;
}
