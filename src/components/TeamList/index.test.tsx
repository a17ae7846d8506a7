// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { pageNames, routes, site } from '../../lib/site';
import TeamList from '.';
import { preferredChannel } from '../../lib/site/reportChannels';
import { fixtureChannelViews } from '../../../tests/fixtures/reportChannels';

/** The channel the mock config names first (tests/mocks/useDocusaurusContext.ts). */
const preferred = preferredChannel(fixtureChannelViews);

afterEach(cleanup);

describe('TeamList', () => {
  it("says when no member is listed, and points to the team's page of members and the channel", () => {
    render(<TeamList members={[]} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(document.querySelector('[data-team-empty]')?.textContent).toBe(
      `The team's members are introduced on the project's website, on ${site.membersPage.name}.`,
    );
    expect(screen.getByRole('link', { name: site.membersPage.name }).getAttribute('href')).toBe(
      site.membersPage.url,
    );
    expect(screen.getByRole('link', { name: preferred.name }).getAttribute('href')).toBe(
      preferred.url,
    );
    expect(screen.getByRole('link', { name: pageNames.reporting }).getAttribute('href')).toBe(
      routes.reporting,
    );
  });

  it('lists members with their roles, linking those with a profile', () => {
    render(
      <TeamList
        members={[{ name: 'Ada' }, { name: 'Grace', role: 'Triage', url: 'https://example.org/g' }]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Ada', 'Grace: Triage']);
    expect(screen.getByRole('link', { name: 'Grace' }).getAttribute('href')).toBe(
      'https://example.org/g',
    );
    expect(screen.queryByRole('link', { name: 'Ada' })).toBeNull();
    // The policy's link to the team's own page stays, whether or not members are listed here.
    expect(screen.getByRole('link', { name: site.membersPage.name }).getAttribute('href')).toBe(
      site.membersPage.url,
    );
    expect(document.querySelector('[data-team-empty]')).toBeNull();
  });
});
