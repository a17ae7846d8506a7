// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
import { releases } from '../../data/releases';
import ReleaseSummary from '.';

afterEach(cleanup);

function summaryText(): string {
  const line = screen.getByText(/^Status as of/).parentElement;
  return line?.textContent ?? '';
}

describe('ReleaseSummary', () => {
  it('says which release to run and until when', () => {
    render(<ReleaseSummary releases={fixtureReleases} today="2022-10-01" />);
    expect(summaryText()).toBe(
      'Status as of 1 Oct 2022 (UTC).Run Milex 1.2: it is in active support until 1 Mar 2023, then gets security fixes only until 1 Sep 2023.',
    );
  });

  it('warns when the recommended release is ending soon', () => {
    render(<ReleaseSummary releases={fixtureReleases} today="2023-08-01" />);
    expect(summaryText()).toContain(
      'Run Milex 1.2: it gets security fixes only, until 1 Sep 2023. Its support ends soon: 32 days left.',
    );
  });

  it('says plainly when no release is supported, and what to do (the real data today)', () => {
    render(<ReleaseSummary releases={releases} today="2026-11-22" />);
    expect(summaryText()).toBe(
      'Status as of 22 Nov 2026 (UTC).No Milex release receives security fixes today. The last supported release, 1.0, reached end of life after 29 Nov 2021. No newer release has been published yet. If you run Milex, your release gets no security fixes: follow the announcements for the next release and upgrade when it comes out.',
    );
  });
});
