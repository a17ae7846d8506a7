/**
 * Proves that `docusaurus build` itself refuses bad data, not just the validation function:
 * a copy of the site with broken data files is built and must stop with every problem named.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildIn, siteCopy } from './siteCopy';

const badReleases = `
export const releases = [
  { branch: '4.1', betaRelease: '2021-06-01', initialRelease: '2021-08-30', activeSupportUntil: '2022-02-28', securitySupportUntil: '2022-08-30' },
  { branch: '4.2', betaRelease: '2022-02-17', initialRelease: '2021-02-28', activeSupportUntil: '2022-08-29', securitySupportUntil: '2023-02-28' },
  { branch: '4.3', initialRelease: '2022-08-29', activeSupportUntil: '2022-31-12', securitySupportUntil: '2023-08-29' },
  { branch: '4.1', initialRelease: '2023-02-28', activeSupportUntil: '2023-08-28' },
];
`;
const badTeam = `export const team = [{ name: 'Ada', url: 'http://example.org/ada' }];\n`;

let site: string;
let result: ReturnType<typeof spawnSync>;

beforeAll(() => {
  site = siteCopy('milex-bad-data-', {
    'src/data/releases.ts': badReleases,
    'src/data/team.ts': badTeam,
  });
  result = buildIn(site);
}, 150_000);

afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('npm run build with bad data', () => {
  it('fails', () => {
    expect(result.error).toBeUndefined();
    expect(result.status).not.toBe(0);
  });

  it('names every problem in every data file, in one run', () => {
    const output = `${String(result.stdout)}\n${String(result.stderr)}`;
    for (const line of [
      'src/data/releases.ts has 4 problems:',
      '4.2: initialRelease 2021-02-28 is before betaRelease 2022-02-17',
      '4.3: activeSupportUntil "2022-31-12" is not a real calendar date in YYYY-MM-DD form',
      '4.1: securitySupportUntil is missing',
      '4.1: branch appears more than once (rows 1 and 4)',
      'src/data/team.ts has 1 problem:',
      'Ada: url must be an https:// address, got "http://example.org/ada"',
    ]) {
      expect(output).toContain(line);
    }
  });

  it('writes no build output', () => {
    expect(existsSync(join(site, 'build', 'index.html'))).toBe(false);
  });
});

describe('npm run build with a bad advisory', () => {
  let copy: string;
  let run: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    copy = siteCopy('milex-bad-advisory-', {
      'advisories/MILEX-2026-001.md': [
        '---',
        'id: MILEX-2026-1',
        'title: A bad advisory',
        'published: 2026-03-01',
        'updated: 2026-02-01',
        'severity: urgent',
        'cve: [CVE-26-1]',
        "affected: ['9.9']",
        'fixedIn: [1.0.4]',
        'summary: One paragraph.',
        '---',
        'Body.',
        '',
      ].join('\n'),
    });
    run = buildIn(copy);
  }, 150_000);

  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it('stops, naming the file and every bad field, and writes nothing', () => {
    expect(run.status).not.toBe(0);
    const output = `${String(run.stdout)}\n${String(run.stderr)}`;
    for (const line of [
      'advisories/ has 5 problems:',
      'advisories/MILEX-2026-001.md: id must look like MILEX-2026-001, got "MILEX-2026-1"',
      'advisories/MILEX-2026-001.md: updated 2026-02-01 is before published 2026-03-01',
      'advisories/MILEX-2026-001.md: severity "urgent" is not one of "low", "moderate", "high", "critical"',
      'advisories/MILEX-2026-001.md: cve "CVE-26-1" is not an id such as CVE-2026-12345',
      'advisories/MILEX-2026-001.md: affected[0]: branch "9.9" is not in src/data/releases.ts (the branches are "1.0")',
    ]) {
      expect(output).toContain(line);
    }
    expect(existsSync(join(copy, 'build', 'index.html'))).toBe(false);
  });
});

describe('npm run build with a bad address or security.txt period', () => {
  const cases = [
    {
      env: { SITE_URL: 'http://www.milex.org' },
      message: 'SITE_URL "http://www.milex.org" must use https:// in a production build',
    },
    {
      env: { BASE_URL: 'security' },
      message: 'BASE_URL "security" must start and end with "/"',
    },
    {
      env: { SECURITY_TXT_EXPIRES_DAYS: '400' },
      message: 'SECURITY_TXT_EXPIRES_DAYS="400" is wrong',
    },
    {
      env: { SECURITY_TXT_EXPIRES_DAYS: 'six months' },
      message: 'SECURITY_TXT_EXPIRES_DAYS="six months" is wrong',
    },
    {
      env: { BASE_URL: 'security', BUILD_DAY: 'today', SECURITY_TXT_EXPIRES_DAYS: '0' },
      // Every wrong setting in one run (Docusaurus indents the lines after the first).
      message: [
        'The build settings are wrong:',
        '- BASE_URL "security" must start and end with "/" (e.g. /security/)',
        '- BUILD_DAY must be a calendar date written YYYY-MM-DD, got "today"',
        '- SECURITY_TXT_EXPIRES_DAYS="0" is wrong',
      ],
    },
  ];

  it.each(cases)(
    'stops with a message naming $env',
    ({ env, message }) => {
      const outDir = mkdtempSync(join(tmpdir(), 'milex-bad-env-'));
      try {
        const run = spawnSync(
          process.execPath,
          ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', '--out-dir', outDir],
          {
            encoding: 'utf8',
            // Vitest sets BASE_URL to '/'; each case starts from the defaults plus its one bad value.
            env: { ...process.env, NODE_ENV: 'production', BASE_URL: undefined, ...env },
            timeout: 120_000,
          },
        );
        expect(run.status).not.toBe(0);
        for (const line of [message].flat()) {
          expect(`${run.stdout}\n${run.stderr}`).toContain(line);
        }
        expect(existsSync(join(outDir, 'index.html'))).toBe(false);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
    150_000,
  );
});
