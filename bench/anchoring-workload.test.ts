import { describe, expect, it } from 'vitest';
import { runAnchoringBenchmark, runEditScenarios } from './anchoring-workload';

describe('edit scenarios', () => {
  it('finds passages edited around, moved or lightly edited, and rarely misplaces one', () => {
    const figures = runEditScenarios(350, 42);
    expect(figures['edit-elsewhere.exact']).toBe(1);
    expect(figures['edit-next-to-it.exact']).toBe(1);
    expect(figures['moved.exact']).toBe(1);
    expect(figures['typo-inside.fuzzy']).toBeGreaterThan(0.9);
    expect(figures['deleted.orphaned']).toBeGreaterThan(0.9);
    expect(figures['all.misplaced'] ?? 0).toBeLessThan(0.02);
  });

  it('is deterministic for a seed', () => {
    expect(runEditScenarios(50, 3)).toEqual(runEditScenarios(50, 3));
  });
});

describe('runAnchoringBenchmark', () => {
  it('reports timings and outcomes (small run)', () => {
    let clock = 0;
    const figures = runAnchoringBenchmark({
      now: () => (clock += 1),
      textLength: 30_000,
      annotations: 200,
    });
    expect(figures.annotations).toBe(200);
    expect(
      (figures.revisedPosition ?? 0) +
        (figures.revisedQuote ?? 0) +
        (figures.revisedFuzzy ?? 0) +
        (figures.revisedOrphaned ?? 0),
    ).toBe(200);
    // Each timed case reads the clock twice, so each of its rounds lasts one tick.
    expect(figures.unchangedMs).toBe(1);
    expect(figures.quoteMs).toBe(1);
  });
});
