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
const upload = indexOf((step) => step.uses?.startsWith('actions/upload-pages-artifact') === true);

describe('the deploy workflow', () => {
  it('checks the secret before the build and the tests, which get the key, and uploads after', () => {
    expect(check).toBeLessThan(tests);
    expect(tests).toBeLessThan(upload);
    expect(steps[check]?.env?.OPENPGP_SIGNING_KEY).toBe('${{ secrets.OPENPGP_SIGNING_KEY }}');
    expect(steps[tests]?.env).toMatchObject({
      OPENPGP_SIGNING_KEY: '${{ secrets.OPENPGP_SIGNING_KEY }}',
      OPENPGP_SIGNING_KEY_PASSPHRASE: '${{ secrets.OPENPGP_SIGNING_KEY_PASSPHRASE }}',
    });
    const signed = steps.slice(tests + 1, upload).map((step) => step.run ?? '');
    expect(signed.some((run) => run.includes('csaf_trusted_provider'))).toBe(true);
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
      /^::error title=No signing key::The repository secret OPENPGP_SIGNING_KEY is not set/,
    );
    expect(run('-----BEGIN PGP PRIVATE KEY BLOCK-----').status).toBe(0);
  });
});
