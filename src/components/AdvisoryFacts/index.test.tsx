// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { fixtureAdvisories } from '../../../tests/fixtures/advisories';
import type { Advisory } from '../../lib/advisories/model';
import AdvisoryFacts from '.';

let byId: Map<string, Advisory>;
beforeAll(async () => {
  byId = new Map((await fixtureAdvisories()).map(({ advisory }) => [advisory.id, advisory]));
});
afterEach(cleanup);

function renderFacts(id: string): HTMLElement {
  const advisory = byId.get(id);
  if (advisory === undefined) throw new Error(`no fixture ${id}`);
  render(<AdvisoryFacts advisory={advisory} />);
  return screen.getByRole('region', { name: 'Summary' });
}

/** Each term with its description, as a reader hears them. */
function facts(box: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...box.querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent ?? '',
    ]),
  );
}

describe('AdvisoryFacts', () => {
  it('gives severity, ids, affected and fixed versions, credits and dates', () => {
    const box = renderFacts('MILEX-2022-001');
    expect(facts(box)).toEqual({
      Severity: 'High CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:N',
      Advisory: 'MILEX-2022-001',
      CVE: 'CVE-2022-12345',
      Affected: 'Milex 1.1: from 1.1.0, fixed in 1.1.9Milex 1.2: from 1.2.0, fixed in 1.2.3',
      'Fixed in': 'Milex 1.1.9, Milex 1.2.3',
      Credits: 'Ada Lovelace, Grace Hopper',
      Published: '20 Sep 2022',
      Updated: '22 Sep 2022',
    });
    const credit = screen.getByRole('link', { name: 'Grace Hopper' });
    expect(credit.getAttribute('href')).toBe('https://example.org/grace');
    expect(credit.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says when no CVE is assigned and when a branch got no fix, and leaves out what is not there', () => {
    const box = renderFacts('MILEX-2021-001');
    expect(facts(box)).toEqual({
      Severity: 'Low',
      Advisory: 'MILEX-2021-001',
      CVE: 'None assigned',
      Affected: 'Milex 1.0: 1.0.0 to 1.0.9, no fix on this branch',
      'Fixed in': 'Milex 1.1.0',
      Published: '1 Dec 2021',
    });
  });

  it('links to the version checker, set to answer for this advisory', () => {
    renderFacts('MILEX-2022-002');
    expect(
      screen.getByRole('link', { name: 'Is my version supported?' }).getAttribute('href'),
    ).toBe('/supported-versions?advisory=MILEX-2022-002#check-your-version');
  });
});
