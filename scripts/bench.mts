/**
 * `npm run bench`: a cold production build, then for the home page and each policy page, Lighthouse
 * mobile (median of 3 runs) and the bytes a first visit transfers; then the scale benchmark: cold
 * builds of the fixture site with 10 and with 1,000 generated advisories (twice each, the faster
 * kept), their times and sizes,
 * with 999 in one year, and with the ids of the largest sidebar a page can show, for the largest page.
 * `npm run bench -- --scale` runs the scale benchmark only, `-- --lighthouse` the rest only.
 * Prints the figures and writes them into BENCHMARK.md, between its markers; asserts nothing:
 * speed and size are tracked there, not in timed tests.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

import { ensureChromium, CHROMIUM_ARGS } from '../e2e/chromium';
import { builtRoot } from '../e2e/globalSetup';
import { serveWithHeaders } from '../e2e/headersServer';
import { advisoryYear } from '../plugins/advisories/sidebar';
// pages.ts itself: the index re-exports it, which Node's ESM loader cannot see in a CommonJS module.
import { routes } from '../src/lib/site/pages';
import {
  generatedAdvisories,
  generatedAdvisoriesWithIds,
  largestSidebarIds,
} from '../tests/fixtures/generatedAdvisories';
import { FIXTURE_BUILD_DAY } from '../tests/fixtures/releases';
import { releases as fixtureReleases } from '../tests/fixtures/siteReleases';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const DOCUSAURUS = 'node_modules/@docusaurus/core/bin/docusaurus.mjs';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function coldBuild(
  args: readonly string[] = [],
  { outDir = 'build', env = {} }: { outDir?: string; env?: Record<string, string> } = {},
): number {
  rmSync(outDir, { recursive: true, force: true });
  rmSync('.docusaurus', { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [DOCUSAURUS, 'build', '--out-dir', outDir, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
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
  // A run Lighthouse could not finish (its runtimeError: a trace that failed, no paint seen) scores
  // 0 in every category: it is run again, up to twice, rather than counted.
  let failures = 0;
  while (runs.length < RUNS) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
    const error = result.lhr.runtimeError;
    if (error === undefined) {
      runs.push(result.lhr);
    } else if (++failures > 2) {
      throw new Error(`Lighthouse could not measure ${url}: ${error.code}: ${error.message}`);
    }
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
/** `30000` → `30,000`, without Intl (whose locale data the site avoids; BENCHMARK.md). */
const bytes = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

async function lighthouseFigures(): Promise<string> {
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
  return figures;
}

/**
 * The scale benchmark's builds: how many advisories, and the first year their ids spread from (up
 * to the fixture build day's year, 2022). The first two give the time ratio; the third puts nearly
 * a year's every id (999) into one year; the last has the ids of the largest sidebar a page can
 * show over 30 years of ids (largestSidebarIds: the top, a decade's years, a year's hundreds, tens
 * and advisories), in a few hundred advisories rather than the 29,970 of every id, for the page size.
 */
const FIRST_YEAR = 2013;
const LAST_YEAR = Number(FIXTURE_BUILD_DAY.slice(0, 4));
const SCALE_RUNS: readonly ScaleInput[] = [
  { count: 10, firstYear: FIRST_YEAR },
  { count: 1000, firstYear: FIRST_YEAR },
  { count: 999, firstYear: LAST_YEAR },
  { ids: largestSidebarIds(LAST_YEAR, 30) },
];

/** The goal for an advisory page's HTML, in bytes: under 30 KB, whether a KB is 1,000 or 1,024. */
const MOST_PAGE_BYTES = 30_000;

type ScaleInput =
  { readonly count: number; readonly firstYear: number } | { readonly ids: readonly string[] };

/** Bytes of every file under `dir`. */
function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

interface ScaleRun {
  readonly count: number;
  readonly years: number;
  readonly perYear: number;
  readonly seconds: number;
  readonly outputBytes: number;
  readonly largestPage: { readonly name: string; readonly bytes: number };
}

/**
 * A cold build of the fixture site (scripts/scaleSite.config.ts) with `count` generated advisories,
 * written with the build into a temporary folder, never into the repository's advisories/.
 */
