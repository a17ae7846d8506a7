// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fifteenReleases, fixtureReleases } from '../../../tests/fixtures/releases';
import { toDayNumber } from '../../lib/formats/dates';
import type { IsoDate, Release } from '../../lib/releases/model';
import ReleaseTimeline from '.';

afterEach(cleanup);

function bars(
  container: HTMLElement,
  branch: string,
): { phase: string; x: number; width: number }[] {
  return [...container.querySelectorAll(`[data-branch="${branch}"] [data-phase]`)].map((bar) => ({
    phase: bar.getAttribute('data-phase') ?? '',
    x: percent(bar.getAttribute('x')),
    width: percent(bar.getAttribute('width')),
  }));
}

/** A CSS percentage as a number: '12.5%' is 12.5. */
function percent(value: string | null | undefined): number {
  expect(value).toMatch(/^-?\d+(\.\d+)?%$/);
  return Number.parseFloat(value ?? '');
}

/** The year labels shown on the axis (a narrow chart hides those marked minor, in CSS). */
function yearLabels(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-year]')].map((label) => label.textContent);
}

describe('ReleaseTimeline', () => {
  it('is an image with a name and a description pointing to the table', () => {
    render(<ReleaseTimeline releases={fixtureReleases} today="2022-10-01" />);
    const chart = screen.getByRole('img', { name: /Timeline of Milex releases/ });
    const [title, description] = (chart.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(title?.tagName).toBe('title');
    expect(description?.tagName).toBe('desc');
    expect(description?.textContent).toMatch(/from 2021 to 2025.*table on this page/);
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
      expect(after?.x).toBeCloseTo((before?.x ?? 0) + (before?.width ?? 0), 2);
    }
    // 1.2 had no beta; 1.0's security support ends with its active support.
    expect(bars(container, '1.2').map((bar) => bar.phase)).toEqual(['active', 'security']);
    expect(bars(container, '1.0').map((bar) => bar.phase)).toEqual(['beta', 'active']);
  });

  it('names the branch beside each bar, newest first', () => {
    const { container } = render(<ReleaseTimeline releases={fixtureReleases} today="2022-10-01" />);
    expect([...container.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual([
      '2.x',
      '1.2',
      '1.1',
      '1.0',
    ]);
  });

  it('fills each phase with its own pattern and names them in a legend', () => {
    const { container } = render(<ReleaseTimeline releases={fixtureReleases} today="2022-10-01" />);
    const fillsOf = (phase: string): Set<string | null> =>
      new Set(
        [...container.querySelectorAll(`rect[data-phase="${phase}"]`)].map((bar) =>
          bar.getAttribute('fill'),
        ),
      );
    // Every bar of a phase has the same pattern, unlike the other phases'.
    const fills = ['beta', 'active', 'security'].map(fillsOf);
    for (const fill of fills) expect(fill.size).toBe(1);
    const patterns = fills.map((fill) => [...fill][0] ?? '');
    expect(new Set(patterns).size).toBe(3);
    for (const fill of patterns) {
      const id = /^url\(#(.+)\)$/.exec(fill)?.[1] ?? '';
      expect(container.querySelector(`pattern[id="${id}"]`)).not.toBeNull();
    }
    // The legend names each phase beside a swatch of its pattern.
    const legend = [...container.querySelectorAll('ul li')];
    expect(legend.map((item) => item.textContent)).toEqual([
      'Beta',
      'Active support',
      'Security support only',
    ]);
    expect(legend.map((item) => item.querySelector('rect')?.getAttribute('fill'))).toEqual(
      patterns,
    );
    expect(screen.getByText('Today')).toBeDefined();
  });

  it('marks today on the time axis, between its year marks', () => {
    const { container } = render(<ReleaseTimeline releases={fixtureReleases} today="2022-10-01" />);
    const today = container.querySelector('[data-today-marker]');
    expect(today?.getAttribute('data-today-marker')).toBe('2022-10-01');
    const yearX = (year: string): number =>
      percent(container.querySelector(`[data-year="${year}"]`)?.getAttribute('x'));
    const x = percent(today?.getAttribute('x1'));
    expect(x).toBeGreaterThan(yearX('2022'));
    expect(x).toBeLessThan(yearX('2023'));
  });

  it('stays readable with one release, today far past it', () => {
    const { container } = render(
      <ReleaseTimeline releases={[fixtureReleases[0]]} today="2026-11-22" />,
    );
    expect(container.querySelectorAll('g[data-branch]')).toHaveLength(1);
    expect(yearLabels(container)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    // Today, near the right end of the axis, is labelled leftwards of its line, inside the chart.
    const marker = container.querySelector('[data-today-marker]');
    expect(percent(marker?.getAttribute('x1'))).toBeGreaterThan(85);
    const label = screen.getByText('Today');
    expect(label.getAttribute('x')).toBe(marker?.getAttribute('x1'));
    expect(label.getAttribute('text-anchor')).toBe('end');
  });

  it('labels every other year when more than ten would crowd the axis', () => {
    const decade: readonly Release[] = Array.from({ length: 12 }, (_, i) => ({
      branch: `1.${String(i)}`,
      initialRelease: `${String(2010 + i)}-03-01` as IsoDate,
      activeSupportUntil: `${String(2010 + i)}-09-01` as IsoDate,
      securitySupportUntil: `${String(2011 + i)}-03-01` as IsoDate,
    }));
    const { container } = render(<ReleaseTimeline releases={decade} today="2016-01-01" />);
    expect(yearLabels(container)).toEqual(['2010', '2012', '2014', '2016', '2018', '2020', '2022']);
  });

  it('with fifteen releases: a row each, every year labelled, every other one minor', () => {
    const { container } = render(<ReleaseTimeline releases={fifteenReleases} today="2022-08-15" />);
    expect(container.querySelectorAll('g[data-branch] [data-phase="active"]')).toHaveLength(15);
    expect(yearLabels(container)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    expect(
      [...container.querySelectorAll('[data-year]:not([data-minor])')].map((y) => y.textContent),
    ).toEqual(['2017', '2019', '2021', '2023']);
  });

  it('spans whole days: a bar ends where the next day would begin', () => {
    const { container } = render(<ReleaseTimeline releases={fixtureReleases} today="2022-10-01" />);
    const [beta, active, security] = bars(container, '1.1');
    // 1.1's security support ends on 5 Dec 2022: its bar stops short of 2023 by 26 days.
    const end = (security?.x ?? 0) + (security?.width ?? 0);
    const year2023 = percent(container.querySelector('[data-year="2023"]')?.getAttribute('x'));
    const dayPercent = year2023 / (toDayNumber('2023-01-01') - toDayNumber('2021-01-01'));
    expect(end).toBeCloseTo(year2023 - 26 * dayPercent, 2);
    expect(beta?.x).toBeLessThan(active?.x ?? 0);
  });
});
