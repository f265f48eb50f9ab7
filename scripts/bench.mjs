// `npm run bench`: runs every benchmark in bench/ and prints their figures as one table (also
// written to bench-results/latest.json). Each benchmark is bundled with esbuild and run in its
// own worker thread, bounded in time; one that cannot run is printed as "skipped: <reason>".
// The exit code is 1 only when a benchmark failed unexpectedly. `npm run bench -- anchoring`
// runs only that one.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * @typedef {import('../bench/benchmark').Figure} Figure
 * @typedef {import('../bench/worker').WorkerInput} WorkerInput
 * @typedef {import('../bench/worker').WorkerMessage} WorkerMessage
 * @typedef {{
 *   id: string,
 *   title: string,
 *   status: 'ok' | 'skipped' | 'failed',
 *   reason?: string,
 *   seconds: number,
 *   figures: readonly Figure[],
 *   details?: Readonly<Record<string, number | string>>,
 * }} BenchmarkReport
 */

/**
 * The benchmarks, in the order they run: `bench/<name>.bench.ts`, each exporting `benchmark`.
 * Add one by writing its file and listing it here.
 */
const BENCHMARKS = [
  'anchoring',
  'first-start',
  'large-library',
  'open-document',
  'dexie-bulk-put',
  'import',
  'search',
  'reuse',
  'briefing',
];

/** The whole run stays under ten minutes; a benchmark that would start later is skipped. */
const RUN_BUDGET_MS = 10 * 60_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'node_modules', '.cache', 'bench');
const resultsFile = join(root, 'bench-results', 'latest.json');
/** Must match ABORT_MESSAGE in bench/worker.ts. */
const ABORT_MESSAGE = 'abort';
/** After asking a timed-out benchmark to stop, how long its browsers get to close. */
const ABORT_GRACE_MS = 5000;
/** The Chromium version, once a browser benchmark has reported it. */
let chromium = '';
const dim = process.stdout.isTTY
  ? (/** @type {string} */ text) => `\x1b[2m${text}\x1b[22m`
  : String;

/**
 * Bundles a TypeScript file of bench/ with what it imports from the repository (packages stay
 * external) into one ES module in the cache folder.
 * @param {string} name file name without `.ts`
 * @returns {Promise<string>} the bundle's path
 */
