/**
 * The deploy workflow's shape (issues 24 and 34): the site is never published unsigned, and only a
 * job that runs gpg and nothing else ever has the key. The build job, which installs and runs
 * every npm package, has no secret and uploads the unsigned build; the signing job, in a Debian
 * image pinned by digest, checks out scripts/sign-site.sh alone, installs Debian's gpg, signs, and
 * makes the Pages artifact from the signed files; the browser tests run on that artifact; the
 * deploy job publishes it once both have passed. The step that checks the secret is run here as
 * the workflow runs it, with the secret empty and set.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { outputs } from '../../src/lib/site';

interface Step {
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly with?: Readonly<Record<string, string | boolean | number>>;
  readonly env?: Readonly<Record<string, string>>;
}

interface Job {
  readonly needs?: string | readonly string[];
  readonly container?: string;
  readonly environment?: string | { readonly name: string };
  readonly permissions?: Readonly<Record<string, string>>;
  readonly steps: readonly Step[];
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
  permissions: unknown;
  jobs: Record<string, Job>;
};
const { jobs } = workflow;
const job = (name: string): Job => {
  const found = jobs[name];
  if (found === undefined) throw new Error(`the deploy workflow has no job "${name}"`);
  return found;
};
const needsOf = (name: string): readonly string[] => {
  const { needs } = job(name);
  return needs === undefined ? [] : typeof needs === 'string' ? [needs] : needs;
};
const action = (step: Step): string => step.uses?.replace(/@.*$/, '') ?? '';
const secretsIn = (value: unknown): string[] =>
  [...JSON.stringify(value).matchAll(/secrets\.([A-Z_]+)/g)].map((m) => m[1] ?? '');

const SECRET_KEY = '${{ secrets.OPENPGP_SIGNING_KEY }}';
const SECRET_PASSPHRASE = '${{ secrets.OPENPGP_SIGNING_KEY_PASSPHRASE }}';
/** The site's paths as sign-site.sh takes them: relative to the site's folder. */
const inSite = (path: string): string => path.replace(/^\/|\/$/g, '');

