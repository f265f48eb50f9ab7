/**
 * Deleting and restoring never loses work: a document carrying excerpts in a collection is
 * deleted (the question names what it takes), the collection marks its excerpts, one click
 * restores it; deleted again and emptied from the Trash, a merge restore of a backup brings
 * everything back, row for row; Replace asks first, naming what it loses, and saves the library
 * it replaces. Set TRASH_SHOTS=<dir> to save screenshots.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { seedAnnotations, type PassageSeed } from '../fixtures/seed-annotations';
import { CollectionPage, CollectionsPage, named } from '../pages/collections-page';
import { ExcerptsPage } from '../pages/excerpts-page';
import type { LibraryPage } from '../pages/library-page';

const FOC = 'Freedom Online: Joint Action for Free Expression on the Internet';
const CANADA = 'Human rights and inclusion in online and digital contexts';

const PASSAGES: readonly PassageSeed[] = [
  {
    docTitle: FOC,
    exact: 'illicit monitoring, filtering and hacking',
    rights: ['Privacy'],
    note: 'Surveillance practices',
  },
  {
    docTitle: FOC,
    exact: 'freedom of expression and other human rights on the Internet',
    rights: ['Freedom of expression'],
  },
  { docTitle: CANADA, exact: 'as well as to protect privacy online', rights: ['Privacy'] },
];

const SHOTS = process.env.TRASH_SHOTS;
async function shoot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

type Counts = Record<'documents' | 'blocks' | 'annotations' | 'rights' | 'collections', number>;

/** Rows per store, straight from IndexedDB, and how many of them are deleted (in the Trash). */
async function rowCounts(page: Page): Promise<{ rows: Counts; deleted: Counts }> {
  return page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('rightsmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = ['documents', 'blocks', 'annotations', 'rights', 'collections'] as const;
    const rows = {} as Record<(typeof stores)[number], number>;
    const deleted = {} as Record<(typeof stores)[number], number>;
    for (const store of stores) {
      const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const get = idb.transaction(store).objectStore(store).getAll();
        get.onsuccess = () => resolve(get.result as Record<string, unknown>[]);
        get.onerror = () => reject(get.error);
      });
      rows[store] = all.length;
      deleted[store] = all.filter((row) => row.deletedAt != null).length;
    }
    idb.close();
    return { rows, deleted };
  });
}

const NONE_DELETED: Counts = { documents: 0, blocks: 0, annotations: 0, rights: 0, collections: 0 };

/**
 * Seeds PASSAGES into the sample library and builds the collection “Brief” from the excerpts
 * view: one excerpt of each document (the first and third passages).
 */
async function briefFromBothDocuments(library: LibraryPage, page: Page) {
  await library.open();
  await seedAnnotations(page, PASSAGES);
  await page.reload();
  await library.table.getByRole('link').first().waitFor();
  const collections = new CollectionsPage(page);
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  const first = named('Add to collection', PASSAGES[0]!.exact);
  await collections.addTo(excerpts.list.getByRole('button', { name: first }), first, 'Brief', true);
  const third = named('Add to collection', PASSAGES[2]!.exact);
  await collections.addTo(excerpts.list.getByRole('button', { name: third }), third, 'Brief');
  await expect(page.getByRole('status').filter({ hasText: 'to “Brief”' })).toHaveCount(1);
  return { collections, excerpts };
}

