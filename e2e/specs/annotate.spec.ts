/** Annotating in the reader: select, tag by right, note, highlights, undo, keyboard only. */
import { expect, test } from '../fixtures/app';
import { dragSelect, paintedHighlights } from '../pages/annotate';
import { ExcerptsPage } from '../pages/excerpts-page';
import { EPRS_TITLE } from '../sample-library';

const SENTENCE =
  'On the other hand, they have enabled disinformation, cyber-surveillance and abusive behaviour, such as hate speech, cyber-crime and misuse of personal data.';

test.beforeEach(async ({ library }) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
});

test('drag-select a sentence, tag it Privacy, add a note: it survives a reload', async ({
  page,
  reader,
}) => {
  const summary = reader.article.locator('[data-block="3"]');
  await dragSelect(page, summary, SENTENCE);
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selected passage' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Privacy' }).click();
  await expect(toolbar.getByRole('button', { name: 'Privacy' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await toolbar.getByRole('button', { name: 'Add note' }).click();
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  const note = panel.getByRole('textbox', { name: 'Note' });
  await expect(note).toBeFocused();
  await note.fill('Surveillance harms privacy.\nSee UNGA 68/167.');
  await note.blur();
  await expect(panel.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  const card = panel.getByRole('listitem', { name: 'Annotation on ¶ 2' });
  await expect(card.getByRole('button', { name: `Go to passage: ${SENTENCE}` })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Privacy' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.reload();
  await expect(panel.getByRole('textbox', { name: 'Note' })).toHaveValue(
    'Surveillance harms privacy.\nSee UNGA 68/167.',
  );
  await expect.poll(async () => (await paintedHighlights(page))['rm-bg-1']).toEqual([SENTENCE]);

  // The excerpts view across the library shows it too, with its note and paragraph.
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  const excerpt = excerpts.list.getByRole('listitem').filter({ hasText: SENTENCE });
  await expect(excerpt).toContainText('Surveillance harms privacy.');
  await expect(excerpt).toContainText('¶ 2');
  await expect(excerpt).toContainText('Privacy');
  await expect(page.getByRole('link', { name: 'Library', exact: true }).first()).toBeVisible();
});

test('overlapping passages with two rights are both painted', async ({ page, reader }) => {
  const paragraph = reader.article.locator('[data-block="3"]');
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selected passage' });
  await dragSelect(
    page,
    paragraph,
    'They have offered people better opportunities to communicate and exchange information',
  );
  await toolbar.getByRole('button', { name: 'Freedom of expression' }).click();
  await dragSelect(
    page,
    paragraph,
    'exchange information, thereby empowering them to exercise their right to freedom of expression and association',
  );
  await toolbar.getByRole('button', { name: 'Assembly and association' }).click();
  await toolbar.getByRole('button', { name: 'Freedom of expression' }).click();
  await page.mouse.click(5, 300);

  await expect.poll(async () => (await paintedHighlights(page))['rm-bg-0']).toHaveLength(2);
  // The second passage carries two rights: its second right underlines it.
  expect((await paintedHighlights(page))['rm-ul-2']).toEqual([
    'exchange information, thereby empowering them to exercise their right to freedom of expression and association',
  ]);
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await expect(panel.getByRole('listitem', { name: 'Annotation on ¶ 2' })).toHaveCount(2);
});

test('clicking a highlight opens its annotation', async ({ page, reader }) => {
  const paragraph = reader.article.locator('[data-block="4"]');
  await dragSelect(page, paragraph, 'There is a broad consensus');
  await page.keyboard.press('2');
  const card = page.getByRole('listitem', { name: 'Annotation on ¶ 3' });
  // Clicking text with no highlight closes it…
  await reader.article.locator('[data-block="3"]').click({ position: { x: 100, y: 10 } });
  await expect(card).not.toHaveAttribute('aria-current', 'true');
  // …and clicking the highlight opens it again.
  await paragraph.click({ position: { x: 100, y: 10 } });
  await expect(card).toHaveAttribute('aria-current', 'true');
});

test('a deleted annotation comes back with Undo and with Ctrl+Z', async ({ page, reader }) => {
  await dragSelect(page, reader.article.locator('[data-block="4"]'), 'There is a broad consensus');
  await page.keyboard.press('1');
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  const card = panel.getByRole('listitem', { name: 'Annotation on ¶ 3' });
  await card.getByRole('button', { name: 'Delete annotation' }).click();
  await expect(card).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toHaveCount(1);

  await card.getByRole('button', { name: 'Delete annotation' }).click();
  await expect(card).toHaveCount(0);
  await page.mouse.click(5, 300);
  await page.keyboard.press('Control+z');
  await expect(card).toHaveCount(1);
});

test('keyboard only: reach a paragraph, select it, tag it, adjust, use the toolbar', async ({
  page,
  reader,
}) => {
  await reader.article.locator('[data-block="0"]').focus();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(reader.article.locator('[data-block="3"]')).toBeFocused();
  await page.keyboard.press('Enter');
  // The toolbar appears for the selected paragraph; then its shortcuts apply.
  await expect(page.getByRole('toolbar', { name: 'Tag the selected passage' })).toBeVisible();
  await page.keyboard.press('2');
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  const card = panel.getByRole('listitem', { name: 'Annotation on ¶ 2' });
  await expect(card.getByRole('button', { name: 'Privacy' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(
    card.getByRole('button', { name: /^Go to passage: With their rapid advancement/ }),
  ).toBeVisible();

  // A new passage from the next paragraph, word by word, tagged through the toolbar by Tab.
  await reader.article.locator('[data-block="4"]').focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Tab');
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selected passage' });
  await expect(toolbar.getByRole('button', { name: 'Freedom of expression' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const second = panel.getByRole('listitem', { name: 'Annotation on ¶ 3' });
  // Back in the text, "a" on a paragraph opens its annotation's note.
  await reader.article.locator('[data-block="3"]').focus();
  await page.keyboard.press('a');
  await expect(card.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await expect(card).toHaveAttribute('aria-current', 'true');

  await expect(second.getByRole('button', { name: 'Assembly and association' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(
    second.getByRole('button', { name: /^Go to passage: There is a broad consensus/ }),
  ).toBeVisible();
});

test('highlights fall back to an overlay where the Highlight API is missing', async ({
  page,
  reader,
}) => {
  await page.addInitScript(() => {
    // @ts-expect-error: simulate an engine without the CSS Custom Highlight API
    delete window.Highlight;
  });
  await page.reload();
  await dragSelect(page, reader.article.locator('[data-block="3"]'), SENTENCE);
  await page.keyboard.press('2');
  await page.mouse.click(5, 300);
  await expect(reader.article.locator('.highlight-overlay .highlight-box').first()).toBeVisible();
});
