// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fifteenReleases, fixtureReleases } from '../../../tests/fixtures/releases';
import SupportedVersions from '.';

afterEach(cleanup);

// On this day 2.x is planned, 1.2 active, 1.1 security-only and 1.0 end of life.
const today = '2022-10-01';

function rowsOf(table: HTMLElement | undefined): HTMLElement[] {
  if (table === undefined) throw new Error('no table');
  return within(table).getAllByRole('row').slice(1);
}

function cellsOf(branch: string): string[] {
  const row = rowsOf(screen.getAllByRole('table')[0]).find((r) => r.dataset.branch === branch);
  return [...(row?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
}

describe('SupportedVersions', () => {
  it('is a captioned table with column and row headers', () => {
    render(<SupportedVersions releases={fixtureReleases} today={today} />);
    const table = screen.getByRole('table', { name: /release branches, their support dates/ });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns).toEqual([
      'Branch',
      'Status',
      'Beta release',
      'Initial release',
      'Active support until',
      'Security support until',
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(fixtureReleases.length);
  });

  it('lists the newest release first', () => {
    render(<SupportedVersions releases={fixtureReleases} today={today} />);
    const branches = rowsOf(screen.getByRole('table')).map((row) => row.dataset.branch);
    expect(branches).toEqual(['2.x', '1.2', '1.1', '1.0']);
  });

  it('shows every date as a <time> with its ISO day', () => {
    render(<SupportedVersions releases={fixtureReleases} today={today} />);
    const row = rowsOf(screen.getByRole('table')).find((r) => r.dataset.branch === '1.0');
    const times = [...(row?.querySelectorAll('time') ?? [])].map((t) => [
      t.getAttribute('datetime'),
      t.textContent,
    ]);
    expect(times).toEqual([
      ['2021-05-17', '17 May 2021'],
      ['2021-08-30', '30 Aug 2021'],
      ['2021-11-29', '29 Nov 2021'],
      ['2021-11-29', '29 Nov 2021'],
    ]);
  });

  it('says so when a release had no beta', () => {
    render(<SupportedVersions releases={fixtureReleases} today={today} />);
    expect(cellsOf('1.2')[1]).toBe('No beta');
  });

  it('shows each status in words', () => {
    render(<SupportedVersions releases={fixtureReleases} today={today} />);
    expect(['2.x', '1.2', '1.1', '1.0'].map((branch) => cellsOf(branch)[0])).toEqual([
      'Planned',
      'Active support',
      'Security support only (ending soon: 66 days left)',
      'End of life',
    ]);
  });

  it('flags support ending within 90 days with the days left, and not before', () => {
    // 1.1's security support ends 2022-12-05: 91 days left on 2022-09-06, 90 on 2022-09-07.
    const statusOn = (day: string): string | undefined => {
      cleanup();
      render(<SupportedVersions releases={fixtureReleases} today={day} />);
      return cellsOf('1.1')[0];
    };
    expect(statusOn('2022-09-06')).toBe('Security support only');
    expect(statusOn('2022-09-07')).toBe('Security support only (ending soon: 90 days left)');
    expect(statusOn('2022-12-05')).toBe('Security support only (ending soon: 1 day left)');
  });

  it('folds end-of-life releases older than the newest one into a closed <details>', () => {
    const { container } = render(
      <SupportedVersions releases={fifteenReleases} today="2022-08-15" />,
    );
    const [main, older] = screen.getAllByRole('table');
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe(
      'Show all releases (10 older end-of-life releases)',
    );
    expect(rowsOf(main).map((r) => [r.dataset.branch, r.dataset.status])).toEqual([
      ['1.14', 'beta'],
      ['1.13', 'active'],
      ['1.12', 'security'],
      ['1.11', 'security'],
      ['1.10', 'eol'],
    ]);
    expect(rowsOf(older).map((r) => r.dataset.branch)).toEqual([
      '1.9',
      '1.8',
      '1.7',
      '1.6',
      '1.5',
      '1.4',
      '1.3',
      '1.2',
      '1.1',
      '1.0',
    ]);
  });

  it('has no <details> when at most one release is end of life', () => {
    const { container } = render(<SupportedVersions releases={fixtureReleases} today={today} />);
    expect(container.querySelector('details')).toBeNull();
  });

  it('numbers notes in table order and links each to its footnote and back', () => {
    render(<SupportedVersions releases={fixtureReleases} today={today} />);
    const notes = screen.getByText('Notes to the table').nextElementSibling;
    if (!(notes instanceof HTMLOListElement)) throw new Error('no list after "Notes to the table"');
    expect(
      within(notes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '2.x: The whole 2 line is supported as one branch. ↩',
      '1.2: Security fixes cover Milex itself, not its end-of-life dependencies. ↩',
    ]);
    const marker = screen.getByRole('link', { name: 'Note 2' });
    expect(marker.getAttribute('href')).toBe('#release-note-1-2');
    const footnote = screen.getByText(/^1\.2: Security fixes/);
    expect(footnote.id).toBe('release-note-1-2');
    const back = within(footnote).getByRole('link', { name: 'Back to 1.2' });
    expect(back.getAttribute('href')).toBe(`#${marker.id}`);
  });

  it('has no notes list when no release has a note', () => {
    render(<SupportedVersions releases={[fixtureReleases[0]]} today={today} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(rowsOf(screen.getByRole('table'))).toHaveLength(1);
  });
});
