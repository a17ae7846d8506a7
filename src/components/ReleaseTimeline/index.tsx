import { toDayNumber } from '@site/src/lib/formats/dates';
import { lifecycles, type Phase, PHASE_LABELS } from '@site/src/lib/releases/lifecycle';
import type { Release } from '@site/src/lib/releases/model';
import { type ReactNode, useId } from 'react';

import styles from './styles.module.css';

const PHASES = ['beta', 'active', 'security'] as const satisfies readonly Phase[];

// Heights in pixels (styles.module.css sets the same for the column of branch names); across,
// every position is a percentage of the time axis.
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const AXIS_HEIGHT = 24;
const TODAY_LABEL_HEIGHT = 18;

/**
 * A timeline of every release: one bar per release split into its phases (its line's support
 * included, as the table's status says), year marks, a line
 * for `today` and a legend. The SVG has no viewBox: positions across are percentages of its width
 * and text is in pixels, so the bars stretch to any width from a phone's to a wide screen's and
 * the text keeps its size. Branch names are HTML beside it, in a column as wide as the longest.
 * Phases differ by pattern as well as colour; the table beside it is its text equivalent.
 */
export default function ReleaseTimeline({
  releases,
  today,
}: {
  readonly releases: readonly Release[];
  readonly today: string;
}): ReactNode {
  const id = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const rows = lifecycles(releases);
  const firstYear = Number(
    rows.reduce((min, r) => minDay(min, r.phases[0]?.from ?? today), today).slice(0, 4),
  );
  const lastYear = Number(rows.reduce((max, r) => maxDay(max, r.securityUntil), today).slice(0, 4));
  const start = toDayNumber(`${String(firstYear)}-01-01`);
  const end = toDayNumber(`${String(lastYear + 1)}-01-01`);
  /** Where a day starts on the axis, in per cent. */
  const at = (iso: string): number => ((toDayNumber(iso) - start) / (end - start)) * 100;
  // A bar covers its last day too: end dates are inclusive.
  const dayWidth = 100 / (end - start);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  // Label every year while they fit, else every other one; a narrow chart halves that (CSS).
  const labelEvery = years.length > 10 ? 2 : 1;
  const chartHeight = AXIS_HEIGHT + rows.length * ROW_HEIGHT + 8;
  const todayAt = at(today) + dayWidth / 2;
  const pattern = (phase: Phase): string => `url(#${id}-${phase})`;

  return (
    <div className={styles.chart} data-timeline="">
      <div className={styles.plot}>
        {/* Branch names beside their bars, in a column as wide as the longest name. */}
        <ol className={styles.labels} aria-hidden="true">
          {rows.map(({ branch }) => (
            <li key={branch}>{branch}</li>
          ))}
        </ol>
        <svg
          className={styles.svg}
          width="100%"
          height={chartHeight + TODAY_LABEL_HEIGHT}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
        >
          <title id={`${id}-title`}>Timeline of Milex releases</title>
          <desc id={`${id}-desc`}>
            {`A bar per release, newest at the top, from ${String(firstYear)} to ${String(lastYear)}, in phases: beta, active support, security support only; a line marks today. The table on this page gives the same dates as text.`}
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
              const yearX = percent(at(`${String(year)}-01-01`));
              return (
                <g key={year}>
                  <line
                    x1={yearX}
                    x2={yearX}
                    y1={AXIS_HEIGHT - 6}
                    y2={chartHeight}
                    className={styles.grid}
                  />
                  {i % labelEvery === 0 && (
                    <text
                      x={yearX}
                      y={AXIS_HEIGHT - 10}
                      className={styles.axisText}
                      data-year={year}
                      data-minor={i % (2 * labelEvery) === 0 ? undefined : ''}
                    >
                      {year}
                    </text>
                  )}
                </g>
              );
            })}

            {rows.map((lifecycle, row) => {
              const y = AXIS_HEIGHT + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
              return (
                <g key={lifecycle.branch} data-branch={lifecycle.branch}>
                  {lifecycle.phases.map((span) => (
                    <rect
                      key={`${span.phase}-${span.from}`}
                      data-phase={span.phase}
                      data-source={span.source}
                      x={percent(at(span.from))}
                      y={y}
                      width={percent(at(span.to) - at(span.from) + dayWidth)}
                      height={BAR_HEIGHT}
                      fill={pattern(span.phase)}
                      className={styles.bar}
                    />
                  ))}
                </g>
              );
            })}

            <line
              x1={percent(todayAt)}
              x2={percent(todayAt)}
              y1={AXIS_HEIGHT - 4}
              y2={chartHeight}
              className={styles.today}
              data-today-marker={today}
            />
            {/* Near either end of the axis, the word stays inside the chart. */}
            <text
              x={percent(todayAt)}
              y={chartHeight + 2}
              textAnchor={todayAt > 85 ? 'end' : todayAt < 15 ? 'start' : 'middle'}
              dominantBaseline="hanging"
              className={styles.todayText}
            >
              Today
            </text>
          </g>
        </svg>
      </div>
      <ul className={styles.legend} aria-hidden="true">
        {PHASES.map((phase) => (
          <li key={phase}>
            <svg className={styles.swatch}>
              <rect width="100%" height="100%" fill={pattern(phase)} className={styles.bar} />
            </svg>
            {PHASE_LABELS[phase]}
          </li>
        ))}
      </ul>
    </div>
  );
}

const percent = (value: number): string => `${value.toFixed(3)}%`;
const minDay = (a: string, b: string): string => (a < b ? a : b);
const maxDay = (a: string, b: string): string => (a > b ? a : b);
