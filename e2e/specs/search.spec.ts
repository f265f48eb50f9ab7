/** Library search: results as you type, phrases, typos, accents, Japanese, filters, the reader. */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { seedAnnotations } from '../fixtures/seed-annotations';
import { SearchPage } from '../pages/search-page';
import { EPRS_TITLE } from '../sample-library';

const BHRRC_TITLE = 'Technology and Human Rights: Digital Freedom';

async function openSearch(page: Page): Promise<SearchPage> {
  const search = new SearchPage(page);
  await search.open();
  return search;
}

/** The texts painted with the reader's search highlight. */
async function markedInReader(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(CSS.highlights.get('search-terms') ?? [])].map((r) => r.toString()),
  );
}

test('typing a word lists matching passages grouped by document, with the word marked', async ({
  page,
  library: _library,
}) => {
  const search = await openSearch(page);
  await search.search('surveillance');
  await expect(search.status).toHaveText(/^\d+ passages in 2 documents\.$/);
  expect((await search.groupTitles()).sort()).toEqual([EPRS_TITLE, BHRRC_TITLE].sort());
  await expect(search.group(EPRS_TITLE)).toHaveAccessibleName(/\d+ passages$/);
  const first = search.results.first();
  await expect(first).toHaveAccessibleName(/surveillance/i);
  await expect(first.locator('mark').first()).toHaveText(/surveillance/i);
  await expect(page).toHaveURL(/#\/search\?q=surveillance$/);
});

test('a quoted phrase matches its words side by side, in order', async ({
  page,
  library: _library,
}) => {
  const search = await openSearch(page);
  await search.search('freedom digital');
  await expect(search.results.first()).toBeVisible();
  const loose = await search.results.count();
  await search.search('"digital freedom"');
  await expect(search.results.first()).toBeVisible();
  const phrases = await search.results.allTextContents();
  expect(phrases.length).toBeLessThan(loose);
  for (const text of phrases) expect(text).toMatch(/digital freedom/i);
  await expect(search.results.first().locator('mark')).toHaveText([/^digital freedom$/i]);
});

test('small typos, prefixes, accents and case are forgiven', async ({
  page,
  library: _library,
}) => {
  const search = await openSearch(page);
  await search.search('survelance');
  await expect(search.group(EPRS_TITLE)).toBeVisible();
  await expect(search.group(BHRRC_TITLE)).toBeVisible();

  await search.search('communique');
  await expect(search.results.first().locator('mark').first()).toHaveText('communiqué');
  await search.search('JOSÉ');
  await expect(search.results.first().locator('mark').first()).toHaveText('José');
  await search.search('multilat');
  await expect(search.results.first().locator('mark').first()).toHaveText(/^multilateral$/i);
});

test('Japanese text is searchable by its words', async ({ page, library: _library }) => {
  const search = await openSearch(page);
  await search.search('法の支配');
  await expect(search.status).toHaveText(/in 1 document\.$/);
  await expect(search.group(BHRRC_TITLE)).toBeVisible();
  await expect(search.results.first().locator('mark').first()).toHaveText('法の支配');
});

test('keyboard: Ctrl+K focuses the box, arrows move through results, Enter opens the passage with its terms marked', async ({
  page,
  library: _library,
  reader,
}) => {
  const search = await openSearch(page);
  await page.keyboard.press('Control+k');
  await expect(search.box).toBeFocused();
  await page.keyboard.type('surveillance');
  await expect(search.results.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(search.results.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(search.results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(search.box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = (await search.results.nth(1).getAttribute('href')) ?? '';
  const paragraph = /\/p\/(\d+)\?/.exec(chosen)?.[1];
  await page.keyboard.press('Enter');

  await expect(reader.article).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/p/${paragraph}\\?q=surveillance$`));
  const block = reader.article.locator(`[data-block="${Number(paragraph) - 1}"]`);
  await expect(block).toBeFocused();
  await expect(block).toBeInViewport();
  await expect
    .poll(() => markedInReader(page))
    .toContainEqual(expect.stringMatching(/^surveillance$/i));

  // "/" focuses the box from the reader too.
  await reader.article.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(search.box).toBeFocused();
});

test('filters narrow results by document kind and by years', async ({
  page,
  library: _library,
}) => {
  const search = await openSearch(page);
  await search.search('surveillance');
  await expect(search.group(BHRRC_TITLE)).toBeVisible();

  await search.kind.selectOption({ label: 'parliamentary briefing' });
  await expect(search.status).toHaveText(/in 1 document\.$/);
  expect(await search.groupTitles()).toEqual([EPRS_TITLE]);
  await search.kind.selectOption({ label: 'Any kind' });
  await expect(search.status).toHaveText(/in 2 documents\.$/);

  // The briefing is from 2022; the BHRRC page states no year and drops out of any year range.
  await search.yearFrom.fill('2020');
  await expect(search.status).toHaveText(/in 1 document\.$/);
  expect(await search.groupTitles()).toEqual([EPRS_TITLE]);
  await search.yearTo.fill('2021');
  await expect(search.status).toHaveText('No passage matches with these filters.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(search.status).toHaveText(/in 2 documents\.$/);
  await expect(search.yearFrom).toHaveValue('');
});

test('filtering by right keeps only matches inside passages tagged with it', async ({
  page,
  library: _library,
}) => {
  const search = await openSearch(page);
  await seedAnnotations(page, [
    {
      docTitle: EPRS_TITLE,
      exact: 'increasing surveillance and misusing personal data',
      rights: ['Privacy'],
    },
    // Tagged with another right: must not count for Privacy.
    { docTitle: BHRRC_TITLE, exact: 'surveillance', rights: ['Freedom of expression'] },
  ]);
  await page.reload();
  await search.search('surveillance');
  await expect(search.status).toHaveText(/in 2 documents\.$/);
  await search.right.selectOption({ label: 'Privacy' });
  await expect(search.status).toHaveText('1 passage in 1 document.');
  await expect(search.results).toHaveCount(1);
  await expect(search.results.first()).toHaveAccessibleName(/increasing surveillance and misusing/);
  await expect(page).toHaveURL(/right=right%3Aprivacy/);
});

test('annotated passages found by a search can be added to a collection', async ({
  page,
  library: _library,
}) => {
  const search = await openSearch(page);
  await seedAnnotations(page, [
    {
      docTitle: EPRS_TITLE,
      exact: 'increasing surveillance and misusing personal data',
      rights: ['Privacy'],
    },
  ]);
  await page.reload();
  await search.search('misusing personal data');
  const add = page.getByRole('button', {
    name: /^Add to collection: the passage of ¶ \d+ in “Multilateral/,
  });
  await add.click();
  const popover = page.getByRole('dialog', { name: /^Add to collection: the passage/ });
  await popover.getByRole('textbox', { name: 'New collection name' }).fill('From search');
  await popover.getByRole('button', { name: 'Create and add' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Added 1 excerpt to “From search”' }),
  ).toBeVisible();
});

test('the index is stored: after a restart the same search answers without building it again', async ({
  page,
  library: _library,
}) => {
  const search = await openSearch(page);
  await search.search('surveillance');
  await expect(search.status).toHaveText(/^\d+ passages in 2 documents\.$/);
  const before = await search.status.textContent();
  const storedSegments = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('rightsmark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result
              .transaction('searchSegments')
              .objectStore('searchSegments')
              .count();
            count.onsuccess = () => {
              resolve(count.result);
              open.result.close();
            };
          };
        }),
    );
  await expect.poll(storedSegments).toBeGreaterThan(0);

  await page.reload();
  const again = await openSearch(page);
  await again.search('surveillance');
  await expect(again.status).toHaveText(before ?? '');
  await page.screenshot({ path: 'test-results/search-after-restart.png' });
});
