// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { routes, site } from '../../data/site';
import TeamList from '.';

afterEach(cleanup);

describe('TeamList', () => {
  it('tells visitors how to reach the team when no member is listed', () => {
    render(<TeamList members={[]} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('link', { name: site.reportChannel.name }).getAttribute('href')).toBe(
      site.reportChannel.url,
    );
    expect(
      screen.getByRole('link', { name: 'Reporting a vulnerability' }).getAttribute('href'),
    ).toBe(routes.reporting);
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
  });
});
