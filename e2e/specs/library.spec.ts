/** The library: the sample documents on first start, sorting, filtering, delete and undo. */
import { expect, test } from '../fixtures/app';
import { insertGeneratedDocuments } from '../fixtures/bulk-documents';
import { SAMPLE_TITLES } from '../sample-library';

test('a fresh profile opens on the five sample documents', async ({ library }) => {
  await library.open();
  await expect(library.heading).toBeVisible();
  for (const title of SAMPLE_TITLES) await expect(library.documentLink(title)).toBeVisible();
  await expect(library.status).toHaveText('5 documents');
  await expect(
    library.table.getByRole('cell', { name: 'European Parliamentary Research Service' }),
  ).toBeVisible();
});

test('a reload keeps the library as it was and never seeds twice', async ({ library, page }) => {
  await library.open();
  await page.reload();
  await library.table.getByRole('link').first().waitFor();
  expect((await library.titles()).sort()).toEqual([...SAMPLE_TITLES].sort());
});

test('sorting by year puts the newest first when asked', async ({ library }) => {
  await library.open();
  await library.sortBy('Year').click();
  await expect(library.table.getByRole('columnheader', { name: 'Year' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await library.sortBy('Year').click();
  await expect(library.table.getByRole('columnheader', { name: 'Year' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const first = (await library.titles())[0];
  expect(first).toContain('Multilateral initiatives');
});

test('filtering narrows the list by title, publisher or kind', async ({ library }) => {
  await library.open();
  await library.filter.fill('freedom online');
  await expect(library.status).toHaveText('2 of 5 documents');
  await library.filter.fill('parliamentary');
  await expect(library.table.getByRole('link')).toHaveCount(1);
  await library.filter.fill('no such document');
  await expect(library.page.getByText('No document matches the filter.')).toBeVisible();
});

test('a deleted document can be undone, and stays deleted after a reload', async ({
  library,
  page,
}) => {
  const title = 'Technology and Human Rights: Digital Freedom';
  await library.open();
  // Deleting asks first, and Cancel keeps the document.
  await library.deleteButton(title).click();
  await expect(library.deleteDialog(title)).toContainText('Everything goes to the Trash');
  await library.deleteDialog(title).getByRole('button', { name: 'Cancel' }).click();
  await expect(library.documentLink(title)).toBeVisible();

  await library.deleteDocument(title);
  await expect(library.documentLink(title)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(library.documentLink(title)).toBeVisible();

  // Ctrl+Z undoes too.
  await library.deleteDocument(title);
  await expect(library.documentLink(title)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(library.documentLink(title)).toBeVisible();

  await library.deleteDocument(title);
  await expect(library.status).toHaveText('4 documents');
  await page.reload();
  await expect(library.status).toHaveText('4 documents');
  await expect(library.documentLink(title)).toHaveCount(0);
});

test('keyboard: arrow keys move between titles and Enter opens the reader', async ({
  library,
  page,
  reader,
}) => {
  await library.open();
  await library.table.getByRole('link').first().focus();
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(focused).toBe((await library.titles())[1]);
  await page.keyboard.press('Enter');
  await expect(reader.article).toBeVisible();
});

test('10,000 documents list at once, rendering only the rows in view', async ({
  library,
  page,
}) => {
  await library.open();
  // Fill the real IndexedDB store directly, as a large library would have it.
  await insertGeneratedDocuments(page, 10_000);
  await page.reload();
  await expect(library.status).toHaveText('10,005 documents');
  const rendered = await library.table.getByRole('row').count();
  expect(rendered).toBeLessThan(80);
  await library.filter.fill('statement 09999');
  await expect(library.documentLink('Generated statement 09999')).toBeVisible();
});

test('a document’s details can be corrected, and invalid ones are explained', async ({
  library,
  page,
}) => {
  const title = 'Human rights and inclusion in online and digital contexts';
  await library.open();
  await library.table.getByRole('button', { name: `Edit details of “${title}”` }).click();
  const dialog = page.getByRole('dialog', { name: `Details of “${title}”` });
  await dialog.getByRole('textbox', { name: 'Year' }).fill('twenty');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog.getByText(/A year between/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Year' }).fill('2023');
  await dialog.getByRole('textbox', { name: 'Kind' }).fill('policy page');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  const row = library.table.getByRole('row').filter({ hasText: title });
  await expect(row.getByRole('cell', { name: '2023' })).toBeVisible();
  await page.reload();
  await expect(
    library.table
      .getByRole('row')
      .filter({ hasText: title })
      .getByRole('cell', { name: 'policy page' }),
  ).toBeVisible();
});
