// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
import { lifecycleFeedAnchor, routes, site } from '../../lib/site';
import ReleaseSummary from '.';
import { preferredChannel } from '../../lib/site/reportChannels';
import { fixtureChannelViews } from '../../../tests/fixtures/reportChannels';

/** The channel the mock config names first (tests/mocks/useDocusaurusContext.ts). */
const preferred = preferredChannel(fixtureChannelViews);

afterEach(cleanup);

function summaryText(): string {
  const line = screen.getByText(/^Status as of/).parentElement;
  return line?.textContent ?? '';
}

const [oneZero, , , twoX] = fixtureReleases;

describe('ReleaseSummary', () => {
  it('says which release to run and until when', () => {
    render(<ReleaseSummary releases={fixtureReleases} today="2022-10-01" />);
    expect(summaryText()).toBe(
      'Status as of 1 Oct 2022 (UTC).Run Milex 1.2: it is in active support until 1 Mar 2023, then in security support only until 1 Sep 2023.',
    );
  });

  it('warns when the recommended release is ending soon', () => {
    render(<ReleaseSummary releases={fixtureReleases} today="2023-08-01" />);
    expect(summaryText()).toContain(
      'Run Milex 1.2: it is in security support only, until 1 Sep 2023. Its security support ends soon: 32 days left.',
    );
  });

  it('says plainly when the table supports no release, since when, and where to look', () => {
    render(<ReleaseSummary releases={fixtureReleases} today="2026-11-22" />);
    expect(summaryText()).toBe(
      `Status as of 22 Nov 2026 (UTC).None of the releases listed below has security support today, and none has since 2 Sep 2025: Milex 2.x, the last of them supported, had its last day of security support on 1 Sep 2025. No newer release is listed. To hear of a new release, subscribe to the Release lifecycle feed; Security advisories lists the advisories published. For Milex releases the table does not list, see the ${site.project.name} website.`,
    );
    // A report channel takes reports, not questions: the summary does not send questions there.
    expect(screen.queryByRole('link', { name: preferred.name })).toBeNull();
  });

  it('names the next release the table lists, and points to the feeds rather than nowhere', () => {
    render(<ReleaseSummary releases={[oneZero, twoX]} today="2022-10-01" />);
    expect(summaryText()).toContain(
      'Milex 1.0, the last of them supported, had its last day of security support on 29 Nov 2021. The next release listed, Milex 2.x, is planned for 1 Sep 2023.',
    );
    expect(screen.getByRole('link', { name: 'Release lifecycle feed' }).getAttribute('href')).toBe(
      `${routes.feedsAndData}#${lifecycleFeedAnchor}`,
    );
    expect(screen.getByRole('link', { name: 'Security advisories' }).getAttribute('href')).toBe(
      routes.advisoryList,
    );
  });
});
