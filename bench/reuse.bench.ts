/**
 * Agreed language in Node, through bench/reuse-workload.ts: wording search over a generated
 * 10,000-document library (200,000 paragraphs) with planted reuse (index build, memory, query
 * median and p95 against the 100 ms goal, precision and recall by kind of reuse), the sample
 * library's offline/online formula as a named case, the index's rebuild from its stored rows (a
 * restart), and version comparison's precision and recall over generated pairs of drafts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TextSourceFormat } from '../shared/text/parse-document';
import { round1, type Benchmark } from './benchmark';
import {
  benchmarkSampleFormula,
  benchmarkVersionComparison,
  benchmarkWordingSearch,
  generateReuseLibrary,
} from './reuse-workload';

/** The size: 10,000 documents of 20 paragraphs (~40 words each). */
const DOCUMENTS = 10_000;
const PARAGRAPHS_PER_DOCUMENT = 20;
/** Fifty planted formulas, each one query; the p95 rests on the slowest three. */
const FORMULAS = 50;
const COMPARISON_PAIRS = 200;
const SEED = 12;

const number = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);
const percent = (value: unknown): number => Math.round(number(value) * 1000) / 1000;

export const benchmark: Benchmark = {
  id: 'reuse',
  title:
    'Agreed language: wording search over 10,000 documents, 200,000 paragraphs; version comparison (Node)',
  timeoutMs: 240_000,
  run: async ({ log, root }) => {
    const corpusDir = path.join(root, 'resources', 'corpus');
    const manifest = JSON.parse(await readFile(path.join(corpusDir, 'manifest.json'), 'utf8')) as {
      documents: { file: string; format: TextSourceFormat }[];
    };
    const corpus = await Promise.all(
      manifest.documents.map(async (document) => ({
        file: document.file,
        format: document.format,
        source: await readFile(path.join(corpusDir, document.file), 'utf8'),
      })),
    );
    const sample = benchmarkSampleFormula(corpus);
    log('comparing generated drafts…');
    const comparison = benchmarkVersionComparison(SEED, COMPARISON_PAIRS);
    log('generating the library with planted reuse…');
    const library = generateReuseLibrary(SEED, DOCUMENTS, PARAGRAPHS_PER_DOCUMENT, FORMULAS);
    log('building the wording index and searching…');
    const search = benchmarkWordingSearch(library, {
      now: () => performance.now(),
      // Without --expose-gc this is the heap as it stands, garbage included: a rough figure.
      heapUsed: () => process.memoryUsage().heapUsed,
    });
    return {
      figures: [
        { label: 'paragraphs indexed', value: number(search.paragraphs), unit: 'count' },
        { label: 'build the wording index', value: round1(number(search.buildMs)), unit: 'ms' },
        {
          label: 'index size (fingerprint arrays)',
          value: round1(number(search.indexMB)),
          unit: 'MB',
        },
        {
          label: 'heap growth while building (no forced GC)',
          value: Math.round(number(search.heapMB)),
          unit: 'MB',
        },
        {
          label: 'stored fingerprints (one row per document)',
          value: round1(number(search.storedMB)),
          unit: 'MB',
        },
        {
          label: 'restart: index rebuilt from stored rows (IndexedDB read not included)',
          value: round1(number(search.restartMs)),
          unit: 'ms',
        },
        {
          label: `query, median of ${number(search.queries)}`,
          value: round1(number(search.queryMedianMs)),
          unit: 'ms',
        },
        {
          label: 'query, p95 (goal < 100 ms)',
          value: round1(number(search.queryP95Ms)),
          unit: 'ms',
        },
        { label: 'planted reuse: precision', value: percent(search.precision), unit: 'share' },
        { label: 'planted reuse: recall', value: percent(search.recall), unit: 'share' },
        { label: 'recall, exact copies', value: percent(search.recallExact), unit: 'share' },
        { label: 'recall, 1–5 word edits', value: percent(search.recallEdited), unit: 'share' },
        {
          label: 'recall, reordered clauses',
          value: percent(search.recallReordered),
          unit: 'share',
        },
        {
          label: 'look-alikes shown (want 0)',
          value: percent(search.lookAlikesShown),
          unit: 'share',
        },
        {
          label: 'sample offline/online formula: precision',
          value: percent(sample.precision),
          unit: 'share',
        },
        {
          label: 'sample offline/online formula: recall',
          value: percent(sample.recall),
          unit: 'share',
        },
        {
          label: `version comparison (${COMPARISON_PAIRS} pairs): precision`,
          value: percent(comparison.precision),
          unit: 'share',
        },
        { label: 'version comparison: recall', value: percent(comparison.recall), unit: 'share' },
        {
          label: 'verb changes named with direction',
          value: percent(comparison.verbChangesNamed),
          unit: 'share',
        },
      ],
      details: Object.fromEntries(
        [
          ...Object.entries(search).map(([key, value]) => [`search.${key}`, value]),
          ...Object.entries(sample).map(([key, value]) => [`sample.${key}`, value]),
          ...Object.entries(comparison).map(([key, value]) => [`comparison.${key}`, value]),
        ].filter(([, value]) => typeof value === 'number'),
      ),
    };
  },
};
