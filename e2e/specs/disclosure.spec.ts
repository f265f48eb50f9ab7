/**
 * Nothing withheld leaves the desk: a briefing saved with notes switched off and authors as
 * initials in the "What will leave" review, and a note marked private in the annotation panel,
 * are absent from every part of the saved PDF (pages, highlight pop-ups, metadata, the attached
 * collection), read back in Node.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exportedText } from '../../cli/testing/exported-text';
import { readPdf, squash } from '../../cli/testing/pdf-read-back';
import { expect, test } from '../fixtures/app';
import { seedAnnotations, type PassageSeed } from '../fixtures/seed-annotations';
import { BriefingPage } from '../pages/briefing-page';
import { ExcerptsPage } from '../pages/excerpts-page';
import type { LibraryPage } from '../pages/library-page';

const FOC = 'Freedom Online: Joint Action for Free Expression on the Internet';
const CANADA = 'Human rights and inclusion in online and digital contexts';

const PASSAGES: readonly PassageSeed[] = [
  {
    docTitle: FOC,
    exact:
      'the right to the protection of the law against arbitrary interference with his or her privacy',
    rights: ['Privacy'],
    note: 'Qzsource told us this in confidence',
    author: 'Amina Diallo',
  },
  {
    docTitle: FOC,
    exact: 'illicit monitoring, filtering and hacking',
    rights: ['Privacy'],
    note: 'Qzshared surveillance practices',
    author: 'Amina Diallo',
  },
  {
    docTitle: CANADA,
    exact: 'guarantees of civic participation and safety online',
    rights: ['Assembly and association'],
    note: 'Qzcivic space',
    author: 'Jonas Berg',
  },
];

const SHOTS = process.env.DISCLOSURE_SHOTS;

async function seeded(library: LibraryPage, page: Page): Promise<void> {
  await library.open();
  await seedAnnotations(page, PASSAGES);
  await page.reload();
  await library.table.getByRole('link').first().waitFor();
}

async function saveBriefing(page: Page, briefing: BriefingPage): Promise<Uint8Array> {
  const downloading = page.waitForEvent('download');
  await expect(briefing.saveReviewed).toBeEnabled({ timeout: 60_000 });
  await briefing.saveReviewed.click();
  const download = await downloading;
  await expect(briefing.review).toBeHidden();
  return new Uint8Array(await readFile(await download.path()));
}

test('notes switched off and authors as initials in the review leave nothing behind in the PDF', async ({
  library,
  page,
}) => {
  await seeded(library, page);
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  const briefing = new BriefingPage(page);
  await briefing.open();
  await briefing.includeAppendix.check();
  await expect(briefing.firstPage()).toHaveAttribute('data-drawn', 'true', { timeout: 60_000 });

  await briefing.save.click();
  await expect(briefing.review).toContainText('3 excerpts from 2 documents');
  const notes = briefing.review.getByRole('checkbox', { name: 'Analysts’ notes (3)' });
  await expect(notes).toBeChecked();
  await notes.uncheck();
  await briefing.review.getByRole('radio', { name: 'Initials' }).check();
  await expect(briefing.review).toContainText('A. D., J. B.');
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'what-will-leave.png') });
  const bytes = await saveBriefing(page, briefing);

  const everything = squash(await exportedText(bytes));
  for (const withheld of ['Qzsource', 'Qzshared', 'Qzcivic', 'Amina', 'Diallo', 'Jonas', 'Berg']) {
    expect(everything.includes(withheld), `${withheld} is in the PDF`).toBe(false);
  }
  const pdf = await readPdf(bytes);
  // The quotes are still there, and the appendix's highlights show the quote, not the note.
  expect(squash(pdf.pages.map((p) => p.text).join(''))).toContain(
    squash('illicit monitoring, filtering and hacking'),
  );
  const attached = JSON.parse(
    new TextDecoder().decode(Object.values(pdf.attachments)[0]?.content),
  ) as {
    rightsmark: { includesNotes: boolean };
    first: { items: { creator?: { name: string } }[] };
  };
  expect(attached.rightsmark.includesNotes).toBe(false);
  expect(attached.first.items.map((item) => item.creator?.name)).toEqual([
    'A. D.',
    'A. D.',
    'J. B.',
  ]);

  // The switches are remembered for the next briefing.
  await briefing.open();
  await expect(briefing.firstPage()).toHaveAttribute('data-drawn', 'true', { timeout: 60_000 });
  await briefing.save.click();
  await expect(briefing.review.getByRole('radio', { name: 'Initials' })).toBeChecked();
  await expect(
    briefing.review.getByRole('checkbox', { name: 'Analysts’ notes (3)' }),
  ).not.toBeChecked();
});

test('a note marked private in the annotation panel never leaves, and the review says so', async ({
  library,
  page,
}) => {
  await seeded(library, page);
  await library.table.getByRole('link', { name: FOC }).click();
  const card = page
    .getByRole('complementary', { name: /Annotations/ })
    .getByRole('listitem')
    .filter({ hasText: 'illicit monitoring' });
  // The box shows the stored flag: it turns checked once the write has landed.
  const keepPrivate = card.getByRole('checkbox', { name: 'Keep note private' });
  await keepPrivate.click();
  await expect(keepPrivate).toBeChecked();
  await expect(card.getByText('Private note')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'private-note.png') });

  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  const briefing = new BriefingPage(page);
  await briefing.open();
  await expect(briefing.firstPage()).toHaveAttribute('data-drawn', 'true', { timeout: 60_000 });
  await briefing.save.click();
  await expect(briefing.review).toContainText('1 private note held back');
  const bytes = await saveBriefing(page, briefing);

  const everything = squash(await exportedText(bytes));
  expect(everything).not.toContain('Qzshared');
  // Shared notes still go: only the private one is held back.
  expect(everything).toContain('Qzsourcetoldus');
  expect(everything).toContain('Qzcivic');
});
