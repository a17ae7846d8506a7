// @vitest-environment jsdom
// Terms and values run together in textContent.
// cspell:ignore CVECVE
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { fixtureAdvisories } from '../../../tests/fixtures/advisories';
import { type AdvisorySummary, summaryOf } from '../../lib/advisories/list';
import AdvisoryList from '.';

let advisories: AdvisorySummary[];
beforeAll(async () => {
  advisories = (await fixtureAdvisories()).map(({ advisory }) => summaryOf(advisory));
});
beforeEach(() => {
  window.history.replaceState(null, '', '/advisories');
});
afterEach(cleanup);

const shownIds = (): (string | null)[] =>
  screen.getAllByRole('article').map((article) => article.closest('li')?.dataset.advisory ?? null);

describe('AdvisoryList', () => {
  it('lists every advisory as given (newest first), with id, severity, date and releases', () => {
    render(<AdvisoryList advisories={advisories} />);
    expect(shownIds()).toEqual([
      'MILEX-2022-002',
      'MILEX-2022-001',
      'MILEX-2022-004',
      'MILEX-2022-003',
      'MILEX-2021-001',
    ]);
    const first = screen.getAllByRole('article')[1];
    if (first === undefined) throw new Error('no article');
    const text = first.textContent;
    expect(within(first).getByRole('heading', { level: 2 }).textContent).toBe(
      'Stored cross-site scripting in form names',
    );
    expect(within(first).getByRole('link').getAttribute('href')).toBe('/advisories/MILEX-2022-001');
    for (const part of [
      'AdvisoryMILEX-2022-001',
      'SeverityHigh',
      'Published20 Sep 2022',
      'Updated22 Sep 2022',
      'AffectsMilex 1.1, Milex 1.2',
      'CVECVE-2022-12345',
    ]) {
      expect(text).toContain(part);
    }
    expect(screen.getByRole('status').textContent).toBe(
      `${advisories.length} advisories, newest first.`,
    );
  });

  it('filters by severity and by release, says how many it shows, and puts the filter in the address', () => {
    render(<AdvisoryList advisories={advisories} />);
    fireEvent.change(screen.getByLabelText('Severity'), { target: { value: 'high' } });
    expect(shownIds()).toEqual(['MILEX-2022-001']);
    expect(screen.getByRole('status').textContent).toBe(
      `Showing 1 advisory of ${advisories.length}.`,
    );
    expect(window.location.search).toBe('?severity=high');

    fireEvent.change(screen.getByLabelText('Severity'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Affected release'), { target: { value: '1.2' } });
    expect(shownIds()).toEqual(['MILEX-2022-002', 'MILEX-2022-001', 'MILEX-2022-004']);
    expect(window.location.search).toBe('?release=1.2');

    fireEvent.change(screen.getByLabelText('Severity'), { target: { value: 'low' } });
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(screen.getByText('No advisory matches these filters.')).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe(
      `Showing 0 advisories of ${advisories.length}.`,
    );
  });

  it('offers the severities from critical down and each affected release, newest first', () => {
    render(<AdvisoryList advisories={advisories} />);
    const options = (label: string) =>
      within(screen.getByLabelText(label))
        .getAllByRole('option')
        .map((option) => option.textContent);
    expect(options('Severity')).toEqual(['All severities', 'Critical', 'High', 'Moderate', 'Low']);
    expect(options('Affected release')).toEqual([
      'All releases',
      'Milex 1.2',
      'Milex 1.1',
      'Milex 1.0',
    ]);
  });

  it('applies a filter from a link, and ignores values it does not know', () => {
    window.history.replaceState(null, '', '/advisories?severity=moderate&release=9.9');
    render(<AdvisoryList advisories={advisories} />);
    expect(shownIds()).toEqual(['MILEX-2022-004', 'MILEX-2022-003']);
    expect(screen.getByLabelText<HTMLSelectElement>('Affected release').value).toBe('');
  });

  it('says plainly that there are no advisories yet, with no filters', () => {
    render(<AdvisoryList advisories={[]} />);
    expect(document.body.textContent).toContain('No security advisories have been published yet.');
    expect(screen.queryByLabelText('Severity')).toBeNull();
    expect(screen.queryAllByRole('article')).toEqual([]);
  });
});
