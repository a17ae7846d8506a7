// `npm test`: every check, each an npm script of its own, and how long each took.
//
// The builds come first: a mistake in the data or an advisory stops them with a message naming
// the file and line (and, in GitHub Actions, an annotation on it), before any other check can
// fail on the same mistake less clearly. Then two lanes run side by side and share the machine,
// each about as long as the other: the HTML checks and the browser tests, which wait on Chromium
// much of the time; and the checks that need no build (types, lint, unit tests, the builds of
// copies). A lane stops at its first failure; the other finishes the stage it is in.
import { spawn } from 'node:child_process';

const FIRST = ['build', 'build:fixtures'];
const BROWSER_LANE = ['lint:html', 'lint:md', 'spell', 'format:check', 'test:e2e'];
const CHECKS_LANE = ['typecheck', 'lint', 'test:unit', 'test:build'];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times: [string, number][] = [];
let failed: string | undefined;

/**
 * Runs `npm run <stage>`. Its output goes straight to the terminal when `live`, else it is kept
 * and printed whole when the stage ends, so two lanes never interleave their lines.
 */
function runStage(stage: string, { live }: { live: boolean }): Promise<boolean> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', stage], {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (status) => {
      const seconds = (performance.now() - start) / 1000;
      times.push([stage, seconds]);
      if (!live) {
        process.stdout.write(
          `\n── npm run ${stage}: ${status === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s ──\n`,
        );
        process.stdout.write(Buffer.concat(output));
      }
      if (status !== 0) failed ??= stage;
      resolve(status === 0);
    });
  });
}

/** The stages one after the other, stopping at the first that fails (or once another lane has). */
async function lane(stages: readonly string[], options: { live: boolean }): Promise<void> {
  for (const stage of stages) {
    if (failed !== undefined) return;
    if (!(await runStage(stage, options))) return;
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  await lane(FIRST, { live: true });
  await Promise.all([lane(BROWSER_LANE, { live: true }), lane(CHECKS_LANE, { live: false })]);
  const wall = (performance.now() - started) / 1000;

  const all = [...FIRST, ...BROWSER_LANE, ...CHECKS_LANE];
  const width = Math.max(...all.map((stage) => stage.length));
  console.log('\nnpm test, stage by stage (the two lanes after the builds run side by side):');
  for (const stage of all) {
    const time = times.find(([name]) => name === stage)?.[1];
    console.log(
      `  ${stage.padEnd(width)}  ${time === undefined ? 'not run' : `${time.toFixed(1)} s`}`,
    );
  }
  console.log(`  ${'total'.padEnd(width)}  ${wall.toFixed(1)} s (wall clock)`);
  if (failed !== undefined) {
    console.error(`\nnpm run ${failed} failed: fix it and run npm test again.`);
    process.exitCode = 1;
  }
}

void main();
