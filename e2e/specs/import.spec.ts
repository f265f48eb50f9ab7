/**
 * Importing documents: every format through the real file chooser and by drag and drop, bad
 * files in a batch, a hostile web page that must stay inert, re-imports, new versions, cancel.
 * The fixture fails any test in which a request leaves 127.0.0.1 or the console shows an error.
 */
import type { Locator, Page } from '@playwright/test';
import {
  briefDocx,
  HOSTILE_HTML,
  longPdf,
  randomBytes,
  REPORT_EXPECTED,
  reportPdf,
  scannedPdf,
} from '../fixtures/import-files';
import { expect, test } from '../fixtures/app';
import { chosenFile as file, LibraryPage, type ChosenFile } from '../pages/library-page';
import { SearchPage } from '../pages/search-page';

const importButton = (page: Page) => page.getByRole('button', { name: 'Import documents' });
const filesList = (page: Page) => page.getByRole('list', { name: 'Files to import' });
const fileStatus = (page: Page, name: string) =>
  filesList(page).getByRole('status', {
    name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
  });
const documentCount = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^[\d,]+ documents$/ });

/** Imports through the platform's file chooser, as a person picking files would. */
const chooseFiles = (page: Page, files: readonly ChosenFile[]) =>
  new LibraryPage(page).chooseFiles(files);

/** Drops files on the target as the browser would: File objects in a DataTransfer. */
async function dropFiles(target: Locator, files: readonly ChosenFile[]): Promise<void> {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.mimeType,
    data: f.buffer.toString('base64'),
  }));
  const dataTransfer = await target.page().evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return transfer;
  }, payload);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await target.dispatchEvent(type, { dataTransfer });
  }
}

async function expectFinished(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible({
    timeout: 30_000,
  });
}

test('one file of each format imports through the file chooser and opens in the reader', async ({
  library,
  page,
  reader,
}) => {
  await library.open();
  await chooseFiles(page, [
    file(
      'notes.txt',
      'Notes on assembly\n\nPeaceful assembly online deserves protection.',
      'text/plain',
    ),
    file('brief.md', '# Markdown brief\n\nA *marked* paragraph.\n\n- one point', 'text/markdown'),
    file(
      'page.html',
      '<!doctype html><html lang="en"><title>Web page</title><main><h1>Web page title</h1><p>From the web.</p></main>',
      'text/html',
    ),
    file('report.pdf', await reportPdf(), 'application/pdf'),
    file('brief.docx', briefDocx()),
  ]);
  await expectFinished(page);
  for (const [name, title] of [
    ['notes.txt', 'Notes on assembly'],
    ['brief.md', 'Markdown brief'],
    ['page.html', 'Web page title'],
    ['report.pdf', REPORT_EXPECTED.title],
    ['brief.docx', 'Policy Brief on Encryption'],
  ]) {
    await expect(fileStatus(page, name!)).toHaveText(`Imported as “${title}”`);
    await expect(library.documentLink(title!)).toBeVisible();
  }
  await expect(documentCount(page)).toHaveText('10 documents');
  await expect(page.getByRole('status').filter({ hasText: 'Imported 5 documents.' })).toBeVisible();

  await library.documentLink(REPORT_EXPECTED.title).click();
  await expect(reader.title()).toHaveText(REPORT_EXPECTED.title);
  await expect(reader.heading('Recommendations')).toBeVisible();
  await expect(
    reader.article.getByText('refrain from shutting down networks during elections or protests.'),
  ).toBeVisible();
  await expect(reader.article).not.toContainText('Annual Report 2021');
  await page.screenshot({ path: 'test-results/import-pdf-in-reader.png' });

  await page.goBack();
  await library.documentLink('Policy Brief on Encryption').click();
  await expect(reader.heading('Encryption and Human Rights')).toBeVisible();
  await expect(
    reader.article.getByText('Do not mandate backdoors in messaging services.'),
  ).toBeVisible();
});

test('files dropped on the library import the same way', async ({ library, page }) => {
  await library.open();
  await dropFiles(library.page.getByRole('region', { name: 'Library' }), [
    file('dropped.txt', 'Dropped statement\n\nIt arrived by drag and drop.', 'text/plain'),
    file('dropped.pdf', await reportPdf({ title: 'Dropped report' }), 'application/pdf'),
  ]);
  await expectFinished(page);
  await expect(library.documentLink('Dropped statement')).toBeVisible();
  await expect(library.documentLink('Dropped report')).toBeVisible();
  await expect(documentCount(page)).toHaveText('7 documents');
});

test('a batch with bad files names each problem and imports the rest', async ({
  library,
  page,
}) => {
  await library.open();
  await chooseFiles(page, [
    file('good.txt', 'A good statement\n\nIt imports.', 'text/plain'),
    file('fake.pdf', 'This is not a PDF.'),
    file('empty.md', ''),
    file('noise.docx', randomBytes(3000, 5)),
    file('scan.pdf', await scannedPdf(), 'application/pdf'),
    file('lying-name.txt', await reportPdf({ title: 'A PDF with a lying name' })),
    file('binary.txt', randomBytes(3000, 9)),
  ]);
  await expectFinished(page);
  await expect(fileStatus(page, 'fake.pdf')).toHaveText('not a PDF');
  await expect(fileStatus(page, 'empty.md')).toHaveText('empty file');
  await expect(fileStatus(page, 'noise.docx')).toHaveText('not a Word (.docx) document');
  await expect(fileStatus(page, 'scan.pdf')).toHaveText(
    'no text: the PDF seems to be scanned images',
  );
  await expect(fileStatus(page, 'binary.txt')).toHaveText('not UTF-8, UTF-16 or Windows-1252 text');
  await expect(fileStatus(page, 'good.txt')).toHaveText('Imported as “A good statement”');
  await expect(fileStatus(page, 'lying-name.txt')).toHaveText(
    'Imported as “A PDF with a lying name”',
  );
  await expect(documentCount(page)).toHaveText('7 documents');
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 2 documents, 5 could not be imported.' }),
  ).toBeVisible();
});

