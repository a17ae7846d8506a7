// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AdvisoryExposure } from '../../lib/advisories/exposure';
import type { Release } from '../../lib/releases/model';
import { fixtureReleases, lineAndMinors } from '../../../tests/fixtures/releases';
import { VersionCheckerForm } from '.';

// On this day 2.x is planned, 1.2 active, 1.1 security-only and 1.0 end of life.
const today = '2022-10-01';

beforeEach(() => {
  window.history.replaceState(null, '', '/supported-versions');
});
afterEach(cleanup);

/** Checks `version` and waits for the answer (its code loads with the first question). */
async function check(version: string): Promise<HTMLElement> {
  fireEvent.change(screen.getByLabelText('Your Milex version'), { target: { value: version } });
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  const status = screen.getByRole('status');
  // Under load (npm test runs the unit tests beside other work) the first import can be slow.
  await waitFor(
    () => {
      expect(status.textContent).not.toBe('');
    },
    { timeout: 10_000 },
  );
  return status;
}

describe('VersionCheckerForm', () => {
  it('says nothing until asked, in a live region that is already there', () => {
    render(<VersionCheckerForm releases={fixtureReleases} advisories={[]} today={today} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
  });

  it('answers for a patch version of an end-of-life release, with what to upgrade to', async () => {
    render(<VersionCheckerForm releases={fixtureReleases} advisories={[]} today={today} />);
    expect((await check('1.0.3')).textContent).toBe(
      'Milex 1.0.3 belongs to the 1.0 release: End of life. Its security support ended after 29 Nov 2021: it receives no more security advisories.' +
        'No published advisory affects Milex 1.0.3.' +
        'Advisories are made only for supported releases: those published after 29 Nov 2021, when the security support of Milex 1.0 ended, do not cover it. That no advisory names a problem in it does not make it safe.' +
        'Upgrade to Milex 1.2 (in active support until 1 Mar 2023, then in security support only until 1 Sep 2023).',
    );
  });

  it('gives dates and days left for a supported release', async () => {
    render(<VersionCheckerForm releases={fixtureReleases} advisories={[]} today={today} />);
    expect((await check('v1.1')).textContent).toBe(
      'Milex 1.1 belongs to the 1.1 release: Security support only. Milex 1.1 is in security support only, until 5 Dec 2022. 66 days of security support left: ending soon.' +
        'No published advisory affects Milex 1.1.' +
        'Upgrade to Milex 1.2 (in active support until 1 Mar 2023, then in security support only until 1 Sep 2023).',
    );
    expect((await check('1.2.0')).textContent).toBe(
      'Milex 1.2.0 belongs to the 1.2 release: Active support. Milex 1.2 is in active support until 1 Mar 2023, then in security support only until 1 Sep 2023. 336 days of security support left.' +
        'No published advisory affects Milex 1.2.0.' +
        'This is the release to run.',
    );
  });

  it('picks the whole major line for a version with no branch of its own', async () => {
    render(<VersionCheckerForm releases={fixtureReleases} advisories={[]} today={today} />);
    expect((await check('2.3.1')).textContent).toMatch(
      /^Milex 2\.3\.1 belongs to the 2\.x release: Planned\./,
    );
  });

  it('does not call an older release an upgrade from a planned one', async () => {
    render(<VersionCheckerForm releases={fixtureReleases} advisories={[]} today={today} />);
    expect((await check('2.0.0')).textContent).toContain(
      'For production, run Milex 1.2 (in active support until 1 Mar 2023, then in security support only until 1 Sep 2023).',
    );
  });

  it('names the end of security support for a security-only release to upgrade to', async () => {
    // On 2 Mar 2023 the only supported release, 1.2, is in security support only.
    render(<VersionCheckerForm releases={fixtureReleases} advisories={[]} today="2023-03-02" />);
    expect((await check('1.0.1')).textContent).toContain(
      'Upgrade to Milex 1.2 (in security support only, until 1 Sep 2023).',
    );
  });

  it('says plainly when no release is supported, and where this site will show the next one', async () => {
    render(<VersionCheckerForm releases={fixtureReleases} advisories={[]} today="2026-11-22" />);
    expect((await check('1.0.3')).textContent).toMatch(
      /End of life\..*The team lists no supported release to upgrade to\. To hear of a new release, subscribe to the Release lifecycle feed/,
    );
    // A report channel takes reports, not questions.
    expect(screen.queryByText(/security question/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Release lifecycle feed' })).toBeTruthy();
  });

  it('says a release in active support to its last day is in both kinds of support', async () => {
    render(<VersionCheckerForm releases={fixtureReleases} advisories={[]} today="2021-09-01" />);
    expect((await check('1.0')).textContent).toContain(
      'Milex 1.0 is in active and security support until 29 Nov 2021.',
    );
  });

  it('asks for the minor version of a major version with one branch in the table, in the singular', async () => {
    render(<VersionCheckerForm releases={[fixtureReleases[0]]} advisories={[]} today={today} />);
    expect((await check('1')).textContent).toContain(
      'The table lists one release branch of Milex 1, 1.0. Type the minor version too, such as 1.0.1.',
    );
  });

  it.each([
    ['', 'Type a version number first, such as 1.0.3.'],
    [
      '9.9',
      'The table above does not list Milex 9.9, so this page gives no status for it. Security advisories are made only for stable releases in the supported major version branches; for other Milex releases, see the Milex website.',
    ],
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
  ])('answers %j calmly', async (input, answer) => {
    const { container } = render(
      <VersionCheckerForm releases={fixtureReleases} advisories={[]} today={today} />,
    );
    expect((await check(input)).textContent).toContain(answer);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('status').textContent).not.toContain('<');
  });

  it('puts the checked version in the address, and takes it out when cleared', async () => {
    render(<VersionCheckerForm releases={fixtureReleases} advisories={[]} today={today} />);
    await check('1.0.3');
    expect(window.location.search).toBe('?version=1.0.3');
    await check('');
    expect(window.location.search).toBe('');
  });

  it('pre-fills and answers from ?version= in the address', async () => {
    window.history.replaceState(null, '', '/supported-versions?version=1.1.4');
    await act(async () => {
      render(<VersionCheckerForm releases={fixtureReleases} advisories={[]} today={today} />);
      await Promise.resolve();
    });
    expect(screen.getByLabelText<HTMLInputElement>('Your Milex version').value).toBe('1.1.4');
    await waitFor(
      () => {
        expect(screen.getByRole('status').textContent).toMatch(
          /^Milex 1\.1\.4 belongs to the 1\.1 release/,
        );
      },
      { timeout: 10_000 },
    );
  });
});

/** Advisories on the fixture releases, newest first, as the build gives them to the checker. */
const advisories: readonly AdvisoryExposure[] = [
  {
    id: 'MILEX-2022-002',
    title: 'Authentication bypass in the API',
    severity: 'critical',
    published: '2022-09-28',
    fixedIn: ['1.2.4'],
    affected: [{ branch: '1.2', range: { introduced: '1.2.0', fixed: '1.2.4' } }],
  },
  {
    id: 'MILEX-2022-001',
    title: 'Stored cross-site scripting in form names',
    severity: 'high',
    published: '2022-09-20',
    fixedIn: ['1.1.9', '1.2.3'],
    affected: [
      { branch: '1.1', range: { introduced: '1.1.0', fixed: '1.1.9' } },
      { branch: '1.2', range: { introduced: '1.2.0', fixed: '1.2.3' } },
    ],
  },
  {
    id: 'MILEX-2021-001',
    title: 'Version number shown to visitors',
    severity: 'low',
    published: '2021-12-01',
    fixedIn: ['1.1.0'],
    affected: [{ branch: '1.0', range: { introduced: '1.0.0', lastAffected: '1.0.9' } }],
  },
];

describe('VersionCheckerForm with advisories', () => {
  const renderChecker = (releases = fixtureReleases, day = today): void => {
    render(<VersionCheckerForm releases={releases} advisories={advisories} today={day} />);
  };
  const listed = (): string[] =>
    [...screen.getByRole('status').querySelectorAll('[data-affecting]')].map(
      (item) => item.getAttribute('data-affecting') ?? '',
    );

  it('lists every advisory that affects the version, and the lowest version none affects', async () => {
    renderChecker();
    const answer = (await check('1.2.1')).textContent;
    expect(listed()).toEqual(['MILEX-2022-002', 'MILEX-2022-001']);
    expect(answer).toContain('2 published advisories affect Milex 1.2.1:');
    expect(answer).toContain('MILEX-2022-002: Authentication bypass in the API (Critical)');
    expect(answer).toContain(
      'Upgrade to 1.2.4 or later: no published advisory affects those versions of Milex 1.2.',
    );
    const links = screen
      .getAllByRole('link')
      .filter((link) => link.textContent.startsWith('MILEX-'))
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/advisories/MILEX-2022-002', '/advisories/MILEX-2022-001']);
  });

  it('names only the advisories whose ranges hold the version', async () => {
    renderChecker();
    await check('1.2.3');
    expect(listed()).toEqual(['MILEX-2022-002']);
    expect((await check('1.2.4')).textContent).toContain(
      'No published advisory affects Milex 1.2.4.',
    );
    expect(listed()).toEqual([]);
  });

  it('says when no version of the branch is free of them, and points to the release to move to', async () => {
    renderChecker();
    const answer = (await check('1.1.4')).textContent;
    expect(listed()).toEqual(['MILEX-2022-001']);
    expect(answer).toContain('Upgrade to 1.1.9 or later');
    // With no fix on 1.1 (a supported release that day), move to 1.2, free of both from 1.2.4.
    cleanup();
    render(
      <VersionCheckerForm
        releases={fixtureReleases}
        advisories={advisories.map((advisory) =>
          advisory.id === 'MILEX-2022-001'
            ? {
                ...advisory,
                affected: [
                  { branch: '1.1', range: { introduced: '1.1.0', lastAffected: '1.1.9' } },
                ],
              }
            : advisory,
        )}
        today={today}
      />,
    );
    expect((await check('1.1.4')).textContent).toContain(
      'No version of Milex 1.1 is free of it: move to Milex 1.2, version 1.2.4 or later.',
    );
  });

  it('gives no version of an end-of-life branch to upgrade to, even one an advisory fixed, and names the release to move to', async () => {
    // On 2 Mar 2023, 1.1 is end of life: MILEX-2022-001's fix on it, 1.1.9, is no upgrade.
    renderChecker(fixtureReleases, '2023-03-02');
    const answer = (await check('1.1.4')).textContent;
    expect(listed()).toEqual(['MILEX-2022-001']);
    expect(answer).toContain(
      'Milex 1.1 is end of life, so no newer version of it is the answer: move to Milex 1.2, version 1.2.4 or later.',
    );
    expect(answer).not.toContain('1.1.9');
    expect(
      screen
        .getByRole('status')
        .querySelector('[data-upgrade-to]')
        ?.getAttribute('data-upgrade-to'),
    ).toBe('1.2.4');
    // End of life: no advisory after its end covers it.
    expect(answer).toContain('those published after 5 Dec 2022');
  });

  it('promises no fix for an end-of-life branch when no release is supported to move to', async () => {
    renderChecker(fixtureReleases, '2026-11-22');
    for (const version of ['1.0.3', '1.1.4']) {
      const answer = (await check(version)).textContent;
      expect(answer).toContain(
        `Milex ${version.slice(0, 3)} is end of life, so no newer version of it is the answer; the table lists no newer supported release to move to. Each advisory says what you can do.`,
      );
      expect(answer).not.toMatch(/\byet\b|until then|Upgrade to \d/);
    }
  });

  it('answers for a branch typed without its patch number', async () => {
    renderChecker();
    const answer = (await check('1.1')).textContent;
    expect(listed()).toEqual(['MILEX-2022-001']);
    expect(answer).toContain('One published advisory affects versions of Milex 1.1:');
    expect(answer).toContain('Upgrade to 1.1.9 or later');
  });

  it('answers for the advisory a visitor came from (?advisory=)', async () => {
    window.history.replaceState(null, '', '/supported-versions?advisory=MILEX-2022-001');
    await act(async () => {
      renderChecker();
      await Promise.resolve();
    });
    expect(screen.getByText(/^Checking for/).textContent).toBe(
      'Checking for MILEX-2022-001, Stored cross-site scripting in form names: type your version to see whether it affects it.',
    );
    expect((await check('1.1.4')).textContent).toMatch(/^.*MILEX-2022-001 affects Milex 1\.1\.4\./);
    expect((await check('1.1.9')).textContent).toContain(
      'MILEX-2022-001 does not affect Milex 1.1.9.',
    );
    // An id that names no published advisory is left out, and the address keeps it as it was.
    window.history.replaceState(null, '', '/supported-versions?advisory=%3Cb%3Ex%3C%2Fb%3E');
    cleanup();
    await act(async () => {
      renderChecker();
      await Promise.resolve();
    });
    expect(screen.queryByText(/^Checking for/)).toBeNull();
  });

  it('reads a version of a line beside its minors by the support rule, saying which row it comes from', async () => {
    render(<VersionCheckerForm releases={lineAndMinors} advisories={[]} today="2021-07-01" />);
    expect((await check('3.3.1')).textContent).toContain(
      'Milex 3.3.1 belongs to the 3.3 release: Security support only. Milex 3.3 is the most recent Milex 3 minor release, supported with the 3.x line: in security support only, until 15 Dec 2021, or until a newer Milex 3 minor release comes out, if sooner.',
    );
    expect((await check('3.2.5')).textContent).toMatch(
      /^Milex 3\.2\.5 belongs to the 3\.2 release: End of life\./,
    );
    expect((await check('3.2.5')).textContent).toContain('Upgrade to Milex 3.3');
    expect((await check('3.4.0')).textContent).toContain(
      "The table does not list 3.4: as a minor release of the 3.x line, it is supported while it is the line's most recent minor release.",
    );
    expect((await check('3.4.0')).textContent).toContain('This is the release to run.');
    expect((await check('3.0.2')).textContent).toContain(
      'Milex 3.1, a newer minor release of the 3.x line, came out on 24 Aug 2020, and only the most recent minor release is supported.',
    );
  });
});

describe('VersionCheckerForm on tables and advisories that are easy to get wrong', () => {
  const dates = (
    initialRelease: string,
    activeSupportUntil: string,
    securitySupportUntil: string,
  ): Pick<Release, 'initialRelease' | 'activeSupportUntil' | 'securitySupportUntil'> =>
    ({ initialRelease, activeSupportUntil, securitySupportUntil }) as Pick<
      Release,
      'initialRelease' | 'activeSupportUntil' | 'securitySupportUntil'
    >;
  const answerFor = async (
    releases: readonly Release[],
    found: readonly AdvisoryExposure[],
    day: string,
    version: string,
  ): Promise<string> => {
    render(<VersionCheckerForm releases={releases} advisories={found} today={day} />);
    const text = (await check(version)).textContent;
    cleanup();
    return text;
  };

  it('gives the fix for the advisories that affect the version, and says when others affect later ones', async () => {
    const table: readonly Release[] = [
      { branch: '4.4', ...dates('2024-01-01', '2026-06-30', '2027-06-30') },
      { branch: '5.1', ...dates('2025-01-01', '2027-06-30', '2028-06-30') },
    ];
    const interleaved: readonly AdvisoryExposure[] = [
      {
        id: 'MILEX-2026-002',
        title: 'Later, unfixed on 4.4',
        severity: 'high',
        published: '2026-11-01',
        fixedIn: ['5.1.3'],
        affected: [
          { branch: '4.4', range: { introduced: '4.4.5', lastAffected: '4.4.9' } },
          { branch: '5.1', range: { introduced: '5.1.0', fixed: '5.1.3' } },
        ],
      },
      {
        id: 'MILEX-2026-001',
        title: 'Early, fixed in 4.4.2',
        severity: 'low',
        published: '2026-10-01',
        fixedIn: ['4.4.2'],
        affected: [{ branch: '4.4', range: { introduced: '4.4.0', fixed: '4.4.2' } }],
      },
    ];
    const text = await answerFor(table, interleaved, '2026-12-02', '4.4.1');
    expect(text).toContain('One published advisory affects Milex 4.4.1:');
    expect(text).toContain(
      'Upgrade to 4.4.2 or later: it does not affect those versions of Milex 4.4. Other published advisories affect later versions of Milex 4.4, and not all of them have a fix on it: see their pages.',
    );
  });

  it('names a pre-release as typed', async () => {
    const text = await answerFor(fixtureReleases, [], today, '1.2.0-rc1');
    expect(text).toMatch(/^Milex 1\.2\.0-rc1 belongs to the 1\.2 release/);
    expect(text).toContain('No published advisory affects Milex 1.2.0-rc1.');
  });

  it('never calls an older supported release an upgrade from a newer one that has ended', async () => {
    const table: readonly Release[] = [
      { branch: '4.x', ...dates('2022-01-01', '2024-06-30', '2025-06-30') },
      { branch: '4.4', ...dates('2023-01-01', '2023-12-31', '2026-12-31'), note: 'LTS' },
      { branch: '4.5', ...dates('2024-03-01', '2024-09-30', '2024-12-31') },
    ];
    const text = await answerFor(table, [], '2025-09-01', '4.5.3');
    expect(text).toContain('End of life.');
    expect(text).toContain(
      'No newer release than yours is supported today. Milex 4.4, an older release, still is (in security support only, until 31 Dec 2026).',
    );
    expect(text).not.toContain('Upgrade to Milex 4.4');
  });

  it('says what a minor release’s support hangs on: a newer minor that may come sooner, or one only planned', async () => {
    const lts: readonly Release[] = [
      { branch: '4.x', ...dates('2022-01-01', '2024-06-30', '2025-06-30') },
      { branch: '4.4', ...dates('2023-01-01', '2023-12-31', '2026-12-31') },
    ];
    expect(await answerFor(lts, [], '2023-09-01', '4.4.1')).toContain(
      'in active support until 30 Jun 2024, or until a newer Milex 4 minor release comes out, if sooner, then in security support only until 31 Dec 2026.',
    );
    const planned: readonly Release[] = [
      { branch: '5.x', ...dates('2024-01-15', '2027-12-31', '2028-12-31') },
      { branch: '5.1', ...dates('2026-01-01', '2026-03-01', '2026-06-01') },
      { branch: '5.2', ...dates('2027-02-01', '2027-06-01', '2027-12-01') },
    ];
    expect(await answerFor(planned, [], '2026-12-02', '5.1.4')).toContain(
      'in active and security support until 31 Jan 2027, the day before Milex 5.2 comes out (the table plans it for 1 Feb 2027).',
    );
    // A minor the table does not list, after the planned one: no date is the table's to give.
    const unlisted = await answerFor(planned, [], '2026-12-02', '5.3.0');
    expect(unlisted).toContain('It is not a stable release yet, and security advisories');
    expect(unlisted).not.toContain('the table plans it for 15 Jan 2024');
  });

  it('lists, for a minor release typed alone on a table of lines, only that minor’s advisories', async () => {
    const line: readonly Release[] = [
      { branch: '4.x', ...dates('2022-01-01', '2027-01-01', '2028-01-01') },
    ];
    const onThree: AdvisoryExposure = {
      id: 'MILEX-2026-003',
      title: 'Only in 4.3',
      severity: 'low',
      published: '2026-01-01',
      fixedIn: ['4.3.5'],
      affected: [{ branch: '4.x', range: { introduced: '4.3.0', fixed: '4.3.5' } }],
    };
    expect(await answerFor(line, [onThree], '2026-12-02', '4.4')).toContain(
      'No published advisory affects Milex 4.4.',
    );
    expect(await answerFor(line, [onThree], '2026-12-02', '4.3')).toContain(
      'One published advisory affects versions of Milex 4.3:',
    );
  });
});
