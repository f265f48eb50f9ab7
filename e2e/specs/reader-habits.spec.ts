/**
 * Habits an analyst brings from other readers: views open at their top, the selection toolbar
 * leaves the heading and cards visible. Screenshots go to test-results/ for a person to look at.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { SettingsPage } from '../pages/settings-page';
import { EPRS_TITLE } from '../sample-library';

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('Settings opens at its top when reached from far down a document', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  await reader.article.locator('[data-para="60"]').scrollIntoViewIfNeeded();
  expect(await page.locator('main').evaluate((main) => main.scrollTop)).toBeGreaterThan(1000);
  const settings = new SettingsPage(page);
  await settings.open();
  expect(await page.locator('main').evaluate((main) => main.scrollTop)).toBe(0);
  await expect(settings.heading).toBeInViewport();
});

test('the selection toolbar covers neither the heading over the passage nor a card', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  // A paragraph right below a heading, the heading in the middle of the screen.
  const heading = reader.article.locator('.block-heading[data-block]').nth(3);
  const paragraph = heading.locator('xpath=following-sibling::*[1]');
  await heading.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await paragraph.evaluate((element: HTMLElement) => element.focus({ preventScroll: true }));
  await page.keyboard.press('Enter');
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selected passage' });
  await expect(toolbar).toBeVisible();
  expect(overlaps(await box(toolbar), await box(heading))).toBe(false);
  await page.screenshot({ path: test.info().outputPath('toolbar-below-heading.png') });

  // Tagged, the passage gets a card in the panel; the toolbar stays clear of it and on screen.
  await page.keyboard.press('1');
  const card = page.getByRole('complementary', { name: /Annotations/ }).getByRole('listitem');
  await expect(card).toHaveCount(1);
  await expect(toolbar).toBeVisible();
  expect(overlaps(await box(toolbar), await box(card))).toBe(false);
  const placed = await box(toolbar);
  const viewport = page.viewportSize()!;
  expect(placed.x).toBeGreaterThanOrEqual(0);
  expect(placed.y).toBeGreaterThanOrEqual(0);
  expect(placed.x + placed.width).toBeLessThanOrEqual(viewport.width);
  expect(placed.y + placed.height).toBeLessThanOrEqual(viewport.height);
});

/** Names of the CSS highlights painted now, with how many ranges each holds. */
const paintedHighlights = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries([...CSS.highlights.entries()].map(([name, h]) => [name, h.size])),
  );
const annotationHighlights = (painted: Record<string, number>) =>
  Object.fromEntries(Object.entries(painted).filter(([name]) => name.startsWith('rm-')));

