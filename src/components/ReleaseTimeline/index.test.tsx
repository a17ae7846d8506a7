// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fifteenReleases, fixtureReleases } from '../../../tests/fixtures/releases';
import type { IsoDate, Release } from '../../lib/types';
import ReleaseTimeline from '.';

afterEach(cleanup);

function bars(
  container: HTMLElement,
  branch: string,
): { phase: string; x: number; width: number }[] {
  return [...container.querySelectorAll(`g[data-branch="${branch}"] rect`)].map((rect) => ({
    phase: rect.getAttribute('data-phase') ?? '',
    x: Number(rect.getAttribute('x')),
    width: Number(rect.getAttribute('width')),
  }));
}

describe('ReleaseTimeline', () => {
  it('is an image with a title and a description pointing to the table', () => {
    render(<ReleaseTimeline releases={fixtureReleases} today="2022-10-01" />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-labelledby')?.split(' ')).toHaveLength(2);
    expect(screen.getByRole('img', { name: /Timeline of Milex releases/ })).toBe(chart);
    expect(chart.querySelector('desc')?.textContent).toMatch(
      /from 2021 to 2025.*table on this page/,
    );
  });

  it('draws one bar per release, split into its phases, in date order', () => {
    const { container } = render(<ReleaseTimeline releases={fixtureReleases} today="2022-10-01" />);
    expect(
      [...container.querySelectorAll('g[data-branch]')].map((g) => g.getAttribute('data-branch')),
    ).toEqual(['2.x', '1.2', '1.1', '1.0']);
    const phases = bars(container, '1.1');
    expect(phases.map((bar) => bar.phase)).toEqual(['beta', 'active', 'security']);
    // Each phase starts where the one before it ends.
    for (let i = 1; i < phases.length; i++) {
      const before = phases[i - 1];
      const after = phases[i];
      expect(after?.x).toBeCloseTo((before?.x ?? 0) + (before?.width ?? 0), 5);
    }
    // 1.2 had no beta; 1.0's security support ends with its active support.
    expect(bars(container, '1.2').map((bar) => bar.phase)).toEqual(['active', 'security']);
    expect(bars(container, '1.0').map((bar) => bar.phase)).toEqual(['beta', 'active']);
  });

  it('fills each phase with its own pattern and names them in a legend', () => {
    const { container } = render(<ReleaseTimeline releases={fixtureReleases} today="2022-10-01" />);
    const fills = new Set(
      [...container.querySelectorAll('rect[data-phase]')].map((rect) => rect.getAttribute('fill')),
    );
    expect(fills.size).toBe(3);
    for (const fill of fills) {
      const id = /^url\(#(.+)\)$/.exec(fill ?? '')?.[1] ?? '';
      expect(container.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
    }
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['Beta', 'Active support', 'Security support only', 'Today']),
    );
  });

  it('marks today on the time axis, between its year marks', () => {
    const { container } = render(<ReleaseTimeline releases={fixtureReleases} today="2022-10-01" />);
    const today = container.querySelector('line[data-today]');
    const yearX = (year: string): number => {
      const label = [...container.querySelectorAll('text')].find((t) => t.textContent === year);
      return Number(label?.getAttribute('x')) - 3;
    };
    const x = Number(today?.getAttribute('x1'));
    expect(x).toBeGreaterThan(yearX('2022'));
    expect(x).toBeLessThan(yearX('2023'));
  });

  it('stays readable with one release, today far past it', () => {
    const { container } = render(
      <ReleaseTimeline releases={[fixtureReleases[0]]} today="2026-11-22" />,
    );
    expect(container.querySelectorAll('g[data-branch]')).toHaveLength(1);
    const years = [...container.querySelectorAll('text')]
      .map((t) => t.textContent)
      .filter((t) => /^\d{4}$/.test(t));
    expect(years).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    expect(
      Number(container.querySelector('svg')?.getAttribute('viewBox')?.split(' ')[3]),
    ).toBeGreaterThan(60);
  });

  it('labels every other year when more than ten would crowd the axis', () => {
    const decade: readonly Release[] = Array.from({ length: 12 }, (_, i) => ({
      branch: `1.${String(i)}`,
      initialRelease: `${String(2010 + i)}-03-01` as IsoDate,
      activeSupportUntil: `${String(2010 + i)}-09-01` as IsoDate,
      securitySupportUntil: `${String(2011 + i)}-03-01` as IsoDate,
    }));
    const { container } = render(<ReleaseTimeline releases={decade} today="2016-01-01" />);
    const years = [...container.querySelectorAll('text')]
      .map((t) => t.textContent)
      .filter((t) => /^\d{4}$/.test(t));
    expect(years).toEqual(['2010', '2012', '2014', '2016', '2018', '2020', '2022']);
  });

  it('stays readable with fifteen releases: rows do not overlap, every year labelled', () => {
    const { container } = render(<ReleaseTimeline releases={fifteenReleases} today="2022-08-15" />);
    const rows = [...container.querySelectorAll('g[data-branch] rect[data-phase="active"]')].map(
      (r) => Number(r.getAttribute('y')),
    );
    expect(rows).toHaveLength(15);
    for (let i = 1; i < rows.length; i++)
      expect((rows[i] ?? 0) - (rows[i - 1] ?? 0)).toBeGreaterThanOrEqual(16);
    const years = [...container.querySelectorAll('text')]
      .map((t) => t.textContent)
      .filter((t) => /^\d{4}$/.test(t));
    expect(years).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
  });
});
