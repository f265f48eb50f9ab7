/**
 * Colleagues' files from other tools: a Hypothesis API search response, saved by a Windows
 * editor as UTF-16 with a byte-order mark, imported through the collection file chooser. Its
 * tags land on the library's rights by default ("FoE", "assembly", "liberté d'expression"),
 * replies stay on their excerpt with their authors, its page note (with the reply to it) is
 * saved once as a note on its document, shown in the reader's Document notes, and the library's
 * rows grow by exactly what the file holds. Set COLLECTION_SHOTS=<dir> to save screenshots of
 * the preview and the Document notes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { CollectionPage, CollectionsPage } from '../pages/collections-page';
import { ReaderPage } from '../pages/reader-page';
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
    const stores = ['documents', 'blocks', 'annotations', 'documentNotes', 'rights', 'collections'];
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
  await expect(preview.getByRole('row', { name: 'New document notes' })).toContainText('1');
  await expect(preview).toContainText('3 excerpts, 1 document note');
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
    // The page note, its reply folded into it.
    documentNotes: before.documentNotes! + 1,
    // "transparency" and "surveillance"; "Privacy", "FoE", "assembly"… mapped to the built-ins.
    rights: before.rights! + 2,
    collections: before.collections! + 1,
  });
});

const FOC = 'Freedom Online Coalition Stresses the Need to Promote, Protect Human Rights Online';
/** The start of the page note (longer texts are shortened in names). */
const PAGE_NOTE = 'Short news item; cite the FOC statement';

test('a Hypothesis page note lands once in the reader’s Document notes, and is kept like any note', async ({
  library,
  page,
}) => {
  await library.open();
  await library.table.getByRole('link').first().waitFor();
  const collections = new CollectionsPage(page);
  await collections.open();
  const before = await rowCounts(page);

  // Imported twice through the file chooser: the second time adds nothing.
  for (const round of [1, 2]) {
    await collections.open();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      collections.importButton.click(),
    ]);
    await chooser.setFiles(FIXTURE);
    const preview = new CollectionPage(page).importPreview('hypothesis-search-response.json');
    await expect(preview.getByRole('row', { name: 'New document notes' })).toContainText(
      round === 1 ? '1' : '0',
    );
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect(new CollectionPage(page).items).toHaveCount(3);
    expect((await rowCounts(page)).documentNotes).toBe(before.documentNotes! + 1);
  }

  // In the reader, the page note is there with its author and the reply to it.
  await library.open();
  await library.documentLink(FOC).click();
  const reader = new ReaderPage(page);
  const notes = reader.documentNotes;
  await expect(notes.getByRole('heading', { name: /Document notes/ })).toContainText('1');
  const note = reader.documentNote(PAGE_NOTE);
  await expect(note).toContainText('Amina Diallo');
  await expect(note).toContainText('from hypothesis-search-response.json');
  await expect(note).toContainText('Tags: to-check');
  await expect(note).toContainText(
    'Reply from Jonas Keller on 2024-03-02: The statement is on the FOC site, dated 2022.',
  );
  if (process.env.COLLECTION_SHOTS) {
    await notes.screenshot({
      path: path.join(process.env.COLLECTION_SHOTS, 'document-notes.png'),
    });
  }

  // The analyst adds one of their own from the keyboard; an empty note is refused.
  await notes.getByRole('button', { name: 'Add document note' }).focus();
  await page.keyboard.press('Enter');
  const field = notes.getByRole('textbox', { name: 'New document note' });
  await expect(field).toBeFocused();
  await notes.getByRole('button', { name: 'Save note' }).click();
  await expect(notes.getByRole('alert')).toHaveText('A document note needs some text.');
  await field.fill('Compare with the 2022 statement.');
  await notes.getByRole('button', { name: 'Save note' }).click();
  const own = reader.documentNote('Compare with the 2022 statement.');
  await expect(own).toBeVisible();
  await expect(notes.getByRole('listitem')).toHaveCount(2);

  // Edited in place…
  await own.getByRole('button', { name: /^Edit document note/ }).click();
  await own.getByRole('textbox').fill('Compare with the 2022 statement on shutdowns.');
  await own.getByRole('button', { name: 'Save changes' }).click();
  const edited = reader.documentNote('Compare with the 2022 statement on shutdowns.');
  await expect(edited).toBeVisible();

  // …deleted and brought back with Undo…
  await edited.getByRole('button', { name: /^Delete document note/ }).click();
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.getByRole('listitem')).toHaveCount(2);

  // …and deleted again, then restored from the Trash.
  await reader
    .documentNote(PAGE_NOTE)
    .getByRole('button', { name: /^Delete document note/ })
    .click();
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
  const trashed = page.getByRole('list', { name: 'Document notes in the Trash' });
  await expect(trashed).toContainText(`On “${FOC}”, by Amina Diallo`);
  await trashed.getByRole('button', { name: /^Restore “Short news item/ }).click();
  await expect(trashed).toBeHidden();
  await library.open();
  await library.documentLink(FOC).click();
  await expect(reader.documentNote(PAGE_NOTE)).toBeVisible();
  expect((await rowCounts(page)).documentNotes).toBe(before.documentNotes! + 2);
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
    documentNotes: before.documentNotes! + 1,
    rights: before.rights! + 1,
    collections: before.collections! + 1,
  });
});
