/**
 * Search in Node: building the library index over a generated 10,000-document library and the
 * latency of typical queries, through bench/search-workload.ts.
 */
import { round1, type Benchmark } from './benchmark';
import { benchmarkQueries, benchmarkSearch, generateLibrary } from './search-workload';

/**
 * A 10,000-document library (the size) of short documents: 5 paragraphs of ~400
 * characters each, 50,000 paragraphs in all, so the build stays within the run's time budget.
 */
const DOCUMENTS = 10_000;
const BLOCKS_PER_DOCUMENT = 5;
/**
 * Fifty typical queries and fifty harder ones (rare words, phrases, other languages, queries
 * that find nothing); the p95 rests on the slowest five.
 */
const QUERIES = 100;
const SEED = 1;

export const benchmark: Benchmark = {
  id: 'search',
  title: 'Search: 10,000 documents, 50,000 paragraphs, 100 queries (Node)',
  timeoutMs: 120_000,
  run: async ({ log }) => {
    log('generating the library and queries…');
    const documents = generateLibrary(SEED, DOCUMENTS, BLOCKS_PER_DOCUMENT);
    const queries = benchmarkQueries(SEED + 1, QUERIES, documents);
    log('building the index and querying…');
    const result = benchmarkSearch(documents, queries, {
      now: () => performance.now(),
      // Without --expose-gc this is the heap as it stands, garbage included: a rough figure.
      heapUsed: () => process.memoryUsage().heapUsed,
    });
    const heap = result.heapBytes ?? Number.NaN;
    return {
      figures: [
        { label: 'paragraphs indexed', value: result.blocks, unit: 'count' },
        { label: 'build the index', value: round1(result.buildMs), unit: 'ms' },
        {
          label: `query, median of ${result.queries}`,
          value: round1(result.queryMedianMs),
          unit: 'ms',
        },
        { label: 'query, p95', value: round1(result.queryP95Ms), unit: 'ms' },
        { label: 'query, slowest', value: round1(result.queryMaxMs), unit: 'ms' },
        { label: 'queries that find nothing', value: result.zeroHitQueries, unit: 'count' },
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
