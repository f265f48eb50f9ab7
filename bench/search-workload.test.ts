import { describe, expect, it } from 'vitest';
import { benchmarkSearch, generateLibrary, typicalQueries } from './search-workload';

describe('benchmarkSearch', () => {
  it('reports figures measured with the injected clock', () => {
    let tick = 0;
    const figures = benchmarkSearch(generateLibrary(1, 20, 5), typicalQueries(2, 10), {
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
});
