/**
 * Search in Node: building the library index over a generated 10,000-document library and the latency of
 * typical queries, through shared/search/bench.ts (`generateLibrary`, `typicalQueries`,
 * `benchmarkSearch`). Loaded at run time and checked by shape, so a change or absence of that
 * module skips this benchmark instead of breaking the others.
 */
import { round1, SkipBenchmark, type Benchmark } from './benchmark';

const MODULE = 'shared/search/bench.ts';
/**
 * A 10,000-document library (the size) of short documents: 5 paragraphs of ~400
 * characters each, 50,000 paragraphs in all, so the build stays within the run's time budget.
 */
const DOCUMENTS = 10_000;
const BLOCKS_PER_DOCUMENT = 5;
/** Fifty typical queries, as the issue asks; the p95 rests on the slowest three. */
const QUERIES = 50;
const SEED = 1;

/** What this benchmark needs from the module, as its current version exports it. */
interface SearchBenchApi {
  readonly generateLibrary: (seed: number, documents: number, blocksPerDocument: number) => unknown;
  readonly typicalQueries: (seed: number, count: number) => unknown;
  readonly benchmarkSearch: (
    documents: unknown,
    queries: unknown,
    options: { readonly now: () => number; readonly heapUsed?: () => number },
  ) => unknown;
}

function searchApi(module: Record<string, unknown>): SearchBenchApi {
  const { generateLibrary, typicalQueries, benchmarkSearch } = module;
  if (
    typeof generateLibrary !== 'function' ||
    typeof typicalQueries !== 'function' ||
    typeof benchmarkSearch !== 'function'
  ) {
    throw new SkipBenchmark(
      `${MODULE} does not export generateLibrary, typicalQueries and benchmarkSearch`,
    );
  }
  return module as unknown as SearchBenchApi;
}

export const benchmark: Benchmark = {
  id: 'search',
  title: 'Search: 10,000 documents, 50,000 paragraphs, 50 queries (Node)',
  timeoutMs: 120_000,
  run: async ({ importTypeScript, log }) => {
    const api = searchApi(await importTypeScript(MODULE));
    log('generating the library and queries…');
    const documents = api.generateLibrary(SEED, DOCUMENTS, BLOCKS_PER_DOCUMENT);
    const queries = api.typicalQueries(SEED + 1, QUERIES);
    log('building the index and querying…');
    const output = api.benchmarkSearch(documents, queries, {
      now: () => performance.now(),
      // Without --expose-gc this is the heap as it stands, garbage included: a rough figure.
      heapUsed: () => process.memoryUsage().heapUsed,
    });
    if (typeof output !== 'object' || output === null) {
      throw new Error(`benchmarkSearch returned ${String(output)}, not figures`);
    }
    const result: Readonly<Record<string, unknown>> = { ...output };
    const figure = (key: string): number => {
      const value = result[key];
      return typeof value === 'number' ? value : Number.NaN;
    };
    const heap = figure('heapBytes');
    return {
      figures: [
        { label: 'paragraphs indexed', value: figure('blocks'), unit: 'count' },
        { label: 'build the index', value: round1(figure('buildMs')), unit: 'ms' },
        {
          label: `query, median of ${figure('queries')}`,
          value: round1(figure('queryMedianMs')),
          unit: 'ms',
        },
        { label: 'query, p95', value: round1(figure('queryP95Ms')), unit: 'ms' },
        { label: 'query, slowest', value: round1(figure('queryMaxMs')), unit: 'ms' },
        {
          label: 'heap growth while building (no forced GC)',
          value: Math.round(heap / 1024 / 1024),
          unit: 'MB',
        },
      ],
      details: Object.fromEntries(
        Object.entries(result).flatMap(([key, value]) =>
          typeof value === 'number' ? [[key, value]] : [],
        ),
      ),
    };
  },
};
