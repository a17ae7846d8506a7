// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
import SupportedVersions from '.';

afterEach(cleanup);

function rowsOf(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole('row').slice(1);
}

describe('SupportedVersions', () => {
  it('is a captioned table with column and row headers', () => {
    render(<SupportedVersions releases={fixtureReleases} />);
    const table = screen.getByRole('table', {
      name: /release branches and their support dates/,
    });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns).toEqual([
      'Branch',
      'Beta release',
      'Initial release',
      'Active support until',
      'Security support until',
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(fixtureReleases.length);
  });

  it('lists the newest release first', () => {
    render(<SupportedVersions releases={fixtureReleases} />);
    const branches = rowsOf(screen.getByRole('table')).map((row) => row.dataset.branch);
    expect(branches).toEqual(['2.x', '1.2', '1.1', '1.0']);
  });

  it('shows every date as a <time> with its ISO day', () => {
    render(<SupportedVersions releases={fixtureReleases} />);
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
    render(<SupportedVersions releases={fixtureReleases} />);
    const row = rowsOf(screen.getByRole('table')).find((r) => r.dataset.branch === '1.2');
    expect(row?.querySelectorAll('td')[0]?.textContent).toBe('No beta');
  });

  it('numbers notes in table order and links each to its footnote and back', () => {
    render(<SupportedVersions releases={fixtureReleases} />);
    const notes = screen.getByRole('list', { name: 'Notes to the table' });
    const items = within(notes).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
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
    render(<SupportedVersions releases={[fixtureReleases[0]]} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(rowsOf(screen.getByRole('table'))).toHaveLength(1);
  });
});
