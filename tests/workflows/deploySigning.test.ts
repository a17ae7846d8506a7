/**
 * The deploy workflow never publishes the site unsigned (issue 24): it stops before building when
 * the repository secret OPENPGP_SIGNING_KEY is missing, hands the key to the build that the tests
 * run on, and uploads that build only once it is signed. The step that checks the secret is run
 * here as the workflow runs it, with the secret empty and set.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly env?: Readonly<Record<string, string>>;
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
  jobs: { build: { steps: Step[] } };
};
const steps = workflow.jobs.build.steps;
const indexOf = (test: (step: Step) => boolean): number => {
  const index = steps.findIndex(test);
  expect(index, 'a step the workflow should have').toBeGreaterThanOrEqual(0);
  return index;
};
const check = indexOf((step) => step.name === 'Check the signing key is set');
const tests = indexOf((step) => step.run === 'npm test');
const build = indexOf((step) => step.run === 'npm run build');
const signedTests = indexOf((step) => step.name === 'Test the signed build');
const upload = indexOf((step) => step.uses?.startsWith('actions/upload-pages-artifact') === true);
const secret = '${{ secrets.OPENPGP_SIGNING_KEY }}';

describe('the deploy workflow', () => {
  it('checks the secret first, gives it to the build alone, tests that build, then uploads it', () => {
    expect([check, tests, build, signedTests, upload]).toEqual(
      [check, tests, build, signedTests, upload].sort((a, b) => a - b),
    );
    expect(steps[check]?.env?.OPENPGP_SIGNING_KEY).toBe(secret);
    expect(steps[build]?.env).toMatchObject({
      OPENPGP_SIGNING_KEY: secret,
      OPENPGP_SIGNING_KEY_PASSPHRASE: '${{ secrets.OPENPGP_SIGNING_KEY_PASSPHRASE }}',
    });
    // No other step, the tests above all, sees the key.
    const withKey = steps.filter((step) => JSON.stringify(step).includes('secrets.'));
    expect(withKey).toEqual([steps[check], steps[build]]);
    expect(steps[signedTests]?.run).toContain('csaf_trusted_provider');
    expect(steps[signedTests]?.run).toContain('npm run test:e2e');
    expect(steps[signedTests]?.env?.EXPECT_SIGNED_BUILD).toBe('true');
    // The site the tests check is the site that is built and published.
    expect(steps[signedTests]?.env?.SITE_URL).toBe(steps[build]?.env?.SITE_URL);
    expect(steps[tests]?.env?.BASE_URL).toBe(steps[build]?.env?.BASE_URL);
  });

  it('fails, saying why, when the secret is missing, and goes on when it is set', () => {
    const run = (key: string) =>
      spawnSync('sh', ['-e', '-c', steps[check]?.run ?? 'exit 0'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, OPENPGP_SIGNING_KEY: key },
      });
    const missing = run('');
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(
      /^::error title=No signing key::The secret OPENPGP_SIGNING_KEY of the environment .signing. is not set/,
    );
    expect(run('-----BEGIN PGP PRIVATE KEY BLOCK-----').status).toBe(0);
  });
});
