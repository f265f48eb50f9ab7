/**
 * Search in Node: building the library index over a generated library of 10,000 documents and
 * 200,000 paragraphs, storing it and loading it again as after a restart, and the latency of
 * typical and hard queries, through bench/search-workload.ts.
 */
import { serialize, deserialize } from 'node:v8';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { StoredSegment } from '../shared/search/library-index';
import { round1, type Benchmark } from './benchmark';
import { benchmarkQueries, benchmarkSearch, generateLibrary } from './search-workload';

/** A 10,000-document library (the size) of 20 paragraphs of ~400 characters each. */
const DOCUMENTS = 10_000;
const BLOCKS_PER_DOCUMENT = 20;
/**
 * Fifty typical queries and fifty harder ones (rare words, phrases, other languages, queries
 * that find nothing); the p95 rests on the slowest five.
 */
const QUERIES = 100;
const SEED = 1;

/** A garbage collection on demand, so heap figures are live data, not garbage. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return typeof gc === 'function' ? gc : () => {};
}

export const benchmark: Benchmark = {
  id: 'search',
  title: 'Search: 10,000 documents, 200,000 paragraphs, 100 queries (Node)',
  timeoutMs: 300_000,
  run: async ({ log }) => {
    const gc = collector();
    log('generating the library and queries…');
    const documents = generateLibrary(SEED, DOCUMENTS, BLOCKS_PER_DOCUMENT);
    const queries = benchmarkQueries(SEED + 1, QUERIES, documents);
    log('building the index, storing it, loading it again and querying…');
    const result = await benchmarkSearch(documents, queries, {
      now: () => performance.now(),
      cpu: () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      },
      // The index's postings are typed arrays, held outside the JavaScript heap: both count.
      heapUsed: () => {
        gc();
        const { heapUsed, arrayBuffers } = process.memoryUsage();
        return heapUsed + arrayBuffers;
      },
      // The structured clone IndexedDB stores values with (V8's serializer): the bytes the
      // database writes and reads, without the disk.
      store: {
        save: (segments) => {
          const bytes = serialize(segments);
          return { bytes: bytes.length, load: () => deserialize(bytes) as StoredSegment[] };
        },
      },
    });
    const mb = (bytes: number | null) =>
      Math.round(((bytes ?? Number.NaN) / 1024 / 1024) * 10) / 10;
    return {
      figures: [
        { label: 'paragraphs indexed', value: result.blocks, unit: 'count' },
        {
          label: 'build the index (200-document segments, merged)',
          value: round1(result.buildMs),
          unit: 'ms',
        },
        { label: 'index stored (structured clone)', value: mb(result.storedBytes), unit: 'MB' },
        {
          label: 'restart: read the stored index, ready to search',
          value: round1(result.restartMs ?? Number.NaN),
          unit: 'ms',
        },
        {
          label: `query, median of ${result.queries}`,
          value: round1(result.queryMedianMs),
          unit: 'ms',
        },
        { label: 'query, p95', value: round1(result.queryP95Ms), unit: 'ms' },
        { label: 'query, slowest', value: round1(result.queryMaxMs), unit: 'ms' },
        {
          label: 'query, p95 of CPU time (what load does not stretch)',
          value: round1(result.queryCpuP95Ms ?? Number.NaN),
          unit: 'ms',
        },
        { label: 'queries that find nothing', value: result.zeroHitQueries, unit: 'count' },
        {
          label: 'memory held by the index (heap and typed arrays, after GC)',
          value: mb(result.heapBytes),
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
