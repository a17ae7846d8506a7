// `npm test`: every check, in order, each an npm script of its own; stops at the first that fails,
// and prints how long each stage took, for the README's figures and for anyone wondering where
// the time goes.
import { spawnSync } from 'node:child_process';

// The builds come first: a mistake in the data or an advisory stops them with a message naming
// the file and line (and, in GitHub Actions, an annotation on it), before any other check can
// fail on the same mistake less clearly.
const STAGES = [
  'build',
  'build:fixtures',
  'typecheck',
  'lint',
  'lint:md',
  'spell',
  'format:check',
  'test:unit',
  'lint:html',
  'test:build',
  'test:e2e',
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const times: [string, number][] = [];
let failed: string | undefined;
for (const stage of STAGES) {
  const start = performance.now();
  const { status } = spawnSync(npm, ['run', stage], { stdio: 'inherit' });
  times.push([stage, (performance.now() - start) / 1000]);
  if (status !== 0) {
    failed = stage;
    break;
  }
}

const width = Math.max(...STAGES.map((stage) => stage.length));
console.log('\nnpm test, stage by stage:');
for (const [stage, seconds] of times)
  console.log(`  ${stage.padEnd(width)}  ${seconds.toFixed(1)} s`);
const total = times.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(`  ${'total'.padEnd(width)}  ${total.toFixed(1)} s`);
if (failed !== undefined) {
  console.error(`\nnpm run ${failed} failed: fix it and run npm test again.`);
  process.exitCode = 1;
}
