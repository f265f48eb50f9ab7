/**
 * Files dropped anywhere on the window, outside a view's own drop zone, go where they belong:
 * a collection file to the import preview, a document to the library's import, anything else
 * named as not opened. The same routing serves files the desktop app is asked to open.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** Drops files on the page's header (no view takes drops there) as a file manager would. */
async function dropOnHeader(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name));
    const target = document.querySelector('header') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, files);
}

test('a collection file dropped on the window opens its import preview', async ({
  library,
  page,
}) => {
  await library.open();
  const text = readFileSync(
    path.join(projectRoot, 'docs/examples/sample-collection.rightsmark.json'),
    'utf8',
  );
  await dropOnHeader(page, [{ name: 'sample-collection.rightsmark.json', text }]);
  await expect(
    page.getByRole('heading', {
      name: 'Import “Human rights online: shared principles and pressure points”',
    }),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/collections$/);
});

test('a document dropped on the window is imported into the library', async ({ library, page }) => {
  await library.open();
  await dropOnHeader(page, [
    {
      name: 'dropped-statement.txt',
      text: 'Statement on connectivity and rights\n\nThe same rights apply online as offline.\n',
    },
  ]);
  await expect(library.documentLink('Statement on connectivity and rights')).toBeVisible();
  await expect(library.status).toHaveText('6 documents');
});

test('a file the app does not open is named, and the library is unchanged', async ({
  library,
  page,
}) => {
  await library.open();
  await dropOnHeader(page, [{ name: 'setup.exe', text: 'MZ' }]);
  // The message lists the kinds it reads ("documents (.txt, …"), so the count is matched exactly.
  await expect(
    page.getByRole('status').filter({ hasText: 'does not open “setup.exe”' }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^5 documents$/ })).toBeVisible();
  await expect(library.table.getByRole('link')).toHaveCount(5);
});
