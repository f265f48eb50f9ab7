/**
 * Benchmarks that live in a module someone else owns and may not have landed yet: the module
 * exports a function taking `{ now }` (a millisecond clock) and returning figures by name, as
 * shared/anchoring/bench.ts does. Absent module or function: the benchmark is skipped.
 */
import { round1, SkipBenchmark, type Benchmark, type Figure } from './benchmark';

/** What such a module's benchmark function looks like. */
export type ModuleBenchmarkFunction = (options: {
  readonly now: () => number;
}) => Record<string, number> | Promise<Record<string, number>>;

export interface OptionalModuleBenchmark {
  readonly id: string;
  readonly title: string;
  /** Repository path of the module, e.g. `shared/search/bench.ts`. */
  readonly path: string;
  /** The exported function to call, e.g. `runSearchBenchmark`. */
  readonly exportName: string;
  readonly timeoutMs: number;
}

/**
 * A benchmark that calls `exportName` from `path`. Every numeric figure it returns is printed;
 * names ending in `Ms` are milliseconds, names ending in `PerSecond` are rates, others counts.
 */
export function optionalModuleBenchmark(spec: OptionalModuleBenchmark): Benchmark {
  return {
    id: spec.id,
    title: spec.title,
    timeoutMs: spec.timeoutMs,
    run: async ({ importTypeScript }) => {
      const module = await importTypeScript(spec.path);
      const run = module[spec.exportName];
      if (typeof run !== 'function') {
        throw new SkipBenchmark(`${spec.path} does not export ${spec.exportName} yet`);
      }
      const result: unknown = await (run as ModuleBenchmarkFunction)({
        now: () => performance.now(),
      });
      if (typeof result !== 'object' || result === null) {
        throw new Error(`${spec.exportName} returned ${String(result)}, not figures by name`);
      }
      const figures: Figure[] = Object.entries(result).flatMap(([label, value]) =>
        typeof value === 'number' ? [figureOf(label, value)] : [],
      );
      return { figures, details: Object.fromEntries(figures.map((f) => [f.label, f.value])) };
    },
  };
}

function figureOf(label: string, value: number): Figure {
  if (label.endsWith('Ms')) return { label, value: round1(value), unit: 'ms' };
  if (label.endsWith('PerSecond')) return { label, value: Math.round(value), unit: 'rows/s' };
  return { label, value, unit: 'count' };
}
