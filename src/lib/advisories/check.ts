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
import { type Lookup, lookUpVersion, type Version } from '../releases/versions';

/** What the published advisories say of the version checked. */
export interface AdvisoryAnswer {
  /**
   * The advisories that affect it: for a full version (`1.0.3`), those whose ranges hold it; for
   * a branch (`1.0`), those that affect some version of it.
   */
  readonly affecting: readonly AdvisoryExposure[];
  /** The lowest version of its branch from which on none of the published advisories affects it. */
  readonly unaffectedFrom?: string;
  /**
   * When some affect it and no version of its branch is free of them: the release to move to,
   * and the lowest version of it no published advisory affects.
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
      /** How the recommended release relates to the version's: the advice to give. */
      readonly advice: 'run-this' | 'upgrade' | 'for-production' | 'none-supported';
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
          : // A beta or planned release is newer than the one to run: not an upgrade.
            'for-production';

  const full = version.patch !== undefined;
  const branch = branchExposure(advisories, lifecycle.branch);
  const affecting = full ? advisoriesAffecting(advisories, version) : branch.advisories;
  const asked = advisories.find((a) => a.id === askedId);
  const fix =
    affecting.length === 0
      ? {}
      : branch.unaffectedFrom !== undefined
        ? { unaffectedFrom: branch.unaffectedFrom }
        : recommended !== undefined && recommended.lifecycle.branch !== lifecycle.branch
          ? {
              moveTo: {
                state: recommended,
                ...optional(
                  'unaffectedFrom',
                  branchExposure(advisories, recommended.lifecycle.branch).unaffectedFrom,
                ),
              },
            }
          : {};
  return {
    kind: 'found',
    version,
    state,
    row,
    ...(recommended === undefined ? {} : { recommended }),
    advice,
    advisories: {
      affecting,
      ...fix,
      ...(asked === undefined
        ? {}
        : { asked: { advisory: asked, affects: affecting.includes(asked) } }),
    },
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