test('Ctrl+F finds in the document: every match painted, n of m, Enter steps, Escape returns', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  // An annotation first: finding must leave its highlight as it is.
  // Reading starts in the text first; only then is the passage chosen.
  await expect(reader.article.locator('[data-block="0"]')).toBeFocused();
  await reader.article.locator('[data-block="4"]').focus();
  await page.keyboard.press('Enter');
  // The toolbar appears for the selected paragraph; then its shortcuts apply.
  await expect(page.getByRole('toolbar', { name: 'Tag the selected passage' })).toBeVisible();
  await page.keyboard.press('2');
  await expect(
    page.getByRole('complementary', { name: /Annotations/ }).getByRole('listitem'),
  ).toHaveCount(1);
  await page.keyboard.press('Escape');
  const before = annotationHighlights(await paintedHighlights(page));
  expect(Object.keys(before).length).toBeGreaterThan(0);

  await reader.article.locator('[data-para="2"]').focus();
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Find in document' });
  await expect(field).toBeFocused();
  // Case and accents are ignored: "UNITED NATIONS" finds "United Nations".
  await field.fill('UNITED NATIONS');
  const bar = page.getByRole('search', { name: 'Find in document' });
  const count = bar.getByRole('status');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.textContent())!.split(' of ')[1]);
  expect(total).toBeGreaterThan(3);
  await expect.poll(async () => (await paintedHighlights(page))['find-matches']).toBe(total);
  expect((await paintedHighlights(page))['find-current']).toBe(1);
  expect(annotationHighlights(await paintedHighlights(page))).toEqual(before);

  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`3 of ${total}`);
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await bar.getByRole('button', { name: 'Previous match' }).click();
  await bar.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText(`${total} of ${total}`);
  await bar.getByRole('button', { name: 'Next match' }).click();
  await expect(count).toHaveText(`1 of ${total}`);
  await page.keyboard.press('Enter');
  // The current match is on screen, below the bar.
  const current = await page.evaluate(() => {
    const range = [...CSS.highlights.get('find-current')!][0] as Range;
    const box = range.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom, text: range.toString() };
  });
  expect(current.text.toLowerCase()).toBe('united nations');
  expect(current.bottom).toBeLessThanOrEqual(page.viewportSize()!.height);
  await page.screenshot({ path: test.info().outputPath('find-bar.png') });

  await field.fill('no such wording anywhere');
  await expect(count).toHaveText('No matches');
  await field.fill('united nations');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  // Escape closes the bar, clears its marks, and puts the focus on the match's paragraph.
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  const painted = await paintedHighlights(page);
  expect(painted['find-matches']).toBeUndefined();
  expect(annotationHighlights(painted)).toEqual(before);
  const focused = page.locator('[data-block]:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toContainText(/united nations/i);
  // Reading goes on from there; the toolbar button opens the bar again.
  await page
    .getByRole('group', { name: 'Document tools' })
    .getByRole('button', { name: 'Find' })
    .click();
  await expect(field).toBeFocused();
});

test('find works in right-to-left and CJK text, ignoring Arabic vowel marks', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  const text = [
    'Article 19 in three scripts',
    'لِكُلِّ شخص الحق في حرية الرأي والتعبير.',
    '人人有权享有主张和发表意见的自由。',
    'すべての人は、意見及び表現の自由に対する権利を有する。',
  ].join('\n\n');
  await library.chooseFiles([
    { name: 'article-19-scripts.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
  ]);
  await page.getByRole('button', { name: 'Close the import summary' }).click();
  await library.table
    .getByRole('link', { name: /article-19-scripts|Article 19 in three scripts/ })
    .first()
    .click();
  await expect(reader.article).toBeVisible();
  await page.keyboard.press('Control+f');
  const field = page.getByRole('searchbox', { name: 'Find in document' });
  const count = page.getByRole('search', { name: 'Find in document' }).getByRole('status');
  for (const [query, found] of [
    ['لكل شخص', 'لِكُلِّ شخص'],
    ['حرية الرأي', 'حرية الرأي'],
    ['意见的自由', '意见的自由'],
    ['表現の自由', '表現の自由'],
  ] as const) {
    await field.fill(query);
    await expect(count).toHaveText('1 of 1');
    const painted = await page.evaluate(() =>
      ([...CSS.highlights.get('find-current')!][0] as Range).toString(),
    );
    expect(painted).toBe(found);
  }
  await field.fill('حرية');
  await page.screenshot({ path: test.info().outputPath('find-rtl.png') });
});

test('Print and Ctrl+P print the document; on paper the text keeps its highlights and notes follow', async ({
  library,
  reader,
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  await reader.article.locator('[data-para="4"]').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('textbox', { name: 'Note' }).fill('Line one of the note.\nLine two.');
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.keyboard.press('Control+p');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);
  await page
    .getByRole('group', { name: 'Document tools' })
    .getByRole('button', { name: 'Print' })
    .click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(2);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(panel).toBeHidden();
  const notes = page.getByRole('region', { name: 'Highlights and notes' });
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('Privacy');
  await expect(notes).toContainText('Line two.');
  await page.pdf({ path: test.info().outputPath('printed.pdf'), format: 'A4' });
});
