// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixtureReleases } from '../../../tests/fixtures/releases';
import { VersionCheckerForm } from '.';

// On this day 2.x is planned, 1.2 active, 1.1 security-only and 1.0 end of life.
const today = '2022-10-01';

beforeEach(() => {
  window.history.replaceState(null, '', '/supported-versions');
});
afterEach(cleanup);

function check(version: string): HTMLElement {
  fireEvent.change(screen.getByLabelText('Your Milex version'), { target: { value: version } });
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  return screen.getByRole('status');
}

describe('VersionCheckerForm', () => {
  it('says nothing until asked, in a live region that is already there', () => {
    render(<VersionCheckerForm releases={fixtureReleases} today={today} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
  });

  it('answers for a patch version of an end-of-life release, with what to upgrade to', () => {
    render(<VersionCheckerForm releases={fixtureReleases} today={today} />);
    expect(check('1.0.3').textContent).toBe(
      'Milex 1.0.3 belongs to the 1.0 release: End of life. Its security support ended after 29 Nov 2021: it receives no more security advisories.' +
        'Upgrade to Milex 1.2 (active support until 1 Mar 2023, security support until 1 Sep 2023).',
    );
  });

  it('gives dates and days left for a supported release', () => {
    render(<VersionCheckerForm releases={fixtureReleases} today={today} />);
    expect(check('v1.1').textContent).toBe(
      'Milex 1.1 belongs to the 1.1 release: Security support only. Its active support has ended; it is in security support until 5 Dec 2022. 66 days of security support left: ending soon.' +
        'Upgrade to Milex 1.2 (active support until 1 Mar 2023, security support until 1 Sep 2023).',
    );
    expect(check('1.2.0').textContent).toBe(
      'Milex 1.2.0 belongs to the 1.2 release: Active support. It is in active support until 1 Mar 2023, then in security support only until 1 Sep 2023. 336 days of security support left.' +
        'This is the release to run.',
    );
  });

  it('picks the whole major line for a version with no branch of its own', () => {
    render(<VersionCheckerForm releases={fixtureReleases} today={today} />);
    expect(check('2.3.1').textContent).toMatch(
      /^Milex 2\.3\.1 belongs to the 2\.x release: Planned\./,
    );
  });

  it('does not call an older release an upgrade from a planned one', () => {
    render(<VersionCheckerForm releases={fixtureReleases} today={today} />);
    expect(check('2.0.0').textContent).toContain(
      'For production, run Milex 1.2 (active support until 1 Mar 2023, security support until 1 Sep 2023).',
    );
  });

  it('names the end of security support for a security-only release to upgrade to', () => {
    // On 2 Mar 2023 the only supported release, 1.2, is in security support only.
    render(<VersionCheckerForm releases={fixtureReleases} today="2023-03-02" />);
    expect(check('1.0.1').textContent).toContain(
      'Upgrade to Milex 1.2 (security support only, until 1 Sep 2023).',
    );
  });

  it('says plainly when no release is supported, and where this site will show the next one', () => {
    render(<VersionCheckerForm releases={fixtureReleases} today="2026-11-22" />);
    expect(check('1.0.3').textContent).toMatch(
      /End of life\..*No release in the table is supported today, so the table gives none to upgrade to\. The Release lifecycle feed gets an entry when a release in the table comes out/,
    );
    expect(screen.getByRole('link', { name: 'Release lifecycle feed' })).toBeTruthy();
  });

  it('says a release in active support to its last day is in both kinds of support', () => {
    render(<VersionCheckerForm releases={fixtureReleases} today="2021-09-01" />);
    expect(check('1.0').textContent).toContain(
      'It is in active and security support until 29 Nov 2021.',
    );
  });

  it('asks for the minor version of a major version with one branch in the table, in the singular', () => {
    render(<VersionCheckerForm releases={[fixtureReleases[0]]} today={today} />);
    expect(check('1').textContent).toContain(
      'The table lists one release branch of Milex 1, 1.0. Type the minor version too, such as 1.0.1.',
    );
  });

  it.each([
    ['', 'Type a version number first, such as 1.0.3.'],
    ['9.9', 'Milex 9.9 is not a release in the table above.'],
    [
      '1',
      'The table lists several release branches of Milex 1 (1.2, 1.1, 1.0). Type the minor version too',
    ],
    [
      '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0',
      'That is longer than any Milex version number.',
    ],
    ['<img src=x onerror=alert(1)>', 'That does not look like a Milex version number.'],
    ['1.0"><script>alert(1)</script>', 'That does not look like a Milex version number.'],
  ])('answers %j calmly', (input, answer) => {
    const { container } = render(<VersionCheckerForm releases={fixtureReleases} today={today} />);
    expect(check(input).textContent).toContain(answer);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('status').textContent).not.toContain('<');
  });

  it('puts the checked version in the address, and takes it out when cleared', () => {
    render(<VersionCheckerForm releases={fixtureReleases} today={today} />);
    check('1.0.3');
    expect(window.location.search).toBe('?version=1.0.3');
    check('');
    expect(window.location.search).toBe('');
  });

  it('pre-fills and answers from ?version= in the address', async () => {
    window.history.replaceState(null, '', '/supported-versions?version=1.1.4');
    await act(async () => {
      render(<VersionCheckerForm releases={fixtureReleases} today={today} />);
      await Promise.resolve();
    });
    expect(screen.getByLabelText<HTMLInputElement>('Your Milex version').value).toBe('1.1.4');
    expect(screen.getByRole('status').textContent).toMatch(
      /^Milex 1\.1\.4 belongs to the 1\.1 release/,
    );
  });
});