test('delete, restore from the Trash, empty it, merge-restore a backup: nothing lost', async ({
  library,
  page,
}, testInfo) => {
  // A collection holding one excerpt of each document.
  const { collections } = await briefFromBothDocuments(library, page);

  // A backup of the library as it is now.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up library' }).click();
  const backupFile = testInfo.outputPath('backup.json');
  await (await downloading).saveAs(backupFile);
  const before = await rowCounts(page);
  expect(before.deleted).toEqual(NONE_DELETED);

  // Deleting asks first and names what goes with the document.
  await library.open();
  await library.deleteButton(FOC).click();
  const question = library.deleteDialog(FOC);
  await expect(question).toContainText('It takes 2 excerpts, 1 with a note, with it.');
  await expect(question).toContainText('“Brief” (1 excerpt) will show them as in the Trash');
  await expect(question).toContainText('restore it for 30 days');
  await shoot(page, 'delete-question');
  await question.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(library.documentLink(FOC)).toHaveCount(0);
  // Nothing left the database: the rows are marked, not removed.
  expect((await rowCounts(page)).rows).toEqual(before.rows);

  // The collection marks the excerpt whose document is in the Trash, and restores it in one click.
  await collections.open();
  await expect(collections.collectionLink('Brief')).toBeVisible();
  await expect(page.getByText('1 excerpt (and 1 in the Trash)')).toBeVisible();
  await collections.collectionLink('Brief').click();
  const view = new CollectionPage(page);
  await expect(view.items).toHaveCount(2);
  const marked = view.item('illicit monitoring');
  await expect(marked).toContainText('Its document is in the Trash');
  await expect(marked.getByRole('link', { name: /Open in reader/ })).toHaveCount(0);
  await shoot(page, 'collection-marks-trash');
  await marked.getByRole('button', { name: `Restore document “${FOC}” from the Trash` }).click();
  await expect(marked).not.toContainText('Its document is in the Trash');
  await expect(marked.getByRole('link', { name: /Open in reader/ })).toBeVisible();

  // Deleted again, then the Trash emptied: gone for good, with its text and excerpts.
  await library.open();
  await library.deleteDocument(FOC);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
  const trashed = page.getByRole('list', { name: 'Documents in the Trash' });
  await expect(trashed.getByRole('listitem')).toHaveCount(1);
  await expect(trashed).toContainText(FOC);
  await expect(trashed).toContainText('2 excerpts (1 with a note), used in “Brief”');
  await shoot(page, 'trash-view');
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  const empty = page.getByRole('dialog', { name: 'Empty the Trash?' });
  await expect(empty).toContainText(FOC);
  await empty.getByRole('button', { name: 'Empty Trash' }).click();
  await expect(page.getByText('The Trash is empty')).toBeVisible();
  const emptied = await rowCounts(page);
  expect(emptied.rows.documents).toBe(before.rows.documents - 1);
  expect(emptied.rows.annotations).toBe(before.rows.annotations - 2);
  expect(emptied.rows.blocks).toBeLessThan(before.rows.blocks);

  // A merge restore of the backup lists what it brings back, and brings it back.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await choosing).setFiles(backupFile);
  const preview = page.getByRole('dialog', { name: /Restore backup\.json/ });
  const bringsBack = preview.getByRole('list', { name: 'A merge brings back or adds' });
  await expect(bringsBack.getByRole('listitem')).toHaveText([`Document “${FOC}”`, '2 excerpts']);
  await shoot(page, 'merge-preview');
  await preview.getByRole('button', { name: 'Merge into library' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup merged: 3 added, 0 brought back' }),
  ).toBeVisible();
  const merged = await rowCounts(page);
  expect(merged).toEqual(before);

  await collections.open();
  await collections.collectionLink('Brief').click();
  await expect(view.items).toHaveCount(2);
  await expect(view.item('illicit monitoring')).not.toContainText('Trash');

  // Replace asks first, naming what it loses, and saves the library it replaces.
  await library.open();
  await library.deleteDocument(CANADA);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  const choosingAgain = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await choosingAgain).setFiles(backupFile);
  await preview.getByRole('button', { name: 'Replace library' }).click();
  const replace = page.getByRole('dialog', { name: 'Replace the library with the backup?' });
  await expect(replace).toContainText('First, a backup of the library as it is now is written');
  await shoot(page, 'replace-question');
  const safety = page.waitForEvent('download');
  await replace.getByRole('button', { name: 'Replace library' }).click();
  expect((await safety).suggestedFilename()).toMatch(
    /^rightsmark-library-before-replace-.*\.json$/,
  );
  await expect(page.getByRole('status').filter({ hasText: 'Library replaced' })).toBeVisible();
  expect(await rowCounts(page)).toEqual(before);
});

