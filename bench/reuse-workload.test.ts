/**
 * The reuse benchmarks at a small size: planted reuse must be found and look-alikes left out,
 * version comparison must recover the planted changes, and the sample formula case must hold.
 * `npm run bench -- reuse` runs them at full size (10,000 documents, 200,000 paragraphs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  benchmarkSampleFormula,
  benchmarkVersionComparison,
  benchmarkWordingSearch,
  generateReuseLibrary,
} from './reuse-workload';

describe('reuse benchmarks, small', () => {
  it('finds planted reuse with high precision and recall and shows no look-alike', () => {
    const figures = benchmarkWordingSearch(generateReuseLibrary(7, 200, 20, 20), {
      now: () => performance.now(),
    });
    expect(figures.paragraphs).toBe(4_000);
    // The searches run on the index rebuilt from the stored rows, as after a restart.
    expect(figures.storedMB).toBeGreaterThan(0);
    expect(figures.restartMs).toBeGreaterThan(0);
    expect(figures.recallExact).toBe(1);
    expect(figures.recallEdited).toBeGreaterThanOrEqual(0.9);
    expect(figures.recallReordered).toBeGreaterThanOrEqual(0.9);
    expect(figures.lookAlikesShown).toBe(0);
    expect(figures.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('recovers planted moves, edits, verb changes, additions and removals', () => {
    const figures = benchmarkVersionComparison(3, 20);
    expect(figures.precision).toBeGreaterThanOrEqual(0.95);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.verbChangesNamed).toBe(1);
  });

  it('finds every repeat and variant of the sample formula and nothing else', () => {
    const root = path.join(import.meta.dirname, '../resources/corpus');
    const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as {
      documents: { file: string; format: 'text' | 'markdown' }[];
    };
    const corpus = manifest.documents.map((d) => ({
      file: d.file,
      format: d.format,
      source: readFileSync(path.join(root, d.file), 'utf8'),
    }));
    expect(benchmarkSampleFormula(corpus)).toEqual({
      precision: 1,
      recall: 1,
      found: 6,
      expected: 6,
    });
  });
});
