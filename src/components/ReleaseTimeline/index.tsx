import { toDayNumber } from '@site/src/lib/dates';
import { newestFirst } from '@site/src/lib/releases';
import { type Phase, phasesOf } from '@site/src/lib/status';
import type { Release } from '@site/src/lib/types';
import { type ReactNode, useId } from 'react';

import styles from './styles.module.css';

const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  beta: 'Beta',
  active: 'Active support',
  security: 'Security support only',
};

// Drawing units; the SVG scales to its box, which never shrinks below a readable width.
const WIDTH = 720;
const LABEL_WIDTH = 56;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const AXIS_HEIGHT = 24;
const LEGEND_HEIGHT = 30;

/**
 * A timeline of every release: one bar per release split into its phases, year marks, a line
 * for `today` and a legend. Phases differ by pattern as well as colour; the table beside it is
 * its text equivalent.
 */
export default function ReleaseTimeline({
  releases,
  today,
}: {
  readonly releases: readonly Release[];
  readonly today: string;
}): ReactNode {
  const id = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const rows = newestFirst(releases);
  const firstYear = Number(
    rows.reduce((min, r) => minDay(min, r.betaRelease ?? r.initialRelease), today).slice(0, 4),
  );
  const lastYear = Number(
    rows.reduce((max, r) => maxDay(max, r.securitySupportUntil), today).slice(0, 4),
  );
  const start = toDayNumber(`${String(firstYear)}-01-01`);
  const end = toDayNumber(`${String(lastYear + 1)}-01-01`);
  const x = (iso: string): number =>
    LABEL_WIDTH + ((toDayNumber(iso) - start) / (end - start)) * (WIDTH - LABEL_WIDTH - 8);
  const years = Array.from({ length: lastYear - firstYear + 2 }, (_, i) => firstYear + i);
  // Label every year while they fit, else every other one.
  const labelEvery = years.length > 10 ? 2 : 1;
  const chartHeight = AXIS_HEIGHT + rows.length * ROW_HEIGHT + 8;
  const height = chartHeight + LEGEND_HEIGHT;
  const pattern = (phase: Phase): string => `url(#${id}-${phase})`;

  return (
    <div className={styles.scroller} role="region" aria-label="Release timeline" tabIndex={0}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${String(WIDTH)} ${String(height)}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>Timeline of Milex releases</title>
        <desc id={`${id}-desc`}>
          {`One bar per release, newest at the top, from ${String(firstYear)} to ${String(lastYear)}, split into beta, active support and security-support-only phases, with a line marking today. The table on this page gives the same dates as text.`}
        </desc>
        <defs>
          <pattern
            id={`${id}-beta`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className={styles.betaFill} />
            <line x1="0" y1="0" x2="0" y2="6" className={styles.betaStripe} />
          </pattern>
          <pattern id={`${id}-active`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className={styles.activeFill} />
          </pattern>
          <pattern id={`${id}-security`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className={styles.securityFill} />
            <circle cx="3" cy="3" r="1.2" className={styles.securityDot} />
          </pattern>
        </defs>

        <g aria-hidden="true">
          {years.map((year, i) => {
            const yearX = x(`${String(year)}-01-01`);
            return (
              <g key={year}>
                <line
                  x1={yearX}
                  x2={yearX}
                  y1={AXIS_HEIGHT - 6}
                  y2={chartHeight}
                  className={styles.grid}
                />
                {i % labelEvery === 0 && year <= lastYear && (
                  <text x={yearX + 3} y={AXIS_HEIGHT - 10} className={styles.axisText}>
                    {year}
                  </text>
                )}
              </g>
            );
          })}

          {rows.map((release, row) => {
            const y = AXIS_HEIGHT + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            return (
              <g key={release.branch} data-branch={release.branch}>
                <text
                  x={LABEL_WIDTH - 8}
                  y={y + BAR_HEIGHT - 4}
                  textAnchor="end"
                  className={styles.label}
                >
                  {release.branch}
                </text>
                {phasesOf(release).map((span) => (
                  <rect
                    key={span.phase}
                    data-phase={span.phase}
                    x={x(span.from)}
                    y={y}
                    width={Math.max(x(span.to) - x(span.from) + dayWidth(start, end), 2)}
                    height={BAR_HEIGHT}
                    fill={pattern(span.phase)}
                    className={styles.bar}
                  />
                ))}
              </g>
            );
          })}

          <line
            x1={x(today)}
            x2={x(today)}
            y1={AXIS_HEIGHT - 4}
            y2={chartHeight}
            className={styles.today}
            data-today={today}
          />
          <text
            x={x(today)}
            y={chartHeight + 2}
            textAnchor="middle"
            dominantBaseline="hanging"
            className={styles.todayText}
          >
            Today
          </text>

          {(['beta', 'active', 'security'] as const).map((phase, i) => (
            <g
              key={phase}
              transform={`translate(${String(LABEL_WIDTH + i * 190)} ${String(chartHeight + 16)})`}
            >
              <rect width="22" height="12" fill={pattern(phase)} className={styles.bar} />
              <text x="28" y="10" className={styles.legendText}>
                {PHASE_LABELS[phase]}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}

const minDay = (a: string, b: string): string => (a < b ? a : b);
const maxDay = (a: string, b: string): string => (a > b ? a : b);
// A bar covers its last day too: end dates are inclusive.
const dayWidth = (start: number, end: number): number => (WIDTH - LABEL_WIDTH - 8) / (end - start);
