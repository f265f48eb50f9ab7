/**
 * Colleagues' files from other tools: a Hypothesis API search response, saved by a Windows
 * editor as UTF-16 with a byte-order mark, imported through the collection file chooser. Its
 * tags land on the library's rights by default ("FoE", "assembly", "liberté d'expression"),
 * replies stay on their excerpt with their authors, and the library's rows grow by exactly
 * what the file holds. Set COLLECTION_SHOTS=<dir> to save a screenshot of the preview.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { CollectionPage, CollectionsPage } from '../pages/collections-page';
import { SettingsPage } from '../pages/settings-page';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/hypothesis-search-response.json');

/** Rows per table, read straight from IndexedDB. */
async function rowCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const request = indexedDB.open('rightsmark');
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = (store: string) =>
      new Promise<number>((resolve, reject) => {
        const get = idb.transaction(store).objectStore(store).count();
        get.onsuccess = () => resolve(get.result);
        get.onerror = () => reject(get.error);
      });
    const stores = ['documents', 'blocks', 'annotations', 'rights', 'collections'];
    const counts = await Promise.all(stores.map(count));
    idb.close();
    return Object.fromEntries(stores.map((store, i) => [store, counts[i] ?? 0]));
  });
}

/** The text as Windows PowerShell's Out-File writes it: UTF-16 LE with a byte-order mark. */
function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

test('a Hypothesis search response saved as UTF-16 imports with its tags on the right rights', async ({
  library,
  page,
}) => {
  await library.open();
  await library.table.getByRole('link').first().waitFor();
  const collections = new CollectionsPage(page);
  await collections.open();
  const before = await rowCounts(page);

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    collections.importButton.click(),
  ]);
  expect(await chooser.element().getAttribute('accept')).toBe(
    '.rightsmark.json,.json,.jsonld,.pdf',
  );
  await chooser.setFiles({
    name: 'hypothesis-search.json',
    mimeType: 'application/json',
    buffer: utf16le(await readFile(FIXTURE, 'utf8')),
  });

  const preview = new CollectionPage(page).importPreview('hypothesis-search.json');
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('row', { name: 'New excerpts' })).toContainText('3');
  await expect(
    preview.getByRole('row', { name: 'Passages that cannot be anchored' }),
  ).toContainText('0');

  // Tags the library knows under another spelling default to that right…
  const right = (tag: string) => preview.getByRole('combobox', { name: `Right “${tag}”` });
  await expect(right('FoE')).toHaveValue('right:expression');
  await expect(right('assembly')).toHaveValue('right:assembly-association');
  await expect(right("liberté d'expression")).toHaveValue('right:expression');
  await expect(right('freedom-of-expression')).toHaveValue('right:expression');
  await expect(
    preview.getByText('Suggested: an alias of “Freedom of expression” (“FoE”).'),
  ).toBeVisible();
  // …and tags it does not know are offered as new rights.
  await expect(right('surveillance')).toHaveValue('');
  await expect(right('transparency')).toHaveValue('');
  await expect(
    right('surveillance').getByRole('option', { name: 'Create this right' }),
  ).toHaveCount(1);
  if (process.env.COLLECTION_SHOTS) {
    await page.screenshot({
      path: path.join(process.env.COLLECTION_SHOTS, 'hypothesis-preview.png'),
    });
  }
  await preview.getByRole('button', { name: 'Import' }).click();

  const view = new CollectionPage(page);
  await expect(view.heading('hypothesis-search')).toBeVisible();
  await expect(view.items).toHaveCount(3);
  await expect(view.item('accountability, transparency')).toContainText(
    'Reply from Jonas Keller on 2024-03-02: Agreed; the ITU paragraph is the strongest.',
  );
  await expect(view.item('accountability, transparency')).toContainText(
    'Reply from Amina Diallo on 2024-03-03: Then let us lead with it.',
  );

  const after = await rowCounts(page);
  expect(after).toEqual({
    ...before,
    // Three excerpts; the replies are notes on them, not excerpts of their own.
    annotations: before.annotations! + 3,
    // "transparency" and "surveillance"; "Privacy", "FoE", "assembly"… mapped to the built-ins.
    rights: before.rights! + 2,
    collections: before.collections! + 1,
  });
});

test('a tag that only the analyst’s alias names lands on that right', async ({ library, page }) => {
  await library.open();
  await library.table.getByRole('link').first().waitFor();

  // In Settings, Privacy gets an alias; it is kept across a reload.
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.button('Edit Privacy').click();
  const form = settings.editForm('Privacy');
  await form.getByRole('textbox', { name: 'Aliases' }).fill('surveillance, vie privée numérique');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(settings.right('Privacy')).toContainText(
    'Aliases: surveillance, vie privée numérique',
  );
  // An alias another right answers to is refused, naming that right.
  await settings.button('Edit Privacy').click();
  await form.getByRole('textbox', { name: 'Aliases' }).fill('surveillance, FoE');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('“FoE” already names “Freedom of expression”.')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(settings.right('Privacy')).toContainText(
    'Aliases: surveillance, vie privée numérique',
  );

  const collections = new CollectionsPage(page);
  await collections.open();
  const before = await rowCounts(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    collections.importButton.click(),
  ]);
  await chooser.setFiles(FIXTURE);
  const preview = new CollectionPage(page).importPreview('hypothesis-search-response.json');
  const right = (tag: string) => preview.getByRole('combobox', { name: `Right “${tag}”` });
  await expect(right('surveillance')).toHaveValue('right:privacy');
  await expect(
    preview.getByText('Suggested: an alias of “Privacy” (“surveillance”).'),
  ).toBeVisible();
  await expect(right('transparency')).toHaveValue('');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(new CollectionPage(page).items).toHaveCount(3);
  // Only "transparency" is new: "surveillance" went to Privacy by its alias.
  expect(await rowCounts(page)).toEqual({
    ...before,
    annotations: before.annotations! + 3,
    rights: before.rights! + 1,
    collections: before.collections! + 1,
  });
});
