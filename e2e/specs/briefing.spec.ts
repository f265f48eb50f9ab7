/**
 * Briefing PDFs from the excerpts view: the dialog's options and live preview, saving the PDF
 * (read back in Node with pdf.js: title, quotes, the attached collection file), remembered
 * options, an empty selection, and cancelling a large briefing. Passages are seeded into
 * IndexedDB.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readPdf, squash } from '../../cli/testing/pdf-read-back';
import { expect, test } from '../fixtures/app';
import {
  seedAnnotations,
  seedManyAnnotations,
  type PassageSeed,
} from '../fixtures/seed-annotations';
import { BriefingPage } from '../pages/briefing-page';
import { CollectionPage, CollectionsPage, named } from '../pages/collections-page';
import { ExcerptsPage } from '../pages/excerpts-page';
import type { LibraryPage } from '../pages/library-page';

/** Set to a folder to keep screenshots of the dialog for review. */
const SHOTS = process.env.BRIEFING_SHOTS;

const FOC = 'Freedom Online: Joint Action for Free Expression on the Internet';
const CANADA = 'Human rights and inclusion in online and digital contexts';

const PASSAGES: readonly PassageSeed[] = [
  {
    docTitle: FOC,
    exact:
      'the right to the protection of the law against arbitrary interference with his or her privacy',
    rights: ['Privacy', 'Freedom of expression'],
    note: 'The privacy hook of the declaration',
    author: 'Amina',
  },
  {
    docTitle: FOC,
    exact: 'illicit monitoring, filtering and hacking',
    rights: ['Privacy'],
    note: 'Surveillance practices',
    author: 'Amina',
  },
  {
    docTitle: CANADA,
    exact: 'guarantees of civic participation and safety online',
    rights: ['Assembly and association'],
    author: 'Jonas',
  },
];

async function openExcerpts(library: LibraryPage, page: Page, seed: (page: Page) => Promise<void>) {
  await library.open();
  await seed(page);
  await page.reload();
  await library.table.getByRole('link').first().waitFor();
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  return excerpts;
}

test('previews the briefing and saves a PDF with the title, quotes and collection file', async ({
  library,
  page,
}) => {
  const excerpts = await openExcerpts(library, page, async (p) => {
    await seedAnnotations(p, PASSAGES);
  });
  await expect(excerpts.status).toHaveText('3 excerpts');
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.ttf')) fonts.push(new URL(request.url()).pathname);
  });
  const briefing = new BriefingPage(page);
  await briefing.open();
  await expect(briefing.title).toBeFocused();
  await briefing.title.fill('Surveillance and the open Internet');

  await expect(briefing.firstPage()).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
  const name = (await briefing.firstPage().getAttribute('aria-label')) ?? '';
  const total = Number(/of (\d+)$/.exec(name)?.[1]);
  expect(total).toBeGreaterThan(1);
  await expect(briefing.pages).toHaveCount(total);
  await expect(briefing.pageCount()).toHaveText(`${total} pages, 3 excerpts`);
  // Latin text only: the Latin faces are fetched, the 5.5 MB Japanese face and Arabic are not.
  expect(fonts.some((font) => font.includes('NotoSerif-Regular'))).toBe(true);
  expect(fonts.filter((font) => /NotoSansJP|NotoNaskhArabic/.test(font))).toEqual([]);

  const downloading = page.waitForEvent('download');
  await briefing.save.click();
  await expect(briefing.review).toContainText('3 excerpts from 2 documents');
  await briefing.saveReviewed.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('surveillance-and-the-open-internet.pdf');
  await expect(briefing.dialog).toBeHidden();
  await expect(
    page.getByText(/Saved the briefing as surveillance-and-the-open-internet\.pdf/),
  ).toBeVisible();

  const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
  expect(pdf.pages).toHaveLength(total);
  const text = squash(pdf.pages.map((p) => p.text).join(' '));
  expect(text).toContain(squash('Surveillance and the open Internet'));
  expect(text).toContain(squash(PASSAGES[1]!.exact));
  expect(text).toContain(squash('Internal — not for distribution'));
  const attachments = Object.values(pdf.attachments);
  expect(attachments.map((a) => a.filename)).toEqual([
    'surveillance-and-the-open-internet.rightsmark.json',
  ]);
  const collection = JSON.parse(new TextDecoder().decode(attachments[0]!.content)) as {
    total: number;
    first: { items: { target: { selector: { exact?: string }[] } }[] };
  };
  expect(collection.total).toBe(3);
  expect(collection.first.items.map((item) => item.target.selector[0]?.exact)).toContain(
    PASSAGES[1]!.exact,
  );
});

