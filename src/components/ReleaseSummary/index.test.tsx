// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
import { lifecycleFeedAnchor, routes, site } from '../../data/site';
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

  it('says plainly when the table supports no release, since when, and whom to ask', () => {
    render(<ReleaseSummary releases={fixtureReleases} today="2026-11-22" />);
    expect(summaryText()).toBe(
      `Status as of 22 Nov 2026 (UTC).No release in the table is supported today, and none has been since 2 Sep 2025. The last release in the table to be supported, 2.x, had its last day of security support on 1 Sep 2025. The table lists no newer release. The Release lifecycle feed gets an entry when a release in the table comes out, and Security advisories lists the advisories published on this site. For a security question, contact the ${site.teamName} through ${preferred.name}; for releases the table does not list, see the ${site.project.name} website.`,
    );
    expect(screen.getByRole('link', { name: preferred.name }).getAttribute('href')).toBe(
      preferred.url,
    );
  });

  it('names the next release the table lists, and points to the feeds rather than nowhere', () => {
    render(<ReleaseSummary releases={[oneZero, twoX]} today="2022-10-01" />);
    expect(summaryText()).toContain(
      'The last release in the table to be supported, 1.0, had its last day of security support on 29 Nov 2021. The table lists 2.x as the next release, planned for 1 Sep 2023.',
    );
    expect(screen.getByRole('link', { name: 'Release lifecycle feed' }).getAttribute('href')).toBe(
      `${routes.feedsAndData}#${lifecycleFeedAnchor}`,
    );
    expect(screen.getByRole('link', { name: 'Security advisories' }).getAttribute('href')).toBe(
      routes.advisoryList,
    );
  });
});
