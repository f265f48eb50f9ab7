/**
 * Zero network over a whole working session: start, import one file of each format, annotate,
 * build a collection, export a briefing PDF. Every request the page makes is recorded; all of
 * them must go to the app's own origin (or be data:/blob: URLs), and none may leave it.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures/app';
import { briefDocx, REPORT_EXPECTED, reportPdf } from '../fixtures/import-files';
import { tagPassage } from '../pages/annotate';
import { BriefingPage } from '../pages/briefing-page';
import { CollectionPage, CollectionsPage, named } from '../pages/collections-page';
import { chosenFile as file } from '../pages/library-page';

test('a whole session makes no request outside the app', async ({
  library,
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  await library.open();
  await library.chooseFiles([
    file(
      'notes.txt',
      'Field notes\n\nActivists reported throttling during the protest week.\n',
      'text/plain',
    ),
    file(
      'memo.md',
      '# Memo\n\nThe **ministry** should publish its [blocking orders](#).\n',
      'text/markdown',
    ),
    file(
      'statement.html',
      '<html lang="en"><head><title>Statement</title></head><body><main><h1>Statement</h1><p>Peaceful assembly online deserves protection.</p></main></body></html>',
      'text/html',
    ),
    file('report.pdf', await reportPdf(), 'application/pdf'),
    file(
      'brief.docx',
      briefDocx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ),
  ]);
  await expect(page.getByRole('status').filter({ hasText: /^10 documents$/ })).toBeVisible({
    timeout: 60_000,
  });

  // Annotate the imported PDF.
  await library.documentLink(REPORT_EXPECTED.title).click();
  const sentence = REPORT_EXPECTED.blocks[3]!.text;
  await tagPassage(
    page,
    page.getByRole('article').getByText(sentence),
    'Surveillance measures must be necessary and proportionate',
    'Privacy',
  );

  // Build a collection from it.
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  const label = named('Add to collection', 'Surveillance measures must be necessary');
  await new CollectionsPage(page).addTo(
    panel.getByRole('button', { name: label }),
    label,
    'Session briefing',
    true,
  );
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Collections' })
    .click();
  await page.getByRole('link', { name: /Session briefing/ }).click();
  await expect(new CollectionPage(page).items).toHaveCount(1);

  // Export the briefing.
  const briefing = new BriefingPage(page);
  await briefing.open();
  await expect(briefing.firstPage()).toBeVisible({ timeout: 60_000 });
  const download = page.waitForEvent('download');
  await briefing.save.click();
  await briefing.saveReviewed.click();
  const pdf = await readFile(await (await download).path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter(
    (url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin,
  );
  expect(foreign, 'requests to anything but the app itself').toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});
