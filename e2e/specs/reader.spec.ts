/** The reader: clean text with citable paragraph numbers, contents, endnotes and themes. */
import { expect, test } from '../fixtures/app';
import { EPRS_TITLE, SAMPLE_TITLES } from '../sample-library';

test('the EPRS briefing opens with its summary and endnotes, without markup', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  // The reader's title is the library's; the briefing's own first heading stays in its text.
  await expect(reader.title()).toHaveText(EPRS_TITLE);
  await expect(
    reader.heading('Multilateral initiatives for upholding human rights in digital technologies'),
  ).toBeVisible();
  await expect(reader.heading('SUMMARY')).toBeVisible();
  await expect(
    reader.article.getByText(/^With their rapid advancement in recent times, digital technologies/),
  ).toBeVisible();

  await reader.contents.getByRole('button', { name: 'ENDNOTES' }).click();
  await expect(reader.heading('ENDNOTES')).toBeInViewport();
  const endnotes = reader.article.getByRole('listitem').filter({ hasText: /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+ / });
  await expect(endnotes).toHaveCount(11);
  await expect(endnotes.first()).toContainText('UN bodies have been among the most active');

  const text = await reader.article.innerText();
  expect(text).not.toContain('](');
  expect(text).not.toContain('**');
  expect(text).not.toContain('\\(');
  await expect(page).toHaveURL(/#\/doc\//);
});

test('a footnote marker jumps to its endnote', async ({ library, reader }) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  await reader.article.getByRole('button', { name: 'Endnote 6' }).first().click();
  await expect(
    reader.article.getByRole('listitem').filter({ hasText: /^⁶ More specifically/ }),
  ).toBeFocused();
});

test('every sample document opens cleanly', async ({ library, reader, page }) => {
  await library.open();
  for (const title of SAMPLE_TITLES) {
    await library.documentLink(title).click();
    await expect(reader.article).toBeVisible();
    const paragraphs = reader.article.locator('[data-block]');
    expect(await paragraphs.count()).toBeGreaterThan(5);
    expect(await reader.article.innerText()).not.toMatch(/\]\(|\*\*/);
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Library' })
      .click();
  }
});

test('the Japanese passage of the BHRRC page reads as written', async ({ library, reader }) => {
  await library.open();
  await library.documentLink('Technology and Human Rights: Digital Freedom').click();
  await expect(
    reader.article.getByText(/ワシントン大学\*法の支配イニシアチブ/).first(),
  ).toBeVisible();
});

test('a paragraph can be cited and linked by its number', async ({ library, reader, page }) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  const url = page.url().replace(/#\/doc\/([^/]+).*/, '#/doc/$1/p/14');
  await page.goto(url);
  const cited = reader.article.locator('[data-block="13"]');
  await expect(cited).toBeFocused();
  await expect(cited).toBeInViewport();
});

test('keyboard: j and k move between paragraphs, Shift+J between headings', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  await reader.article.locator('[data-block="0"]').focus();
  await page.keyboard.press('j');
  await expect(reader.article.locator('[data-block="1"]')).toBeFocused();
  await page.keyboard.press('k');
  await expect(reader.article.locator('[data-block="0"]')).toBeFocused();
  await page.keyboard.press('Shift+J');
  await expect(page.locator(':focus')).toHaveJSProperty('tagName', 'H2');
});

test('the dark theme is remembered across a reload', async ({ library, page }) => {
  await library.open();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