describe('the deploy workflow', () => {
  it('gives the key to the signing job alone, and nothing but its signing step holds it', () => {
    expect(workflow.permissions).toEqual({});
    const holders = Object.entries(jobs)
      .filter(([, body]) => secretsIn(body).length > 0)
      .map(([name]) => name);
    expect(holders).toEqual(['sign']);
    const sign = job('sign');
    expect(sign.environment).toBe('signing');
    const stepsWithSecrets = sign.steps.filter((step) => secretsIn(step).length > 0);
    expect(stepsWithSecrets.map((step) => step.name)).toEqual([
      'Check the signing key is set',
      'Sign the site',
    ]);
    expect(stepsWithSecrets[1]?.env).toEqual({
      OPENPGP_SIGNING_KEY: SECRET_KEY,
      OPENPGP_SIGNING_KEY_PASSPHRASE: SECRET_PASSPHRASE,
    });
  });

  it('builds with no key in a job of its own, told the site is signed after it, and uploads that build', () => {
    const build = job('build');
    expect(build.environment).toBeUndefined();
    expect(JSON.stringify(build)).not.toMatch(/OPENPGP|secrets\./);
    const steps = build.steps;
    const tests = steps.findIndex((step) => step.run === 'npm test');
    const built = steps.findIndex((step) => step.run === 'npm run build');
    const upload = steps.findIndex((step) => action(step) === 'actions/upload-artifact');
    expect(tests).toBeGreaterThanOrEqual(0);
    expect(built).toBeGreaterThan(tests);
    expect(upload).toBeGreaterThan(built);
    expect(steps[built]?.env?.SIGNED_AFTER_BUILD).toBe('true');
    // .well-known/ is a hidden folder, which upload-artifact leaves out unless told.
    expect(steps[upload]?.with).toMatchObject({
      name: 'unsigned-site',
      path: 'build/',
      'include-hidden-files': true,
    });
  });

  it('signs in a Debian image pinned by digest, with gpg and its own script only, then makes the Pages artifact', () => {
    const sign = job('sign');
    expect(needsOf('sign')).toEqual(['build']);
    expect(sign.container).toMatch(/^debian:[a-z0-9.-]+@sha256:[0-9a-f]{64}$/);
    expect(sign.permissions).toEqual({ contents: 'read' });
    // No npm, no node, no package but Debian's.
    const runs = sign.steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
    expect(runs.join('\n')).not.toMatch(/\b(npm|npx|node|yarn|pnpm|tsx|pip|curl|wget)\b/);
    const installs = runs.filter((run) => run.includes('apt-get install'));
    expect(installs).toHaveLength(1);
    expect(installs[0]).toMatch(/\bgnupg\b/);
    expect(installs[0]).toMatch(/\bgpgv\b/);
    expect(sign.steps.map(action).filter(Boolean)).toEqual([
      'actions/checkout',
      'actions/download-artifact',
      'actions/upload-pages-artifact',
    ]);
    const checkout = sign.steps.find((step) => action(step) === 'actions/checkout');
    expect(checkout?.with).toMatchObject({
      'sparse-checkout': 'scripts/sign-site.sh',
      'sparse-checkout-cone-mode': false,
      'persist-credentials': false,
    });
    expect(checkout?.with).not.toHaveProperty('ref');
    const checkoutDir = String(checkout?.with?.path);
    const download = sign.steps.find((step) => action(step) === 'actions/download-artifact');
    expect(download?.with?.name).toBe('unsigned-site');
    const siteDir = String(download?.with?.path);
    const signing = sign.steps.find((step) => step.name === 'Sign the site');
    expect(signing?.run?.trim().split(/\s+/)).toEqual([
      'bash',
      `${checkoutDir}/scripts/sign-site.sh`,
      siteDir,
      inSite(outputs.csafOpenpgpKeys),
      inSite(outputs.csafDocuments),
      inSite(outputs.securityTxt),
    ]);
    const pages = sign.steps.find((step) => action(step) === 'actions/upload-pages-artifact');
    expect(pages?.with?.path).toBe(siteDir);
    // The order: key checked, gpg installed, script and site fetched, signed, then packed.
    const order = ['Check the signing key is set', 'Sign the site'].map((name) =>
      sign.steps.findIndex((step) => step.name === name),
    );
    expect(order[0]).toBe(0);
    expect(order[1]).toBe(sign.steps.findIndex((step) => step === pages) - 1);
  });

  it('runs the browser tests on the signed artifact, with no key, and deploys only once they pass', () => {
    const tested = job('test-signed');
    expect(needsOf('test-signed')).toContain('sign');
    expect(tested.permissions).toEqual({ contents: 'read' });
    const download = tested.steps.find((step) => action(step) === 'actions/download-artifact');
    expect(download?.with?.name).toBe('github-pages');
    const run = tested.steps.find((step) => step.name === 'Test the signed build');
    expect(run?.run).toContain('csaf_trusted_provider');
    expect(run?.run).toContain('npm run test:e2e');
    expect(run?.env?.EXPECT_SIGNED_BUILD).toBe('true');
    // The site the tests check is the address the site was built for.
    const built = job('build').steps.find((step) => step.run === 'npm run build');
    expect(run?.env?.SITE_URL).toBe('${{ needs.build.outputs.site-url }}');
    expect(built?.env?.SITE_URL).toBe('${{ steps.address.outputs.site-url }}');
    expect(run?.env?.BASE_URL).toBe('${{ needs.build.outputs.base-url }}');

    expect([...needsOf('deploy')].sort()).toEqual(['sign', 'test-signed']);
    expect(job('deploy').steps.map(action)).toEqual(['actions/deploy-pages']);
    // Only the deploy job may publish.
    const publishers = Object.entries(jobs)
      .filter(([, body]) => body.permissions?.pages === 'write')
      .map(([name]) => name);
    expect(publishers).toEqual(['deploy']);
  });

  it('pins every action to a commit', () => {
    const uses = Object.values(jobs).flatMap((body) =>
      body.steps.flatMap((step) => (step.uses === undefined ? [] : [step.uses])),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('fails, saying why, when the secret is missing, and goes on when it is set', () => {
    const check = job('sign').steps.find((step) => step.name === 'Check the signing key is set');
    expect(check?.env?.OPENPGP_SIGNING_KEY).toBe(SECRET_KEY);
    const run = (key: string) =>
      spawnSync('sh', ['-e', '-c', check?.run ?? 'exit 0'], {
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