test('an imported web page stays inert: no script runs, nothing is fetched', async ({
  library,
  page,
  reader,
  outsideRequests,
}) => {
  await library.open();
  await chooseFiles(page, [file('liberte.html', HOSTILE_HTML, 'text/html')]);
  await expectFinished(page);
  const title = 'Liberté d’expression en ligne';
  await library.documentLink(title).click();
  await expect(reader.title()).toHaveText(title);
  await expect(reader.article.getByText('Premier point')).toBeVisible();
  await expect(reader.article).not.toContainText('Texte du formulaire');
  await expect(reader.article).not.toContainText('Accueil');
  // The document's own content, not the reader's header (its Go to field is a form of the app's).
  await expect(
    reader.article.locator(':is(img, iframe, script, object, form):not(.document-header *)'),
  ).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(await page.title()).not.toBe('pwned');
  expect(outsideRequests).toEqual([]);
});

test('a batch of files is found by search once its import ends', async ({ library, page }) => {
  await library.open();
  // Enough files for several write groups; the search index catches up when the import ends.
  const files = Array.from({ length: 120 }, (_, n) =>
    file(
      `note-${n + 1}.txt`,
      `Field note ${n + 1}\n\nObservers recorded ${n === 77 ? 'quokkanised' : 'ordinary'} checkpoints.\n\nEntry ${n + 1}.`,
      'text/plain',
    ),
  );
  await chooseFiles(page, files);
  await expectFinished(page);
  await expect(documentCount(page)).toHaveText('125 documents');
  const search = new SearchPage(page);
  await search.search('quokkanised');
  await expect.poll(() => search.groupTitles()).toEqual(['Field note 78']);
});

test('importing the same content again says it is already in the library', async ({
  library,
  page,
}) => {
  await library.open();
  const statement = file(
    'statement.txt',
    'Joint statement\n\nShutdowns harm everyone.',
    'text/plain',
  );
  await chooseFiles(page, [statement]);
  await expectFinished(page);
  await page.getByRole('button', { name: 'Close the import summary' }).click();
  await chooseFiles(page, [{ ...statement, name: 'copy of statement.txt' }]);
  await expectFinished(page);
  await expect(fileStatus(page, 'copy of statement.txt')).toHaveText(
    'Already in the library as “Joint statement”',
  );
  await expect(documentCount(page)).toHaveText('6 documents');
});

test('a changed version of a document can replace it or be added beside it', async ({
  library,
  page,
  reader,
}) => {
  await library.open();
  await chooseFiles(page, [file('brief.docx', briefDocx())]);
  await expectFinished(page);

  await chooseFiles(page, [
    file('brief.docx', briefDocx({ extra: 'A paragraph added in version two.' })),
  ]);
  const dialog = page.getByRole('dialog', { name: 'New version of “Policy Brief on Encryption”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace with new version' }).click();
  await expectFinished(page);
  await expect(fileStatus(page, 'brief.docx')).toHaveText(
    'Replaced “Policy Brief on Encryption” with version 2',
  );
  await expect(documentCount(page)).toHaveText('6 documents');

  await chooseFiles(page, [file('brief.docx', briefDocx({ extra: 'Version three.' }))]);
  await dialog.getByRole('button', { name: 'Add as separate document' }).click();
  await expectFinished(page);
  await expect(documentCount(page)).toHaveText('7 documents');

  await library.documentLink('Policy Brief on Encryption').first().click();
  await expect(reader.article).toBeVisible();
});

test('a long import shows each file’s progress and can be cancelled', async ({ library, page }) => {
  await library.open();
  await chooseFiles(page, [
    file('first.txt', 'First file\n\nImported before the cancel.', 'text/plain'),
    // Long enough that reading it outlasts the checks below even on a fast machine.
    file('long-report.pdf', await longPdf(1500), 'application/pdf'),
    file('after.txt', 'After file\n\nNever imported.', 'text/plain'),
  ]);
  await expect(fileStatus(page, 'first.txt')).toHaveText('Imported as “First file”');
  const progress = filesList(page).getByRole('progressbar', { name: 'Importing long-report.pdf' });
  await expect(progress).toBeVisible();
  // Reading starts once the worker has loaded pdf.js, which takes a while on a loaded machine.
  await expect(fileStatus(page, 'long-report.pdf')).toHaveText(/Reading… [1-9]\d?%/, {
    timeout: 30_000,
  });
  await expect(importButton(page)).toBeDisabled();
  await page
    .getByRole('region', { name: 'Library' })
    .screenshot({ path: 'test-results/import-progress.png' });

  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expectFinished(page);
  await expect(fileStatus(page, 'long-report.pdf')).toHaveText('Cancelled');
  await expect(fileStatus(page, 'after.txt')).toHaveText('Cancelled');
  await expect(documentCount(page)).toHaveText('6 documents');
  await expect(library.documentLink('First file')).toBeVisible();
  // The app stays usable: the next import starts a fresh worker.
  await chooseFiles(page, [file('next.txt', 'Next file\n\nAfter the cancel.', 'text/plain')]);
  await expect(fileStatus(page, 'next.txt')).toHaveText('Imported as “Next file”');
});
