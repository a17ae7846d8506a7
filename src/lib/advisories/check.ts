/**
 * "Is my version supported?": the whole answer for a version typed into the checker, from the
 * table's support rule (releases/lifecycle.ts) and the published advisories' affected ranges
 * (advisories/exposure.ts). The component only words it. Input is untrusted; the answer carries
 * parsed numbers and checked data only.
 */
import { type AdvisoryExposure, advisoriesAffecting, branchExposure } from './exposure';
import {
  recommendedRelease,
  type ReleaseState,
  type RowState,
  stateOn,
} from '../releases/lifecycle';
import { compareBranches, isSupported, type Release } from '../releases/model';
import {
  compareVersions,
  fullVersion,
  inBranch,
  type Lookup,
  lookUpVersion,
  type Version,
} from '../releases/versions';

/** What the published advisories say of the version checked. */
export interface AdvisoryAnswer {
  /**
   * The advisories that affect it: for a full version (`1.0.3`), those whose ranges hold it; for
   * a branch (`1.0`), those that affect some version of it.
   */
  readonly affecting: readonly AdvisoryExposure[];
  /**
   * The lowest version of its branch from which on none of the advisories that affect it does.
   * Never for an end-of-life branch: advisories no longer cover it, so none of its versions is one
   * to upgrade to (`moveTo` names the supported release instead).
   */
  readonly unaffectedFrom?: string;
  /**
   * Other published advisories affect versions of its branch from `unaffectedFrom` on: `from`
   * is where none of any does, undefined when one of them has no fix on the branch.
   */
  readonly others?: { readonly from?: string };
  /**
   * When some affect it and no version of its branch is free of them, or its branch is end of
   * life: the release to move to, and the lowest version of it no published advisory affects.
   */
  readonly moveTo?: { readonly state: RowState; readonly unaffectedFrom?: string };
  /** One advisory the visitor asked about (`?advisory=`), and whether it affects the version. */
  readonly asked?: { readonly advisory: AdvisoryExposure; readonly affects: boolean };
}

export type CheckAnswer =
  | Exclude<Lookup, { readonly kind: 'found' }>
  | {
      readonly kind: 'found';
      readonly version: Version;
      /** Where the version's release stands today, and which row says so. */
      readonly state: ReleaseState;
      readonly row: Release;
      /** The release to run today, if any is supported. */
      readonly recommended?: RowState;
      /**
       * How the recommended release relates to the version's: the advice to give. An older one is
       * never an upgrade: `for-production` beside a beta or a planned release, `older-supported`
       * when the version's own, newer release has ended.
       */
      readonly advice:
        | 'run-this'
        | 'upgrade'
        | 'for-production'
        | 'older-supported'
        | 'none-supported';
      readonly advisories: AdvisoryAnswer;
    };

/** The answer for `input` on `today`, with the published advisories (newest first). */
export function checkVersion(
  releases: readonly Release[],
  advisories: readonly AdvisoryExposure[],
  input: string,
  today: string,
  /** The id of an advisory the visitor came from, if any. */
  askedId?: string,
): CheckAnswer {
  const lookup = lookUpVersion(releases, input);
  if (lookup.kind !== 'found') return lookup;
  const { version, lifecycle, row } = lookup;
  const state = stateOn(lifecycle, today);
  const recommended = recommendedRelease(releases, today);
  const order =
    recommended === undefined ? 0 : compareBranches(recommended.lifecycle.branch, lifecycle.branch);
  const advice =
    recommended === undefined
      ? 'none-supported'
      : order === 0 || (order < 0 && isSupported(state.status))
        ? 'run-this'
        : order > 0
          ? 'upgrade'
          : state.status === 'eol'
            ? 'older-supported'
            : // A beta or planned release is newer than the one to run: not an upgrade.
              'for-production';

  // A branch typed without its patch number (`4.4`) is that minor release's versions, even where
  // the table lists only its line.
  const full = version.patch !== undefined;
  const scope =
    full || version.minor === undefined
      ? lifecycle.branch
      : `${String(version.major)}.${String(version.minor)}`;
  const affecting = full
    ? advisoriesAffecting(advisories, version)
    : branchExposure(advisories, scope).advisories;
  const asked = advisories.find((a) => a.id === askedId);
  return {
    kind: 'found',
    version,
    state,
    row,
    ...(recommended === undefined ? {} : { recommended }),
    advice,
    advisories: {
      affecting,
      ...(affecting.length === 0
        ? {}
        : fixOf(
            advisories,
            affecting,
            scope,
            state.status === 'eol',
            order > 0 ? recommended : undefined,
          )),
      ...(asked === undefined
        ? {}
        : { asked: { advisory: asked, affects: affecting.includes(asked) } }),
    },
  };
}

/**
 * Where the version is free of the advisories that affect it: the lowest version of its branch
 * (`scope`) from which on none of them does, with what other advisories say of later versions;
 * or, when its branch has no such version or is end of life (`endOfLife`: advisories published
 * since do not cover it, so none of its versions is known to be free of them), the newer release
 * to move to.
 */
function fixOf(
  advisories: readonly AdvisoryExposure[],
  affecting: readonly AdvisoryExposure[],
  scope: string,
  endOfLife: boolean,
  newer: RowState | undefined,
): Pick<AdvisoryAnswer, 'unaffectedFrom' | 'others' | 'moveTo'> {
  const fixed = endOfLife ? undefined : branchExposure(affecting, scope).unaffectedFrom;
  if (fixed !== undefined) {
    const free = branchExposure(advisories, scope).unaffectedFrom;
    return {
      unaffectedFrom: fixed,
      ...(free === fixed ? {} : { others: free === undefined ? {} : { from: free } }),
    };
  }
  if (newer === undefined) return {};
  const target = newer.lifecycle.branch;
  // The advisories' own fixes on the release to move to, and no published advisory after.
  const fixes = affecting.flatMap((advisory) => {
    const own = advisory.fixedIn
      .map(fullVersion)
      .filter((v): v is Version => v !== undefined && inBranch(v, target))
      .sort(compareVersions)[0];
    return own === undefined ? [] : [own];
  });
  const free = branchExposure(advisories, target).unaffectedFrom;
  const from =
    free === undefined
      ? undefined
      : [free, ...fixes.map((v) => v.text)]
          .map((text) => fullVersion(text))
          .filter((v): v is Version => v !== undefined)
          .sort(compareVersions)
          .at(-1)?.text;
  return { moveTo: { state: newer, ...(from === undefined ? {} : { unaffectedFrom: from }) } };
}
