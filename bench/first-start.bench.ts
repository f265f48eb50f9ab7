/**
 * First start of the web build in a fresh Chromium profile: first contentful paint, and the time
 * until the library lists the five sample titles (seeded on first run). Then the same again on a
 * second load of the already seeded library, the baseline the first start is compared with.
 */
import { expect } from '@playwright/test';
import { LibraryPage } from '../e2e/pages/library-page';
import { SAMPLE_TITLES } from '../e2e/sample-library';
import { ratioOf, round1, type Benchmark } from './benchmark';
import {
  firstContentfulPaint,
  installMarkWatcher,
  waitForMarks,
  type MarkSpec,
} from './page-marks';

const LISTED: MarkSpec = {
  kind: 'table-links',
  name: 'listed',
  table: 'Documents',
  titles: SAMPLE_TITLES,
};

export const benchmark: Benchmark = {
  id: 'first-start',
  title: 'First start of the web build (Chromium)',
  timeoutMs: 90_000,
  run: async ({ browser, signal, log }) => {
    const session = await browser();
    return session.withFreshProfile(signal, async (page) => {
      const library = new LibraryPage(page);
      // Installed before any navigation: it times every load of this page from its start.
      await page.addInitScript(installMarkWatcher, [LISTED]);

      log('first load (seeds the sample library)…');
      await page.goto('/');
      const first = await waitForMarks(page, ['listed']);
      const firstPaint = await firstContentfulPaint(page);
      // The timing came from the DOM; check by role that it is what an analyst would see.
      for (const title of SAMPLE_TITLES) await expect(library.documentLink(title)).toBeVisible();
      await expect(library.status).toHaveText(`${SAMPLE_TITLES.length} documents`);

      log('second load (already seeded)…');
      await page.reload();
      const second = await waitForMarks(page, ['listed']);
      const secondPaint = await firstContentfulPaint(page);
      await expect(library.status).toHaveText(`${SAMPLE_TITLES.length} documents`);

      const firstListed = round1(first.listed ?? Number.NaN);
      const secondListed = round1(second.listed ?? Number.NaN);
      return {
        figures: [
          { label: 'first start: first contentful paint', value: round1(firstPaint), unit: 'ms' },
          {
            label: `first start: ${SAMPLE_TITLES.length} sample titles listed`,
            value: firstListed,
            unit: 'ms',
            ratio: ratioOf(firstListed, secondListed, 'second load'),
          },
          { label: 'second load: first contentful paint', value: round1(secondPaint), unit: 'ms' },
          { label: 'second load: titles listed (baseline)', value: secondListed, unit: 'ms' },
        ],
      };
    });
  },
};