async function bundle(name) {
  const outfile = join(cacheDir, `${name}.mjs`);
  await build({
    entryPoints: [join(root, 'bench', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  return outfile;
}

/**
 * @param {string} text
 * @returns {string}
 */
function firstLine(text) {
  // esbuild and Playwright errors run to many lines; the first says what went wrong.
  return text.split('\n')[0]?.trim() ?? text;
}

/**
 * Runs one benchmark in a worker thread and never throws. Past its time (or the run's), the
 * worker is asked to abort (its browsers close), then terminated, even mid-computation.
 * @param {string} name
 * @param {string} workerFile the bundled bench/worker.ts
 * @param {string} runId
 * @param {number} deadline `performance.now()` past which nothing new starts
 * @returns {Promise<BenchmarkReport>}
 */
async function runOne(name, workerFile, runId, deadline) {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  /** @type {Pick<BenchmarkReport, 'id' | 'title'>} */
  let heading = { id: name, title: name };
  /**
   * @param {'skipped' | 'failed'} status
   * @param {string} reason
   * @returns {BenchmarkReport}
   */
  const notRun = (status, reason) => {
    console.log(`  skipped: ${status === 'failed' ? 'failed: ' : ''}${reason}`);
    return { ...heading, status, reason, seconds: seconds(), figures: [] };
  };
  try {
    const moduleFile = await bundle(`${name}.bench`);
    if (deadline - performance.now() <= 0) {
      console.log(`\n${name}`);
      return notRun('skipped', 'the run has used its five minutes');
    }
    /** @type {WorkerInput} */
    const input = { moduleFile, root, cacheDir, runId };
    const worker = new Worker(workerFile, { workerData: input });
    return await new Promise((resolve) => {
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      let timer;
      let settled = false;
      let timedOut = '';
      /** @param {BenchmarkReport} report */
      const finish = (report) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // Playwright may keep the thread alive after its work is done; a stuck one must stop.
        void worker.terminate().then(() => resolve(report));
      };
      const finishTimedOut = () => finish(notRun('skipped', timedOut));
      worker.on('message', (/** @type {WorkerMessage} */ message) => {
        if (timedOut) {
          // Whatever comes after the abort (usually "browser has been closed") is its echo.
          if (message.type === 'done' || message.type === 'error') finishTimedOut();
          return;
        }
        switch (message.type) {
          case 'start': {
            heading = { id: message.id, title: message.title };
            console.log(`\n${message.title}`);
            const budget = Math.min(message.timeoutMs, deadline - performance.now());
            timer = setTimeout(() => {
              timedOut = `timed out after ${Math.round(budget / 1000)} s`;
              worker.postMessage(ABORT_MESSAGE);
              // A grace period for browsers to close; then stop the thread whatever it does.
              timer = setTimeout(finishTimedOut, ABORT_GRACE_MS);
            }, budget);
            break;
          }
          case 'log':
            console.log(dim(`  ${message.line}`));
            break;
          case 'done':
            if (message.chromium) chromium = message.chromium;
            finish({ ...heading, status: 'ok', seconds: seconds(), ...message.outcome });
            break;
          case 'error': {
            if (heading.title === name) console.log(`\n${name}`);
            const expected = message.name === 'SkipBenchmark';
            if (!expected && message.stack) console.error(dim(message.stack));
            finish(notRun(expected ? 'skipped' : 'failed', firstLine(message.message)));
            break;
          }
        }
      });
      worker.on('error', (error) => {
        if (settled) return;
        if (heading.title === name) console.log(`\n${name}`);
        finish(notRun('failed', firstLine(error.message)));
      });
      worker.on('exit', (code) => {
        if (settled) return;
        if (heading.title === name) console.log(`\n${name}`);
        finish(notRun('failed', `the worker exited (code ${code}) without a result`));
      });
    });
  } catch (error) {
    console.log(`\n${heading.title}`);
    return notRun('failed', firstLine(error instanceof Error ? error.message : String(error)));
  }
}

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/**
 * @param {Figure} figure
 * @returns {string}
 */
function formatValue(figure) {
  if (Number.isNaN(figure.value)) return 'n/a';
  switch (figure.unit) {
    case 'share':
      return `${number.format(figure.value * 100)} %`;
    case 'count':
      return number.format(figure.value);
    default:
      return `${number.format(figure.value)} ${figure.unit}`;
  }
}

/**
 * The table: one block per benchmark, its figures with value and, where there is one, the
 * ratio to its baseline.
 * @param {readonly BenchmarkReport[]} reports
 * @returns {string}
 */
function table(reports) {
  const labels = reports.flatMap((r) => r.figures.map((f) => f.label.length));
  const labelWidth = Math.max(40, ...labels) + 2;
  const values = reports.flatMap((r) => r.figures.map((f) => formatValue(f).length));
  const valueWidth = Math.max(10, ...values);
  const lines = [];
  for (const report of reports) {
    const head = `${report.title} `.padEnd(labelWidth + valueWidth + 2, '·');
    lines.push(`${head} ${report.seconds} s`);
    if (report.status !== 'ok') {
      lines.push(`  skipped: ${report.status === 'failed' ? 'failed: ' : ''}${report.reason}`);
      continue;
    }
    for (const figure of report.figures) {
      const ratio = figure.ratio
        ? `  ${Number.isNaN(figure.ratio.value) ? 'n/a' : number.format(figure.ratio.value)}× ${figure.ratio.against}`
        : '';
      lines.push(
        `  ${figure.label.padEnd(labelWidth)}${formatValue(figure).padStart(valueWidth)}${ratio}`,
      );
    }
  }
  return lines.join('\n');
}

async function main() {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !BENCHMARKS.includes(name));
  if (unknown.length > 0) {
    console.error(`No such benchmark: ${unknown.join(', ')}. There are: ${BENCHMARKS.join(', ')}.`);
    process.exit(2);
  }
  const selected = only.length > 0 ? BENCHMARKS.filter((name) => only.includes(name)) : BENCHMARKS;
  const startedAt = new Date();
  const deadline = performance.now() + RUN_BUDGET_MS;
  await mkdir(cacheDir, { recursive: true });

  const workerFile = await bundle('worker');
  const runId = `${process.pid}-${startedAt.getTime()}`;
  /** @type {BenchmarkReport[]} */
  const reports = [];
  for (const name of selected) reports.push(await runOne(name, workerFile, runId, deadline));
  const environment = [
    `Node ${process.version}`,
    `${availableParallelism()} CPUs`,
    ...(chromium ? [chromium] : []),
  ].join(' · ');
  console.log(`\nRightsmark benchmarks, ${startedAt.toISOString()} · ${environment}`);
  console.log(
    'Timings swing between runs on a shared machine: compare the ratios (× a baseline of the same run).\n',
  );
  console.log(table(reports));

  await mkdir(dirname(resultsFile), { recursive: true });
  const results = { startedAt: startedAt.toISOString(), environment, benchmarks: reports };
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${resultsFile.slice(root.length + 1)}.`);

  const failed = reports.filter((r) => r.status === 'failed');
  if (failed.length > 0) {
    console.error(
      `${failed.length} benchmark(s) failed unexpectedly: ${failed.map((r) => r.id).join(', ')}.`,
    );
  }
  // Playwright and the server may leave handles behind; the run is over.
  process.exit(failed.length > 0 ? 1 : 0);
}

await main();
