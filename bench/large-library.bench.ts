/**
 * A large library: 10,000 document rows written straight into IndexedDB after the sample seed
 * (the row shape of e2e/specs/library.spec.ts), then a reload timed until the library says
 * "10,005 documents" and lists titles, and until a filter typed into it shows its one match.
 * Baseline: the same reload with the five sample documents only.
 */
import { insertGeneratedDocuments } from '../e2e/fixtures/bulk-documents';
import { expect } from '@playwright/test';
import { LibraryPage } from '../e2e/pages/library-page';
import { SAMPLE_TITLES } from '../e2e/sample-library';
import { ratioOf, round1, type Benchmark } from './benchmark';
import { installMarkWatcher, waitForMarks, type MarkSpec } from './page-marks';

/** Generated documents added to the sample library. */
const GENERATED = 10_000;
const numberFormat = new Intl.NumberFormat('en');

export const benchmark: Benchmark = {
  id: 'large-library',
  title: `Large library: ${numberFormat.format(GENERATED)} documents (Chromium)`,
  timeoutMs: 120_000,
  run: async ({ browser, signal, log }) => {
    const session = await browser();
    return session.withFreshProfile(signal, async (page) => {
      const library = new LibraryPage(page);
      const total = GENERATED + SAMPLE_TITLES.length;
      const listed = (count: number): MarkSpec[] => [
        {
          kind: 'status-text',
          name: `status-${count}`,
          text: `${numberFormat.format(count)} documents`,
        },
        // Any title at all: the rows are sorted by title, so which ones show varies.
        {
          kind: 'visible',
          name: `rows-${count}`,
          selector: 'table[aria-label="Documents"] tbody a',
        },
      ];
      await page.addInitScript(installMarkWatcher, [
        ...listed(SAMPLE_TITLES.length),
        ...listed(total),
      ]);

      await page.goto('/');
      await waitForMarks(page, [`status-${SAMPLE_TITLES.length}`]);
      log('baseline: reload with the five sample documents…');
      await page.reload();
      const small = await waitForMarks(page, [
        `status-${SAMPLE_TITLES.length}`,
        `rows-${SAMPLE_TITLES.length}`,
      ]);

      log(`writing ${numberFormat.format(GENERATED)} document rows…`);
      const insertMs = await insertGeneratedDocuments(page, GENERATED);
      await page.reload();
      const large = await waitForMarks(page, [`status-${total}`, `rows-${total}`]);
      await expect(library.status).toHaveText(`${numberFormat.format(total)} documents`);
      const domRows = await library.table.getByRole('row').count();

      log('typing a filter…');
      const filterMs = await page.evaluate(filterUntilShown, {
        query: 'statement 09999',
        title: 'Generated statement 09999',
      });
      await expect(library.documentLink('Generated statement 09999')).toBeVisible();

      const ready = (marks: Record<string, number>, count: number): number =>
        round1(
          Math.max(marks[`status-${count}`] ?? Number.NaN, marks[`rows-${count}`] ?? Number.NaN),
        );
      const smallReady = ready(small, SAMPLE_TITLES.length);
      const largeReady = ready(large, total);
      return {
        figures: [
          {
            label: `reload, ${SAMPLE_TITLES.length} documents listed (baseline)`,
            value: smallReady,
            unit: 'ms',
          },
          {
            label: `reload, "${numberFormat.format(total)} documents" listed`,
            value: largeReady,
            unit: 'ms',
            ratio: ratioOf(largeReady, smallReady, `${SAMPLE_TITLES.length} documents`),
          },
          { label: 'table rows in the DOM (virtualised)', value: domRows, unit: 'count' },
          {
            label: `filter ${numberFormat.format(total)} rows to one match shown`,
            value: round1(filterMs),
            unit: 'ms',
          },
          {
            label: `write ${numberFormat.format(GENERATED)} rows (raw IndexedDB, setup)`,
            value: round1(insertMs),
            unit: 'ms',
          },
        ],
      };
    });
  },
};

/**
 * In the page: types `query` into the filter as one input event (as a paste would) and resolves
 * to the ms until a link titled `title` is laid out in the table.
 */
async function filterUntilShown({
  query,
  title,
}: {
  query: string;
  title: string;
}): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('input[aria-label="Filter documents"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (!input || !setValue) throw new Error('no filter field');
  const started = performance.now();
  // React tracks the value it last set; going through the native setter makes it see a change.
  setValue.call(input, query);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise<number>((resolve) => {
    const check = (): void => {
      const shown = [...document.querySelectorAll('table[aria-label="Documents"] a')].some(
        (link) => link.textContent === title && link.getBoundingClientRect().height > 0,
      );
      if (shown) resolve(performance.now() - started);
      else requestAnimationFrame(check);
    };
    check();
  });
}
