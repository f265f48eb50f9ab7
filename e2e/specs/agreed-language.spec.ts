/**
 * Agreed language in the reader: select the offline/online formula in a sample document, ask
 * where else it appears (button and key W), see exact repeats and variants with their
 * references and marked words, open one, and tag a variant like the original.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { dragSelect, tagPassage } from '../pages/annotate';

const FORMULA = 'the same rights that people have offline must also be protected online';
const FOC_STRESSES =
  'Freedom Online Coalition Stresses the Need to Promote, Protect Human Rights Online';
const FOC_JOINT = 'Freedom Online: Joint Action for Free Expression on the Internet';
const CANADA = 'Human rights and inclusion in online and digital contexts';

test.beforeEach(async ({ library }) => {
  await library.open();
  await library.documentLink(FOC_STRESSES).click();
});

test('select the formula, ask where else it appears, open a variant at its reference', async ({
  page,
  reader,
}) => {
  const paragraph = reader.article.locator('[data-block]', { hasText: FORMULA });
  await dragSelect(page, paragraph, FORMULA);
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selected passage' });
  await toolbar.getByRole('button', { name: 'Where else does this wording appear?' }).click();

  const dialog = page.getByRole('dialog', { name: 'Where else does this wording appear?' });
  await expect(dialog).toBeVisible();
  const results = dialog.getByRole('list', { name: 'Passages with this wording' });
  // Three exact repeats elsewhere (the selection itself is left out) and two variants.
  await expect(results.getByRole('listitem')).toHaveCount(5);
  await expect(dialog.getByRole('status')).toContainText(
    '5 passages with the same or similar wording',
  );
  const exact = results.getByRole('listitem').filter({ hasText: 'exact' });
  await expect(exact).toHaveCount(3);
  const canada = results.getByRole('listitem', { name: new RegExp(`^${CANADA}`) });
  await expect(canada.locator('ins')).toHaveText(['and', 'freedoms', 'individuals']);
  await expect(canada.locator('del')).toHaveText(['same']);
  const joint = results.getByRole('listitem', { name: `${FOC_JOINT}, PP 2` });
  await expect(joint).toContainText('2011');

  await joint.getByRole('link', { name: `Open PP 2 in ${FOC_JOINT}` }).click();
  await expect(dialog).toBeHidden();
  await expect(reader.title()).toHaveText(FOC_JOINT);
  await expect(reader.article.locator('[data-ref="PP 2"]')).toBeFocused();
});

/** Rows of the wording index's store, straight from IndexedDB. */
async function storedWordingRows(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('rightsmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!idb.objectStoreNames.contains('wordingPrints')) {
      idb.close();
      return 0;
    }
    const count = await new Promise<number>((resolve, reject) => {
      const request = idb.transaction('wordingPrints').objectStore('wordingPrints').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    idb.close();
    return count;
  });
}

test('the wording index is stored as the app starts and answers after a restart', async ({
  page,
  reader,
}) => {
  // The shell starts the wording worker, which fingerprints the five sample texts and keeps them.
  await expect.poll(() => storedWordingRows(page), { timeout: 20_000 }).toBe(5);
  await page.reload();
  await expect(reader.title()).toHaveText(FOC_STRESSES);
  const paragraph = reader.article.locator('[data-block]', { hasText: FORMULA });
  await dragSelect(page, paragraph, FORMULA);
  await page.keyboard.press('w');
  const dialog = page.getByRole('dialog', { name: 'Where else does this wording appear?' });
  await expect(dialog.getByRole('status')).toContainText(
    '5 passages with the same or similar wording',
  );
  expect(await storedWordingRows(page)).toBe(5);
});

test('key W asks from the keyboard; a variant is tagged like the original in one click', async ({
  page,
  reader,
}) => {
  const paragraph = reader.article.locator('[data-block]', { hasText: FORMULA });
  await tagPassage(page, paragraph, FORMULA, 'Freedom of expression');
  await page.keyboard.press('w');

  const dialog = page.getByRole('dialog', { name: 'Where else does this wording appear?' });
  const canada = dialog.getByRole('listitem', { name: new RegExp(`^${CANADA}`) });
  await canada
    .getByRole('button', { name: 'Tag like the original (Freedom of expression)' })
    .click();
  await expect(canada.getByRole('button', { name: 'Tagged Freedom of expression' })).toBeDisabled();
  await canada.getByRole('link', { name: /^Open / }).click();

  await expect(reader.title()).toHaveText(CANADA);
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await expect(
    panel.getByRole('button', {
      name: 'Go to passage: The rights and freedoms that individuals have offline must also be protected online',
    }),
  ).toBeVisible();
});

test('search understands a structural reference and opens the place; the reader goes to one', async ({
  page,
  reader,
}) => {
  // "Freedom Online PP 3": the document's title words, then its own numbering.
  const box = page.getByRole('searchbox', { name: 'Search library' });
  await box.fill('Joint Action PP 3');
  await box.press('Enter');
  const places = page.getByRole('list', { name: 'Documents with Joint Action PP 3' });
  const place = places.getByRole('link', { name: `PP 3 in “${FOC_JOINT}”` });
  await expect(place).toBeVisible();
  await expect(place).toContainText('Noting that the Internet');
  await place.click();
  const pp3 = reader.article.locator('[data-ref="PP 3"]');
  await expect(pp3).toBeFocused();
  await expect(pp3).toContainText('Noting that the Internet');

  // In the reader: G, a place, Enter.
  await page.keyboard.press('g');
  const goTo = page.getByRole('textbox', { name: 'Go to' });
  await expect(goTo).toBeFocused();
  await goTo.fill('pp 5');
  await goTo.press('Enter');
  await expect(reader.article.locator('[data-ref="PP 5"]')).toBeFocused();
  // A place the document does not have is named, and the reader stays where it was.
  await page.keyboard.press('g');
  await goTo.fill('art 19(3)');
  await goTo.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'This document has no Art. 19(3).' }),
  ).toBeVisible();
  // ¶ counts paragraphs, not headings: the first paragraph after the title.
  await goTo.fill('¶ 9');
  await goTo.press('Enter');
  await expect(reader.article.locator('[data-para="9"]')).toBeFocused();
  await expect(reader.article.locator('[data-para="9"]')).toContainText('We, as participating');
});
