import { describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
import { afterEndOfLife } from './wording';

describe('afterEndOfLife', () => {
  it('names a release to upgrade to only when the table supports one that day', () => {
    // In the fixture table, 1.2 is supported when 1.1 ends; nothing is when 1.0 does.
    expect(afterEndOfLife(fixtureReleases, '2022-12-06')).toBe(
      'Upgrade to a supported release, such as Milex 1.2.',
    );
    expect(afterEndOfLife(fixtureReleases, '2021-11-30')).toBe(
      'The table of supported versions lists no release supported on that day.',
    );
  });
});