test('remembers the options for the next briefing, and rebuilds when they change', async ({
  library,
  page,
}) => {
  await openExcerpts(library, page, async (p) => {
    await seedAnnotations(p, PASSAGES);
  });
  const briefing = new BriefingPage(page);
  await briefing.open();
  await expect(briefing.firstPage()).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
  await briefing.organisation.fill('Digital Rights Unit');
  await briefing.byDocument.check();
  await briefing.right('Assembly and association').uncheck();
  await expect(briefing.pageCount()).toHaveText(/ pages, 2 excerpts$/, { timeout: 30_000 });
  // The choices are written a moment after the last change.
  await page.waitForTimeout(1000);
  await briefing.close.click();
  await expect(briefing.dialog).toBeHidden();

  await page.reload();
  await new ExcerptsPage(page).heading.waitFor();
  await briefing.open();
  await expect(briefing.organisation).toHaveValue('Digital Rights Unit');
  await expect(briefing.byDocument).toBeChecked();
  await expect(briefing.right('Assembly and association')).not.toBeChecked();
  await expect(briefing.right('Privacy')).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(briefing.dialog).toBeHidden();
  await expect(briefing.exportButton).toBeFocused();
});

test('names a character no font has, and saves with a box only once the analyst accepts it', async ({
  library,
  page,
}) => {
  const excerpts = await openExcerpts(library, page, async (p) => {
    await seedAnnotations(p, PASSAGES);
  });
  await expect(excerpts.status).toHaveText('3 excerpts');
  const briefing = new BriefingPage(page);
  await briefing.open();
  // Korean and Chinese are drawn from the bundled faces; Ethiopic has no face.
  await briefing.title.fill('인권 人权 ሰላም');
  const alert = briefing.dialog.getByRole('alert');
  await expect(alert).toContainText('U+1230 “ሰ” in the title', { timeout: 30_000 });
  await expect(briefing.save).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('missing-glyphs.png') });

  await briefing.allowMissingGlyphs.check();
  await expect(
    briefing.dialog.getByRole('status').filter({ hasText: 'drawn as a box' }),
  ).toContainText('3 characters are drawn as a box', { timeout: 30_000 });
  await expect(briefing.firstPage()).toHaveAttribute('data-drawn', 'true', { timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('boxes.png') });
  const downloading = page.waitForEvent('download');
  await briefing.save.click();
  await briefing.saveReviewed.click();
  const pdf = await readPdf(new Uint8Array(await readFile(await (await downloading).path())));
  // The boxes still read back as the characters they stand for.
  expect(squash(pdf.pages[0]?.text ?? '')).toContain(squash('인권 人权 ሰላም'));
});

test('an empty selection shows a message and makes no PDF', async ({ library, page }) => {
  const excerpts = await openExcerpts(library, page, async (p) => {
    await seedAnnotations(p, PASSAGES);
  });
  await excerpts.search.fill('no passage anywhere says this');
  await expect(excerpts.status).toHaveText('0 of 3 excerpts');
  const briefing = new BriefingPage(page);
  await briefing.open();
  await expect(briefing.dialog).toContainText('There are no excerpts to put in a briefing.');
  await expect(briefing.dialog).toContainText('No excerpt matches the current filters');
  await expect(briefing.save).toHaveCount(0);
  await expect(briefing.pages).toHaveCount(0);
  await briefing.close.click();
  await expect(briefing.dialog).toBeHidden();
});

test('a large briefing shows its progress and can be cancelled, saving nothing', async ({
  library,
  page,
}) => {
  // Enough excerpts that the build takes seconds even on a fast machine (600 once finished
  // between two looks at its progress, and the test then saw no progress bar at all).
  const excerpts = await openExcerpts(library, page, (p) => seedManyAnnotations(p, 3000));
  await expect(excerpts.status).toHaveText('3,000 excerpts');
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  const briefing = new BriefingPage(page);
  await briefing.open();
  await briefing.includeAppendix.check();
  await expect(briefing.progress).toBeVisible();
  await expect
    .poll(async () => Number(await briefing.progress.getAttribute('aria-valuenow')), {
      timeout: 30_000,
      intervals: [50],
    })
    .toBeGreaterThan(10);
  await briefing.cancel.click();
  await expect(briefing.dialog.getByRole('status')).toHaveText(
    /Briefing cancelled: nothing was saved/,
  );
  await expect(briefing.progress).toHaveCount(0);
  await expect(briefing.save).toBeDisabled();
  await expect(briefing.pages).toHaveCount(0);
  // The cancelled build does not come back later.
  await page.waitForTimeout(1500);
  await expect(briefing.save).toBeDisabled();
  await briefing.close.click();
  expect(downloads).toBe(0);
});