test('several documents go at once; the excerpts view and the export review say what is in the Trash', async ({
  library,
  page,
}) => {
  const { collections, excerpts } = await briefFromBothDocuments(library, page);

  // Ticking rows: Shift ticks a range; the header box ticks every shown row.
  await library.open();
  const boxes = library.table.getByRole('checkbox', { name: /^Select “/ });
  await boxes.nth(0).check();
  await boxes.nth(2).click({ modifiers: ['Shift'] });
  const selection = page.getByRole('group', { name: 'Selected documents' });
  await expect(selection.getByRole('status')).toHaveText('3 selected');
  await library.table.getByRole('checkbox', { name: 'Select all shown documents' }).check();
  await expect(selection.getByRole('status')).toHaveText('5 selected');
  await selection.getByRole('button', { name: 'Clear selection' }).click();
  await expect(selection).toHaveCount(0);

  // Two documents, one question naming what goes, one undo.
  await library.table.getByRole('checkbox', { name: `Select “${FOC}”` }).check();
  // From the keyboard too: Tab reaches the next box, Space ticks it.
  await library.table.getByRole('checkbox', { name: `Select “${CANADA}”` }).focus();
  await page.keyboard.press('Space');
  await selection.getByRole('button', { name: 'Delete selected (2)' }).click();
  const question = page.getByRole('dialog', { name: 'Delete 2 documents?' });
  await expect(question).toContainText('They take 3 excerpts, 1 with a note, with them.');
  await expect(question).toContainText('“Brief” (2 excerpts) will show them as in the Trash');
  await expect(question.getByRole('listitem')).toHaveText([FOC, CANADA].sort());
  await shoot(page, 'delete-several');
  await question.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(library.documentLink(FOC)).toHaveCount(0);
  await expect(library.documentLink(CANADA)).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(library.documentLink(FOC)).toBeVisible();
  await expect(library.documentLink(CANADA)).toBeVisible();
  await library.table.getByRole('checkbox', { name: `Select “${FOC}”` }).check();
  await library.table.getByRole('checkbox', { name: `Select “${CANADA}”` }).check();
  await selection.getByRole('button', { name: 'Delete selected (2)' }).click();
  await question.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(library.documentLink(FOC)).toHaveCount(0);

  // The excerpts view says what it does not list, and restores a document in one click.
  await excerpts.open();
  const notice = page.getByRole('note', { name: 'Not listed: in the Trash' });
  await expect(notice).toContainText(
    '3 excerpts are not listed because their documents are in the Trash.',
  );
  await shoot(page, 'excerpts-notice');
  await notice.getByRole('button', { name: `Restore document “${CANADA}” from the Trash` }).click();
  await expect(notice).toContainText('2 excerpts are not listed because their document is in');
  await expect(excerpts.list.getByText(PASSAGES[2]!.exact)).toBeVisible();

  // The export review lists what it leaves out, and why, with a restore.
  await collections.open();
  await collections.collectionLink('Brief').click();
  const view = new CollectionPage(page);
  await view.exportButton.click();
  await page
    .getByRole('dialog', { name: 'Export “Brief”' })
    .getByRole('button', { name: 'Export' })
    .click();
  const review = page.getByRole('dialog', { name: 'What will leave' });
  const leftOut = review.getByRole('note', { name: 'Left out: in the Trash' });
  await expect(leftOut).toContainText(
    `Left out: 1 excerpt because its document “${FOC}” is in the Trash.`,
  );
  await expect(review).toContainText('1 excerpt from 1 document');
  await shoot(page, 'export-review-left-out');
  await leftOut.getByRole('button', { name: `Restore document “${FOC}” from the Trash` }).click();
  await expect(leftOut).toHaveCount(0);
  await expect(review).toContainText('2 excerpts from 2 documents');
  await review.getByRole('button', { name: 'Back' }).click();
  await page
    .getByRole('dialog', { name: 'Export “Brief”' })
    .getByRole('button', { name: 'Cancel' })
    .click();

  // Deleting a collection asks first, naming what it holds; it goes to the Trash.
  await page.getByRole('button', { name: 'Delete collection' }).click();
  const ask = page.getByRole('dialog', { name: 'Delete collection “Brief”?' });
  await expect(ask).toContainText('It holds 2 excerpts; the excerpts stay in the library.');
  await expect(ask).toContainText('for 30 days');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete collection' }).click();
  await ask.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(collections.heading).toBeVisible();
  await expect(collections.collectionLink('Brief')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('list', { name: 'Collections in the Trash' })).toContainText('Brief');
});
