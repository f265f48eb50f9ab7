/**
 * The original PDF page beside its text: toggled with the "Show original page" button or the O
 * key, drawn by the page-render worker, following the reading position from page to page with
 * the current paragraph outlined; a PDF imported before files were kept asks to be imported
 * again, and that re-import brings its pages. Screenshots go to test-results/.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { documentFixture } from '../pages/library-page';
import { EPRS_TITLE } from '../sample-library';

const REPORT = 'report-digital-rights-in-practice.pdf';
const REPORT_TITLE = 'Digital Rights in Practice: Assembly, Association and Privacy Online';

/** Pixels of the drawn page that are not paper: a blank canvas has none. */
async function inkedPixels(picture: Locator): Promise<number> {
  return picture.evaluate((canvas: HTMLCanvasElement) => {
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) inked += 1;
    return inked;
  });
}

test('the original page follows the reading position, its paragraph outlined', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.importFiles([documentFixture(REPORT, 'application/pdf')]);
  await page.getByRole('button', { name: 'Close the import summary' }).click();
  await library.documentLink(REPORT_TITLE).click();
  await expect(reader.article.locator('[data-block="0"]')).toBeFocused();

  // O from the text opens the panel; the focus stays in the text.
  await page.keyboard.press('o');
  const panel = page.getByRole('complementary', { name: 'Original page' });
  await expect(panel).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show original page' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(panel.getByRole('status')).toHaveText(/^Page 1 of \d+$/, { timeout: 20_000 });
  const picture = panel.getByRole('img', { name: /^Page 1 of the original PDF/ });
  await expect(picture).toBeVisible();
  expect(await inkedPixels(picture)).toBeGreaterThan(1000);

  // Down the text to the first paragraph on page 2: the panel turns the page.
  const onPage2 = reader.article.locator('[data-page-start="2"]');
  const target = Number(await onPage2.getAttribute('data-block'));
  await expect(reader.article.locator('[data-block="0"]')).toBeFocused();
  for (let n = 0; n < target; n += 1) await page.keyboard.press('j');
  await expect(onPage2).toBeFocused();
  await expect(panel.getByRole('status')).toHaveText(/^Page 2 of \d+$/, { timeout: 20_000 });
  await expect(
    panel.getByRole('img', { name: 'Page 2 of the original PDF, the current passage outlined' }),
  ).toBeVisible();
  const outline = panel.locator('.original-page-outline');
  expect(await outline.count()).toBeGreaterThan(0);
  // The outline lies on the page, not off its edge.
  const frame = (await panel.locator('canvas').boundingBox())!;
  const box = (await outline.first().boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(frame.x - 4);
  expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 4);
  await page.screenshot({ path: test.info().outputPath('original-page.png') });

  // O again hides it.
  await page.keyboard.press('o');
  await expect(panel).toBeHidden();
});

test('a PDF imported before files were kept asks for a re-import, which brings its pages', async ({
  library,
  page,
}) => {
  await library.open();
  await library.importFiles([documentFixture(REPORT, 'application/pdf')]);
  await page.getByRole('button', { name: 'Close the import summary' }).click();
  // As a library from before schema version 2 has it: the document without its file.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('rightsmark');
        request.onsuccess = () => {
          const idb = request.result;
          const tx = idb.transaction('originals', 'readwrite');
          tx.objectStore('originals').clear();
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await library.documentLink(REPORT_TITLE).click();
  await page.getByRole('button', { name: 'Show original page' }).click();
  const panel = page.getByRole('complementary', { name: 'Original page' });
  await expect(panel.getByRole('status')).toContainText('Re-import the PDF to see its pages');
  await page.screenshot({ path: test.info().outputPath('original-page-missing.png') });

  await page.getByRole('link', { name: 'Library' }).first().click();
  await library.importFiles([documentFixture(REPORT, 'application/pdf')]);
  await expect(page.getByText('its original pages can now be shown')).toBeVisible();
  await page.getByRole('button', { name: 'Close the import summary' }).click();
  await library.documentLink(REPORT_TITLE).click();
  await page.getByRole('button', { name: 'Show original page' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^Page 1 of \d+$/, { timeout: 20_000 });
});

test('documents not imported from a PDF offer no original page', async ({ library, page }) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  await expect(page.getByRole('group', { name: 'Document tools' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show original page' })).toHaveCount(0);
  await page.keyboard.press('o');
  await expect(page.getByRole('complementary', { name: 'Original page' })).toHaveCount(0);
});
