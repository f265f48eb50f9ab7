/**
 * Anchoring in Node: re-anchoring 5,000 excerpts in a ~300-page document after it was revised,
 * against the same excerpts in the unchanged text, and how excerpts come out over 2,000 random
 * edit scenarios. Both cases are warmed up, then timed in alternating order (median of three).
 * The work itself lives in bench/anchoring-workload.ts (also used by its tests).
 */
import { runAnchoringBenchmark, runEditScenarios } from './anchoring-workload';
import { ratioOf, type Benchmark, type Figure } from './benchmark';

/** Edit scenarios to run: enough for shares stable to about ±1 point, about half a second. */
const SCENARIOS = 2000;
/** Fixed seeds, so every run measures the same documents and edits. */
const SEED = 1;

export const benchmark: Benchmark = {
  id: 'anchoring',
  title: 'Anchoring (Node)',
  timeoutMs: 120_000,
  run: async ({ log }) => {
    log('re-anchoring 5,000 excerpts in a 900 KB text…');
    // The defaults are the figures this benchmark is about: 900,000 characters (about 300
    // pages of 3,000) and 5,000 excerpts. Passed explicitly so a change there shows up here.
    const timing = runAnchoringBenchmark({
      now: () => performance.now(),
      seed: SEED,
      textLength: 900_000,
      annotations: 5000,
    });
    log(`running ${SCENARIOS.toLocaleString('en')} edit scenarios…`);
    const shares = runEditScenarios(SCENARIOS, SEED);
    const unchanged = timing.unchangedMs ?? Number.NaN;
    const revised = timing.revisedMs ?? Number.NaN;
    const count = timing.annotations ?? 0;
    const share = (key: string): number => shares[key] ?? 0;
    const figures: Figure[] = [
      {
        label: `re-anchor ${count.toLocaleString('en')} excerpts, text unchanged (baseline)`,
        value: unchanged,
        unit: 'ms',
      },
      {
        label: `re-anchor ${count.toLocaleString('en')} excerpts after an edit`,
        value: revised,
        unit: 'ms',
        ratio: ratioOf(revised, unchanged, 'unchanged'),
      },
      { label: '  of which found by quote', value: timing.revisedQuote ?? 0, unit: 'count' },
      {
        label: `  re-anchor the ${(timing.revisedQuote ?? 0).toLocaleString('en')} found by quote, alone`,
        value: timing.quoteMs ?? Number.NaN,
        unit: 'ms',
      },
      { label: '  of which found fuzzily', value: timing.revisedFuzzy ?? 0, unit: 'count' },
      { label: '  of which orphaned', value: timing.revisedOrphaned ?? 0, unit: 'count' },
      {
        label: 'one orphan lookup (full fuzzy search)',
        value: timing.msPerOrphanLookup ?? 0,
        unit: 'ms',
      },
      {
        label: `${SCENARIOS.toLocaleString('en')} edit scenarios: exact`,
        value: share('all.exact'),
        unit: 'share',
      },
      {
        label: `${SCENARIOS.toLocaleString('en')} edit scenarios: fuzzy`,
        value: share('all.fuzzy'),
        unit: 'share',
      },
      {
        label: `${SCENARIOS.toLocaleString('en')} edit scenarios: orphaned`,
        value: share('all.orphaned'),
        unit: 'share',
      },
      {
        label: `${SCENARIOS.toLocaleString('en')} edit scenarios: misplaced`,
        value: share('all.misplaced'),
        unit: 'share',
      },
    ];
    return { figures, details: { ...timing, ...prefixed('scenarios.', shares) } };
  },
};

function prefixed(prefix: string, record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [prefix + key, value]));
}
