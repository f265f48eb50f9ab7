/**
 * What a benchmark is to `npm run bench`: a titled run that returns figures to print. Each
 * `bench/*.bench.ts` file exports one `benchmark`; scripts/bench.mjs lists, runs and prints them.
 */
import type { BrowserSession } from './harness';

/** One printed figure. */
export interface Figure {
  readonly label: string;
  readonly value: number;
  readonly unit: 'ms' | 'rows/s' | 'share' | 'count' | 'KB' | 'MB';
  /**
   * This figure divided by another of the same run (a baseline), so readers compare ratios
   * rather than absolute timings, which swing on a shared 2-core machine.
   */
  readonly ratio?: { readonly value: number; readonly against: string };
}

/** What a benchmark returns: figures to print, and any raw numbers worth keeping in the JSON. */
export interface BenchmarkOutcome {
  readonly figures: readonly Figure[];
  readonly details?: Readonly<Record<string, number | string>>;
}

/** What the runner gives every benchmark. */
export interface BenchContext {
  /** The repository root. */
  readonly root: string;
  /** A writable folder for generated files (node_modules/.cache/bench). */
  readonly cacheDir: string;
  /** Aborted when the benchmark runs out of time; browser work stops when it is. */
  readonly signal: AbortSignal;
  /** Chromium serving a fresh build of the renderer; built and started on first use. */
  readonly browser: () => Promise<BrowserSession>;
  /** Progress lines, printed dimmed under the benchmark's title. */
  readonly log: (line: string) => void;
}

export interface Benchmark {
  /** Short stable name, the key in bench-results/latest.json. */
  readonly id: string;
  readonly title: string;
  /** Upper bound on the run; past it the benchmark is reported as skipped. */
  readonly timeoutMs: number;
  readonly run: (context: BenchContext) => Promise<BenchmarkOutcome>;
}

/**
 * Thrown when a benchmark cannot run for an expected reason (a module another engineer has not
 * landed yet, no Chromium on the machine); the runner prints "skipped: <reason>" and goes on.
 */
export class SkipBenchmark extends Error {
  override readonly name = 'SkipBenchmark';
}

/** Rounds to one decimal, enough for timings that vary by far more than that between runs. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** `value / baseline`, rounded to two decimals; NaN when the baseline is zero. */
export function ratioOf(value: number, baseline: number, against: string): Figure['ratio'] {
  return {
    value: baseline === 0 ? Number.NaN : Math.round((value / baseline) * 100) / 100,
    against,
  };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}
