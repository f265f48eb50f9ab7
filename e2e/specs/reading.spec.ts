/**
 * Reading as an analyst does all day: the keyboard works in the text from the moment a document
 * opens, right-to-left paragraphs read right to left, and a document reopens where it was left.
 * Screenshots of each view go to test-results/ for a person to look at.
 */
import { expect, test } from '../fixtures/app';
import { documentFixture } from '../pages/library-page';
import { EPRS_TITLE, SAMPLE_TITLES } from '../sample-library';

const OTHER_TITLE = SAMPLE_TITLES[0]!;

test('keyboard-only tagging works from the moment a document opens', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  // No click and no Tab into the text: the first paragraph already has the focus.
  await expect(reader.article.locator('[data-block="0"]')).toBeFocused();
  for (let n = 0; n < 3; n += 1) await page.keyboard.press('j');
  const paragraph = reader.article.locator('[data-block="3"]');
  await expect(paragraph).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('current-paragraph.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Tag the selected passage' })).toBeVisible();
  await page.keyboard.press('2');
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('button', { name: 'Privacy', pressed: true })).toBeVisible();
});

test('a document reopens at the paragraph where reading stopped', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  await expect(reader.article.locator('[data-block="0"]')).toBeFocused();
  for (let n = 0; n < 12; n += 1) await page.keyboard.press('j');
  const at = await page.evaluate(() => document.activeElement?.getAttribute('data-block'));
  expect(Number(at)).toBeGreaterThan(10);
  await page.getByRole('link', { name: 'Library' }).first().click();
  await library.documentLink(EPRS_TITLE).click();
  const resumed = reader.article.locator(`[data-block="${at}"]`);
  await expect(resumed).toBeFocused();
  await expect(resumed).toBeInViewport();
  // A restart (a reload starts the page afresh) still continues there.
  await page.reload();
  await expect(resumed).toBeFocused();
  await expect(resumed).toBeInViewport();
  await page.goto('/');
  await library.documentLink(EPRS_TITLE).click();
  await expect(resumed).toBeFocused();
});

test('the library lists the documents opened last, most recent first, without trashed ones', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  const recent = page.getByRole('navigation', { name: 'Recently opened' });
  await expect(recent).toHaveCount(0);
  for (const title of [OTHER_TITLE, EPRS_TITLE]) {
    await library.documentLink(title).click();
    await expect(reader.article).toBeVisible();
    await page.getByRole('link', { name: 'Library' }).first().click();
  }
  await expect(recent.getByRole('link')).toHaveText([EPRS_TITLE, OTHER_TITLE]);
  await page.screenshot({ path: test.info().outputPath('recent-documents.png') });
  // Kept across a restart, and reachable from the keyboard: Enter on the link opens it.
  await page.reload();
  await recent.getByRole('link', { name: OTHER_TITLE }).focus();
  await page.keyboard.press('Enter');
  await expect(reader.article).toBeVisible();
  // Back to the library in the app, as the analyst goes: a reload this soon after opening could
  // cut off the write that records the opening (it starts as the document opens).
  await page.getByRole('link', { name: 'Library' }).first().click();
  await expect(recent.getByRole('link')).toHaveText([OTHER_TITLE, EPRS_TITLE]);
  // A document moved to the Trash leaves the list.
  await library.deleteDocument(EPRS_TITLE);
  await expect(recent.getByRole('link')).toHaveText([OTHER_TITLE]);
});

test('Arabic and Hebrew paragraphs of an imported PDF read right to left', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.importFiles([documentFixture('udhr-article-19-arabic-hebrew.pdf')]);
  await page.getByRole('button', { name: 'Close the import summary' }).click();
  await library
    .documentLink('Universal Declaration of Human Rights, Article 19 (Arabic and Hebrew)')
    .click();
  const arabic = reader.article.locator('[data-block]', { hasText: 'اعتمد' });
  const hebrew = reader.article.locator('[data-block]', { hasText: 'ההכרזה' });
  const english = reader.article.locator('[data-block]', { hasText: 'Article 19 in Arabic' });
  for (const block of [arabic, hebrew]) {
    await expect(block).toHaveJSProperty('dir', 'auto');
    expect(await block.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  }
  expect(await english.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
  // The sentence's full stop is drawn left of its first word, where right-to-left text ends.
  const [first, stop] = await hebrew.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const x = (at: number) => {
      let rest = at;
      for (const node of nodes) {
        if (rest < node.data.length) {
          const range = document.createRange();
          range.setStart(node, rest);
          range.setEnd(node, rest + 1);
          return range.getBoundingClientRect().left;
        }
        rest -= node.data.length;
      }
      return Number.NaN;
    };
    const text = nodes.map((n) => n.data).join('');
    return [x(0), x(text.lastIndexOf('.'))];
  });
  expect(stop).toBeLessThan(first!);
  await arabic.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('rtl-reader.png'), fullPage: true });
});

test('the text size changes with A− / A+ and stays for the next document', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  const paragraph = reader.article.locator('[data-block="3"]');
  const size = () => paragraph.evaluate((e) => getComputedStyle(e).fontSize);
  expect(await size()).toBe('19px');
  const sizes = page.getByRole('group', { name: 'Text size' });
  await sizes.getByRole('button', { name: 'Larger text' }).click();
  await sizes.getByRole('button', { name: 'Larger text' }).click();
  await expect.poll(size).toBe('24px');
  await page.screenshot({ path: test.info().outputPath('larger-text.png') });
  await page.reload();
  await expect.poll(size).toBe('24px');
  await sizes.getByRole('button', { name: 'Smaller text' }).click();
  await expect.poll(size).toBe('21px');
});
