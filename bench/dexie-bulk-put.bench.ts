/**
 * The storage floor for imports: a Dexie `bulkPut` of 20,000 block rows in one transaction into
 * the app's own blocks table (its Dexie class, in Chromium, on a disk profile), next to the same
 * rows written with raw IndexedDB. Import benchmarks belong beside this one (own file, listed in
 * scripts/bench.mjs) and compare their rows/s with these.
 */
import { ratioOf, round1, type Benchmark } from './benchmark';
import { BLANK_PAGE_PATH } from './static-server';
import { pageScript } from './in-page';

/** Blocks per write: a library of ~20 long reports, the size TOOLCHAIN.md measured. */
const ROWS = 20_000;

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
      log('Dexie bulkPut…');
      const dexieMs = await page.evaluate(
        (rows) => window.__rightsmarkBulkPut!.dexieBulkPut(rows),
        ROWS,
      );
      log('raw IndexedDB put…');
      const rawMs = await page.evaluate((rows) => window.__rightsmarkBulkPut!.rawPut(rows), ROWS);
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