test('takes the analyst’s summary and recommendations, prints them after the cover, and keeps them with the collection', async ({
  library,
  page,
}) => {
  const excerpts = await openExcerpts(library, page, async (p) => {
    await seedAnnotations(p, PASSAGES);
  });
  const collections = new CollectionsPage(page);
  const first = named('Add to collection', PASSAGES[0]!.exact);
  await collections.addTo(excerpts.list.getByRole('button', { name: first }), first, 'Brief', true);
  const second = named('Add to collection', PASSAGES[1]!.exact);
  await collections.addTo(excerpts.list.getByRole('button', { name: second }), second, 'Brief');
  await expect(page.getByRole('status').filter({ hasText: 'to “Brief”' })).toHaveCount(1);
  await collections.open();
  await collections.collectionLink('Brief').click();

  const briefing = new BriefingPage(page);
  await briefing.open();
  await briefing.documentType.fill('Policy brief');
  await briefing.reference.fill('RM/2026/007 v2');
  await briefing.cutOff.fill('28 February 2026');
  await briefing.summary.fill(
    'States commit to privacy online, yet surveillance grows.\n\nE2 names the practices.',
  );
  await briefing.recommendations.fill(
    '- Publish every surveillance order\n- Review filtering each year',
  );
  await expect(briefing.pageCount()).toHaveText(/ pages, 2 excerpts$/, { timeout: 30_000 });
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'briefing-argument.png') });

  const downloading = page.waitForEvent('download');
  await expect(briefing.save).toBeEnabled({ timeout: 30_000 });
  await briefing.save.click();
  // The review names the argument and lets it be held back; it goes by default.
  const argument = briefing.review.getByRole('checkbox', { name: /^The analyst’s argument/ });
  await expect(argument).toBeChecked();
  await expect(argument).toHaveAccessibleName(
    'The analyst’s argument (executive summary, recommendations)',
  );
  await briefing.saveReviewed.click();
  const download = await downloading;
  if (SHOTS) await download.saveAs(path.join(SHOTS, 'briefing-argument.pdf'));
  const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
  const pageTexts = pdf.pages.map((p) => squash(p.text));
  // The cover sets the document type in small capitals.
  expect(pageTexts[0]?.toLowerCase()).toContain(squash('policy brief'));
  expect(pageTexts[0]).toContain(squash('RM/2026/007 v2'));
  expect(pageTexts[0]).toContain(squash('28 February 2026'));
  const at = (text: string) => pageTexts.findIndex((t) => t.includes(squash(text)));
  const summaryPage = at('surveillance grows');
  const firstQuote = at(PASSAGES[1]!.exact);
  expect(summaryPage).toBeGreaterThan(0);
  expect(at('Publish every surveillance order')).toBeGreaterThanOrEqual(summaryPage);
  expect(at('Review filtering each year')).toBeGreaterThanOrEqual(summaryPage);
  expect(firstQuote).toBeGreaterThan(summaryPage);
  // The attached collection file carries the argument, so a colleague's import keeps it.
  const attached = JSON.parse(
    new TextDecoder().decode(Object.values(pdf.attachments)[0]!.content),
  ) as { rightsmark: { collection: { briefing?: { recommendations?: string } } } };
  expect(attached.rightsmark.collection.briefing?.recommendations).toBe(
    '- Publish every surveillance order\n- Review filtering each year',
  );

  // Opened again after a reload, the dialog starts from what was written for this collection.
  await page.reload();
  await new CollectionPage(page).heading('Brief').waitFor();
  await briefing.open();
  await expect(briefing.summary).toHaveValue(
    'States commit to privacy online, yet surveillance grows.\n\nE2 names the practices.',
  );
  await expect(briefing.recommendations).toHaveValue(
    '- Publish every surveillance order\n- Review filtering each year',
  );
  await expect(briefing.documentType).toHaveValue('Policy brief');
  await expect(briefing.reference).toHaveValue('RM/2026/007 v2');
  await expect(briefing.cutOff).toHaveValue('28 February 2026');
});
