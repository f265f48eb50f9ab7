/**
 * Runs one benchmark in a worker thread of scripts/bench.mjs, so a benchmark stuck in
 * synchronous work can still be stopped (the runner terminates the thread) and each one starts
 * with a fresh heap and JIT. Talks to the runner only through the messages below.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { Benchmark, BenchmarkOutcome } from './benchmark';
import { createHarness } from './harness';

/** What the runner passes in. */
export interface WorkerInput {
  /** The bundled benchmark module to import. */
  readonly moduleFile: string;
  readonly root: string;
  readonly cacheDir: string;
  /** Identifies one `npm run bench`, so the renderer is built once per run, not per benchmark. */
  readonly runId: string;
}

/** What the worker reports, in order: `start`, any `log`s, then `done` or `error`. */
export type WorkerMessage =
  | {
      readonly type: 'start';
      readonly id: string;
      readonly title: string;
      readonly timeoutMs: number;
    }
  | { readonly type: 'log'; readonly line: string }
  | { readonly type: 'done'; readonly outcome: BenchmarkOutcome; readonly chromium?: string }
  | {
      readonly type: 'error';
      readonly name: string;
      readonly message: string;
      readonly stack?: string;
    };

/** The runner sends this when time is up: browsers close, pending waits fail. */
export const ABORT_MESSAGE = 'abort';

const port = parentPort;
if (!port) throw new Error('bench/worker.ts runs as a worker thread of scripts/bench.mjs');
const input = workerData as WorkerInput;
const post = (message: WorkerMessage): void => port.postMessage(message);
const controller = new AbortController();
port.on('message', (message: unknown) => {
  if (message === ABORT_MESSAGE) controller.abort();
});

const log = (line: string): void => post({ type: 'log', line });
const harness = createHarness({
  root: input.root,
  cacheDir: input.cacheDir,
  runId: input.runId,
  log,
});
try {
  const module = (await import(pathToFileURL(input.moduleFile).href)) as { benchmark?: Benchmark };
  const benchmark = module.benchmark;
  if (!benchmark) throw new Error(`${input.moduleFile} exports no benchmark`);
  post({ type: 'start', id: benchmark.id, title: benchmark.title, timeoutMs: benchmark.timeoutMs });
  const outcome = await benchmark.run({
    root: input.root,
    cacheDir: input.cacheDir,
    signal: controller.signal,
    browser: harness.browser,
    log,
  });
  const chromium = harness.chromiumVersion();
  post({ type: 'done', outcome, ...(chromium ? { chromium } : {}) });
} catch (error) {
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  post({ type: 'error', name, message, ...(stack ? { stack } : {}) });
} finally {
  await harness.close();
}
