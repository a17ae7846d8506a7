/**
 * `npm run bench`: a cold production build, then for the home page and each policy page, Lighthouse
 * mobile (median of 3 runs) and the bytes a first visit transfers. Prints the figures and writes
 * them into BENCHMARK.md, between its markers; asserts nothing: speed and size are tracked there,
 * not in timed tests.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

import { ensureChromium, CHROMIUM_ARGS } from '../e2e/chromium';
import { builtRoot } from '../e2e/globalSetup';
import { serveWithHeaders } from '../e2e/headersServer';
import { routes } from '../src/data/site';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const DOCUSAURUS = 'node_modules/@docusaurus/core/bin/docusaurus.mjs';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function coldBuild(): number {
  rmSync('build', { recursive: true, force: true });
  rmSync('.docusaurus', { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [DOCUSAURUS, 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed');
  return (performance.now() - started) / 1000;
}

interface Request {
  readonly url: string;
  readonly resourceType?: string;
  readonly transferSize?: number;
}

interface PageFigures {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  bytes: Record<'html' | 'css' | 'js', { transferred: number; gzip: number }>;
}

const KINDS: Readonly<Record<string, 'html' | 'css' | 'js'>> = {
  Document: 'html',
  Stylesheet: 'css',
  Script: 'js',
};

async function measure(url: string, port: number): Promise<PageFigures> {
  const runs: Result[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
    runs.push(result.lhr);
  }
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      Math.round(median(runs.map((lhr) => (lhr.categories[category]?.score ?? 0) * 100))),
    ]),
  ) as PageFigures['scores'];
  const metric = (id: string): number =>
    median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? 0));

  // Bytes of the first run's requests, by kind: as transferred (gzip), and the gzip size at level 9.
  const bytes: PageFigures['bytes'] = {
    html: { transferred: 0, gzip: 0 },
    css: { transferred: 0, gzip: 0 },
    js: { transferred: 0, gzip: 0 },
  };
  const details = runs[0]?.audits['network-requests']?.details as { items?: Request[] } | undefined;
  for (const request of details?.items ?? []) {
    const kind = KINDS[request.resourceType ?? ''];
    if (kind === undefined) continue;
    const body = Buffer.from(await (await fetch(request.url)).arrayBuffer());
    bytes[kind].transferred += request.transferSize ?? 0;
    bytes[kind].gzip += gzipSync(body, { level: 9 }).length;
  }
  return {
    scores,
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    bytes,
  };
}

const kib = (n: number): string => (n / 1024).toFixed(1);

async function main(): Promise<void> {
  const buildSeconds = coldBuild();
  // Served as a real host would: the shipped headers, gzip, robots.txt at the domain root.
  const { root, close } = await serveWithHeaders('build', builtRoot('build').pathname);
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: CHROMIUM_ARGS,
  });
  const pages = Object.entries(routes);
  const rows: string[] = [];
  try {
    for (const [name, path] of pages) {
      const url = new URL(path.replace(/^\//, ''), root).href;
      const f = await measure(url, chrome.port);
      rows.push(
        [
          name,
          f.scores.performance,
          f.scores.accessibility,
          f.scores['best-practices'],
          f.scores.seo,
          Math.round(f.lcpMs),
          Math.round(f.tbtMs),
          f.cls.toFixed(3),
          kib(f.bytes.html.gzip),
          kib(f.bytes.css.gzip),
          kib(f.bytes.js.gzip),
          kib(f.bytes.html.transferred + f.bytes.css.transferred + f.bytes.js.transferred),
        ].join(' | '),
      );
      process.stderr.write(`measured ${name}\n`);
    }
  } finally {
    chrome.kill();
    await close();
  }
  const header =
    'page | perf | a11y | best | seo | LCP ms | TBT ms | CLS | HTML KiB gz | CSS KiB gz | JS KiB gz | KiB transferred';
  const figures = [
    `Last run: ${new Date().toISOString().slice(0, 10)} (UTC), on a machine with ${String(availableParallelism())} cores. Cold build: ${buildSeconds.toFixed(1)} s.`,
    '',
    `Lighthouse ${String(RUNS)} runs per page, mobile, median; bytes of a first visit.`,
    '',
    `| ${header} |`,
    `|${header
      .split(' | ')
      .map(() => '---')
      .join('|')}|`,
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
  console.log(figures);
  writeFileSync(BENCHMARK, withFigures(readFileSync(BENCHMARK, 'utf8'), figures));
  console.log(`\nWrote the figures into ${BENCHMARK}.`);
}

const BENCHMARK = 'BENCHMARK.md';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** `text` with `figures` between its markers, in place of the last run's. */
function withFigures(text: string, figures: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start)
    throw new Error(`${BENCHMARK} has no ${START} … ${END} markers.`);
  return `${text.slice(0, start + START.length)}\n\n${figures}\n\n${text.slice(end)}`;
}

await main();
