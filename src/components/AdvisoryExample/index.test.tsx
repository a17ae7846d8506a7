// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
import AdvisoryExample from '.';

afterEach(cleanup);

const intro = (): string | null | undefined =>
  document.querySelector('[data-advisory-example]')?.textContent;

describe('AdvisoryExample', () => {
  it('dates the example today, for the release to run, while one is supported', () => {
    const { container } = render(<AdvisoryExample releases={fixtureReleases} day="2022-10-01" />);
    expect(intro()).toBe(
      'This example names Milex 1.2, the release to run today according to Supported versions, and is dated today; write your own day, branches and versions:',
    );
    expect(container.textContent).toContain('published: 2022-10-01');
    expect(container.textContent).toContain('advisories/MILEX-2022-001.md');
  });

  it('says why it is dated in the past while the table supports no release', () => {
    const { container } = render(<AdvisoryExample releases={fixtureReleases} day="2026-12-01" />);
    expect(intro()).toBe(
      'No release in the table on Supported versions is supported today, and advisories are made for supported releases only, so this example is dated 1 Sep 2025, the last day of security support of Milex 2.x, the last release in the table to be supported; write your own day, branches and versions:',
    );
    expect(container.textContent).toContain('published: 2025-09-01');
  });

  it('shows no example before the table has supported any release, naming the first planned', () => {
    const { container } = render(<AdvisoryExample releases={fixtureReleases} day="2021-01-01" />);
    expect(document.querySelector('[data-advisory-example="none"]')?.textContent).toContain(
      'The first, Milex 1.0, is planned for 30 Aug 2021.',
    );
    expect(container.querySelector('pre')).toBeNull();
  });
});
