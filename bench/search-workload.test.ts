import { describe, expect, it } from 'vitest';
import {
  benchmarkQueries,
  benchmarkSearch,
  generateLibrary,
  typicalQueries,
} from './search-workload';

describe('benchmarkSearch', () => {
  it('reports figures measured with the injected clock', async () => {
    let tick = 0;
    const figures = await benchmarkSearch(generateLibrary(1, 20, 5), typicalQueries(2, 10), {
      now: () => (tick += 1),
    });
    expect(figures).toMatchObject({ documents: 20, blocks: 100, queries: 10, heapBytes: null });
    expect(figures.buildMs).toBe(1);
    expect(figures.queryMedianMs).toBe(1);
  });

  it('generates the same library and queries for the same seed', () => {
    expect(generateLibrary(7, 3, 2)).toEqual(generateLibrary(7, 3, 2));
    expect(typicalQueries(7, 10)).toEqual(typicalQueries(7, 10));
    expect(typicalQueries(7, 10)).toContainEqual(expect.stringMatching(/^".+ .+"$/));
  });

  it('times hard queries too: phrases with hits, other languages and queries finding nothing', async () => {
    const library = generateLibrary(1, 200, 5);
    const queries = benchmarkQueries(2, 40, library);
    expect(queries).toHaveLength(40);
    expect(queries).toContainEqual(
      expect.stringMatching(/[\u0400-\u04ff]|[\u0600-\u06ff]|[\u4e00-\u9fff]|[éñü]/),
    );
    const figures = await benchmarkSearch(library, queries, { now: () => 0 });
    // Zero-hit queries are one in ten; the phrases are copied from the library, so they hit.
    expect(figures.zeroHitQueries).toBeGreaterThanOrEqual(2);
    expect(figures.zeroHitQueries).toBeLessThan(10);
  });
});
