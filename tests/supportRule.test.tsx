// @vitest-environment jsdom
/**
 * The support rule gives every view the same answer for every day: the table, the version
 * checker, the versions JSON and the badges, for a line beside its minor releases (an older minor,
 * the most recent one, and minors the table does not list), on days inside and after each row's
 * dates. Each view reads the one lifecycle of src/lib/releases/lifecycle.ts; this holds them to it.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import SupportedVersions from '../src/components/SupportedVersions';
import { checkVersion } from '../src/lib/advisories/check';
import { badgeFor } from '../src/lib/outputs/badges';
import { releasesJson } from '../src/lib/outputs/releasesJson';
import { lifecycles } from '../src/lib/releases/lifecycle';
import type { Status } from '../src/lib/releases/model';
import { lineAndMinors } from './fixtures/releases';

afterEach(cleanup);

const table = lineAndMinors;

/** The badge's words for each status, as shields.io shows them. */
const BADGE: Readonly<Record<Status, string>> = {
  planned: 'planned',
  beta: 'beta',
  active: 'active support',
  security: 'security support only',
  eol: 'end of life',
};

// Each row's own first and last days, the day after each, and a day in the line's support only.
const DAYS = [
  '2020-08-01', // 3.1 in beta
  '2020-09-01', // 3.1 the most recent minor, active
  '2020-10-19', // 3.1's last active day, the day before 3.2
  '2020-10-20', // 3.2 out: 3.1 only by its own row, security
  '2020-12-01', // 3.1 end of life
  '2021-03-01', // 3.2's last day, on its own row and the line's
  '2021-03-02', // 3.3 out; 3.2 end of life
  '2021-04-30', // 3.3's own last day: active, by the line
  '2021-05-01', // 3.3 after its own row: the line's active support
  '2021-06-16', // the line in security support only, and 3.3 with it
  '2021-12-16', // everything end of life
];

describe.each(DAYS)('on %s', (day) => {
  const expected = new Map(
    lifecycles(table).map((lifecycle) => [lifecycle.branch, lifecycle] as const),
  );

  it('the table, the checker, the JSON and the badges give each release one status', () => {
    const { container } = render(<SupportedVersions releases={table} today={day} />);
    const shown = new Map(
      [...container.querySelectorAll('tr[data-branch]')].map(
        (row) =>
          [(row as HTMLElement).dataset.branch, (row as HTMLElement).dataset.status] as const,
      ),
    );
    const json = releasesJson(table, {
      today: day,
      generatedAt: new Date(`${day}T12:00:00Z`),
      schemaUrl: 'https://example.org/s.json',
      pageUrl: 'https://example.org/p',
      advisories: [],
    });
    for (const [branch, lifecycle] of expected) {
      const status = json.result.find((entry) => entry.name === branch)?.status;
      expect(status, branch).toBeDefined();
      expect(shown.get(branch), `${branch} in the table`).toBe(status);
      expect(badgeFor(lifecycle, day).message.startsWith(BADGE[status ?? 'eol']), branch).toBe(
        true,
      );
      if (branch.endsWith('.x')) continue;
      const answer = checkVersion(table, [], `${branch}.2`, day);
      expect(answer.kind === 'found' && answer.state.status, `${branch}.2 in the checker`).toBe(
        status,
      );
    }
  });

  it('the checker reads a minor the table does not list from its line, as the rule says', () => {
    // 3.0 came before 3.1; 3.4 would be the newest, while it is the line's most recent.
    const lineStatus = json(day);
    const older = checkVersion(table, [], '3.0.5', day);
    const newer = checkVersion(table, [], '3.4.1', day);
    expect(older.kind === 'found' && older.state.status).toBe(
      day < '2020-08-24' ? lineStatus : 'eol',
    );
    // Before 3.3, the newest listed minor, is out, no 3.4 can be: the rule counts it from then.
    expect(newer.kind === 'found' && newer.state.status).toBe(
      day >= '2021-03-02' ? lineStatus : 'planned',
    );
  });
});

/** The line's own status on `day`, from the versions JSON. */
function json(day: string): Status | undefined {
  return releasesJson(table, {
    today: day,
    generatedAt: new Date(`${day}T12:00:00Z`),
    schemaUrl: 'https://example.org/s.json',
    pageUrl: 'https://example.org/p',
    advisories: [],
  }).result.find((entry) => entry.name === '3.x')?.status;
}
