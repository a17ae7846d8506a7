import { describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
import { afterEndOfLife, nothingDueSentence } from './wording';

describe('afterEndOfLife', () => {
  it('names a release to upgrade to only when the table supports one that day', () => {
    // In the fixture table, 1.2 is supported when 1.1 ends; nothing is when 1.0 does.
    expect(afterEndOfLife(fixtureReleases, '2022-12-06')).toBe(
      'Upgrade to a supported release, such as Milex 1.2.',
    );
    expect(afterEndOfLife(fixtureReleases, '2021-11-30')).toBe(
      'No other release listed on Supported versions is supported on that day.',
    );
  });

  it('says the same in the past tense, for a dated entry read later', () => {
    expect(afterEndOfLife(fixtureReleases, '2022-12-06', 'past')).toBe(
      'On that day, the supported release to upgrade to was Milex 1.2.',
    );
    expect(afterEndOfLife(fixtureReleases, '2021-11-30', 'past')).toBe(
      'No other release listed on Supported versions was supported on that day.',
    );
  });
});

describe('nothingDueSentence', () => {
  it('says why nothing is due only when no listed release is supported or coming', () => {
    // 2.x is planned on 2022-10-01 and supported until 2025-09-01; after that, nothing is listed.
    expect(nothingDueSentence(fixtureReleases, '2022-10-01', 'entry')).toBeUndefined();
    expect(nothingDueSentence(fixtureReleases, '2025-09-01', 'entry')).toBeUndefined();
    expect(nothingDueSentence(fixtureReleases, '2025-09-02', 'event')).toBe(
      'As of 2025-09-02, no Milex release listed on Supported versions is supported or planned, so no new event is due; the next comes with a new release.',
    );
    expect(nothingDueSentence([], '2025-09-02', 'entry')).toMatch(/no new entry is due/);
  });
});