function scaleRun(input: ScaleInput): ScaleRun {
  const folder = mkdtempSync(join(tmpdir(), 'milex-scale-'));
  try {
    const advisories = join(folder, 'advisories');
    mkdirSync(advisories);
    const site = { buildDay: FIXTURE_BUILD_DAY, releases: fixtureReleases };
    const files =
      'ids' in input
        ? generatedAdvisoriesWithIds({ ids: input.ids, ...site })
        : generatedAdvisories({ count: input.count, firstYear: input.firstYear, ...site });
    const count = files.length;
    for (const [name, text] of files) writeFileSync(join(advisories, name), text);
    const outDir = join(folder, 'build');
    const seconds = coldBuild(['--config', 'scripts/scaleSite.config.ts'], {
      outDir,
      env: { SCALE_ADVISORIES: advisories },
    });
    const pages = readdirSync(join(outDir, 'advisories'))
      .filter((name) => /^MILEX-\d{4}-\d{3}\.html$/.test(name))
      .map((name) => ({ name, bytes: statSync(join(outDir, 'advisories', name)).size }));
    if (pages.length !== count) {
      throw new Error(`${String(count)} advisories built ${String(pages.length)} pages`);
    }
    const largestPage = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const perYear = new Map<string, number>();
    for (const [name] of files) {
      const year = advisoryYear(name.replace(/\.md$/, ''));
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
    }
    return {
      count,
      years: perYear.size,
      perYear: Math.max(...perYear.values()),
      seconds,
      outputBytes: sizeOf(outDir),
      largestPage,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync('.docusaurus', { recursive: true, force: true });
  }
}

/**
 * How many times the two builds the time ratio compares are made, in turn, the faster of each
 * kept: the benchmark's first build also fills the machine's file cache, and a busy moment then
 * slows one build rather than both.
 */
const RATIO_RUNS = 2;

/** The faster of `runs`. */
const fastest = (runs: readonly ScaleRun[]): ScaleRun =>
  runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

function scaleFigures(): string {
  const [fewInput, manyInput, ...others] = SCALE_RUNS;
  if (fewInput === undefined || manyInput === undefined) throw new Error('two runs to compare');
  const pairs = Array.from({ length: RATIO_RUNS }, () => ({
    few: scaleRun(fewInput),
    many: scaleRun(manyInput),
  }));
  const runs = [
    fastest(pairs.map(({ few }) => few)),
    fastest(pairs.map(({ many }) => many)),
    ...others.map(scaleRun),
  ];
  const [few, many] = [runs[0], runs[1]];
  const ratio = few === undefined || many === undefined ? Number.NaN : many.seconds / few.seconds;
  const largest = Math.max(...runs.map((run) => run.largestPage.bytes));
  const header =
    'advisories | years | a year, at most | cold build s | output MB | largest advisory page, bytes';
  return [
    `Last run: ${new Date().toISOString().slice(0, 10)} (UTC), on a machine with ${String(availableParallelism())} cores: the fixture site with generated advisories, up to ${String(LAST_YEAR)}: spread evenly over the years of their ids, and last the ids of the largest sidebar a page can show over 30 years (one id a year, but a year with one in each hundred and all of its last).`,
    '',
    `| ${header} |`,
    `|${header
      .split(' | ')
      .map(() => '---')
      .join('|')}|`,
    ...runs.map(
      (run) =>
        `| ${[
          run.count,
          run.years,
          run.perYear,
          run.seconds.toFixed(1),
          (run.outputBytes / 1e6).toFixed(1),
          `${bytes(run.largestPage.bytes)} (${run.largestPage.name})`,
        ].join(' | ')} |`,
    ),
    '',
    `Build time, ${String(many?.count)} advisories against ${String(few?.count)}, the faster of ${String(RATIO_RUNS)} builds each: ${ratio.toFixed(2)} times (goal: at most 4): ${ratio <= 4 ? 'met' : 'not met'}. Largest advisory page, in any run: ${bytes(largest)} bytes (goal: under ${bytes(MOST_PAGE_BYTES)} bytes, which is under 30 KB whether a KB is 1,000 or 1,024 bytes): ${largest < MOST_PAGE_BYTES ? 'met' : 'not met'}.`,
  ].join('\n');
}

const BENCHMARK = 'BENCHMARK.md';

/** `text` with `figures` between the markers `<!-- bench:<part>:start -->` and its end. */
function withFigures(text: string, part: string, figures: string): string {
  const START = `<!-- bench:${part}start -->`;
  const END = `<!-- bench:${part}end -->`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start)
    throw new Error(`${BENCHMARK} has no ${START} … ${END} markers.`);
  return `${text.slice(0, start + START.length)}\n\n${figures}\n\n${text.slice(end)}`;
}

/** Prints one part's figures and writes them into BENCHMARK.md at once, so each run keeps them. */
function record(part: string, figures: string): void {
  console.log(`\n${figures}`);
  writeFileSync(BENCHMARK, withFigures(readFileSync(BENCHMARK, 'utf8'), part, figures));
  console.log(`\nWrote the figures into ${BENCHMARK}.`);
}

const args = new Set(process.argv.slice(2));
// --check loads the benchmark and all it imports, then stops: tests/builds/bench.test.ts runs it,
// so that a moved export fails the test suite rather than the next benchmark.
const known = new Set(['--scale', '--lighthouse', '--check']);
for (const arg of args) {
  if (!known.has(arg))
    throw new Error(
      `Unknown argument ${arg}: use --scale or --lighthouse, or none for both (--check only loads the benchmark).`,
    );
}
if (args.has('--check')) process.exit(0);
const all = args.size === 0;
if (all || args.has('--lighthouse')) record('', await lighthouseFigures());
if (all || args.has('--scale')) record('scale:', scaleFigures());
