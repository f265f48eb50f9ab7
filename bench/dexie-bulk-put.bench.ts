/**
 * The storage floor for imports: a Dexie `bulkPut` of 20,000 block rows in one transaction into
 * the app's own blocks table (its Dexie class, in Chromium, on a disk profile), next to the same
 * rows written with raw IndexedDB, warmed up and timed in alternating order. Import benchmarks belong beside this one (own file, listed in
 * scripts/bench.mjs) and compare their rows/s with these.
 */
import { median, ratioOf, round1, type Benchmark } from './benchmark';
import { BLANK_PAGE_PATH } from './static-server';
import { pageScript } from './in-page';

/** Blocks per write: a library of ~20 long reports, the size TOOLCHAIN.md measured. */
const ROWS = 20_000;
/** Timed rounds of each (odd, so the median is one of them). */
const ROUNDS = 3;
const WARM_UP_ROWS = 1000;

export const benchmark: Benchmark = {
  id: 'dexie-bulk-put',
  title: `Storage baseline: ${ROWS.toLocaleString('en')} blocks in one transaction (Chromium)`,
  timeoutMs: 90_000,
  run: async ({ browser, signal, root, log }) => {
    const script = await pageScript(root, 'bulk-put');
    const session = await browser();
    return session.withFreshProfile(signal, async (page) => {
      // A blank page on the app's origin: same kind of storage, no app competing for it.
      await page.goto(BLANK_PAGE_PATH);
      await page.evaluate(script);
      const api = (kind: 'dexie' | 'raw', rows: number) =>
        page.evaluate(
          ([k, n]) =>
            k === 'dexie'
              ? window.__rightsmarkBulkPut!.dexieBulkPut(n)
              : window.__rightsmarkBulkPut!.rawPut(n),
          [kind, rows] as const,
        );
      // An untimed small write through each first (Dexie's and IndexedDB's cold start), then
      // rounds in alternating order; each figure is the median of its rounds.
      log('warming up…');
      await api('dexie', WARM_UP_ROWS);
      await api('raw', WARM_UP_ROWS);
      const dexieRuns: number[] = [];
      const rawRuns: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        log(`round ${round + 1} of ${ROUNDS}…`);
        const order = round % 2 === 0 ? (['dexie', 'raw'] as const) : (['raw', 'dexie'] as const);
        for (const kind of order) {
          const ms = await api(kind, ROWS);
          (kind === 'dexie' ? dexieRuns : rawRuns).push(ms);
        }
      }
      const dexieMs = median(dexieRuns);
      const rawMs = median(rawRuns);
      const perSecond = (ms: number): number => Math.round(ROWS / (ms / 1000));
      return {
        figures: [
          { label: 'raw IndexedDB put (baseline)', value: perSecond(rawMs), unit: 'rows/s' },
          {
            label: 'Dexie bulkPut, app schema',
            value: perSecond(dexieMs),
            unit: 'rows/s',
            ratio: ratioOf(perSecond(dexieMs), perSecond(rawMs), 'raw'),
          },
          { label: 'Dexie bulkPut, whole transaction', value: round1(dexieMs), unit: 'ms' },
        ],
        details: { rows: ROWS, rawMs: round1(rawMs), dexieMs: round1(dexieMs) },
      };
    });
  },
};
