/**
 * Excerpts: every annotated passage across the library, filtered by right (any or all), text,
 * author, date and document, counted per right and per document × right, and opened in the
 * reader at its paragraph. Passages are seeded straight into IndexedDB.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import {
  seedAnnotations,
  seedManyAnnotations,
  type PassageSeed,
} from '../fixtures/seed-annotations';
import { ExcerptsPage } from '../pages/excerpts-page';
import type { LibraryPage } from '../pages/library-page';

const FOC = 'Freedom Online: Joint Action for Free Expression on the Internet';
const CANADA = 'Human rights and inclusion in online and digital contexts';

const PASSAGES: readonly PassageSeed[] = [
  {
    docTitle: FOC,
    exact:
      'the right to the protection of the law against arbitrary interference with his or her privacy',
    rights: ['Privacy', 'Freedom of expression'],
    note: 'Données personnelles: the privacy hook of the declaration',
    author: 'Amina',
    createdAt: '2026-03-02T10:00:00.000Z',
  },
  {
    docTitle: FOC,
    exact: 'illicit monitoring, filtering and hacking',
    rights: ['Privacy'],
    note: 'Surveillance practices',
    author: 'Amina',
    createdAt: '2026-03-05T10:00:00.000Z',
  },
  {
    docTitle: FOC,
    exact: 'freedom of expression and other human rights on the Internet',
    rights: ['Freedom of expression'],
    author: 'Jonas',
    createdAt: '2026-03-09T10:00:00.000Z',
  },
  {
    docTitle: CANADA,
    exact: 'as well as to protect privacy online',
    rights: ['Privacy'],
    author: 'Jonas',
    createdAt: '2026-03-12T10:00:00.000Z',
  },
  {
    docTitle: CANADA,
    exact: 'guarantees of civic participation and safety online',
    rights: ['Assembly and association'],
    author: 'Amina',
    createdAt: '2026-03-15T10:00:00.000Z',
  },
];

async function openWithPassages(library: LibraryPage, page: Page) {
  await library.open();
  const seeded = await seedAnnotations(page, PASSAGES);
  await page.reload();
  await library.table.getByRole('link').first().waitFor();
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await expect(excerpts.status).toHaveText('5 excerpts');
  return { excerpts, seeded };
}

test('lists every passage with its rights, note, document and paragraph', async ({
  library,
  page,
}) => {
  const { excerpts } = await openWithPassages(library, page);
  await expect(excerpts.items()).toHaveCount(5);
  const first = excerpts.items().filter({ hasText: PASSAGES[0]!.exact });
  await expect(first.getByRole('list', { name: 'Rights' }).getByRole('listitem')).toHaveText([
    'Privacy',
    'Freedom of expression',
  ]);
  await expect(first).toContainText('Données personnelles');
  await expect(first).toContainText(`${FOC}, PP\u00a01`);
  await expect(first).toContainText('Amina');
  // Counts per right, for the whole library.
  await expect(excerpts.right('Privacy')).toHaveAccessibleDescription('3 passages');
  await expect(excerpts.right('Assembly and association')).toHaveAccessibleDescription('1 passage');
});

test('filters by rights, matching any or all of them, with counts for the filter', async ({
  library,
  page,
}) => {
  const { excerpts } = await openWithPassages(library, page);
  await excerpts.right('Privacy').check();
  await expect(excerpts.status).toHaveText('3 of 5 excerpts');
  await expect(excerpts.right('Freedom of expression')).toHaveAccessibleDescription('1 passage');

  await excerpts.right('Freedom of expression').check();
  await expect(excerpts.status).toHaveText('4 of 5 excerpts');
  await excerpts.allRights.check();
  await expect(excerpts.status).toHaveText('1 of 5 excerpts');
  await expect(excerpts.items()).toHaveText([new RegExp(PASSAGES[0]!.exact)]);

  await excerpts.anyRight.check();
  await expect(excerpts.status).toHaveText('4 of 5 excerpts');
  await excerpts.clearFilters.click();
  await expect(excerpts.status).toHaveText('5 excerpts');
  await expect(excerpts.right('Privacy')).not.toBeChecked();
  await expect(excerpts.search).toBeFocused();
});

test('filters by free text, author, document and creation date', async ({ library, page }) => {
  const { excerpts } = await openWithPassages(library, page);
  // Case and accents do not matter; notes count as well as quotes.
  await excerpts.search.fill('DONNEES');
  await expect(excerpts.status).toHaveText('1 of 5 excerpts');
  await excerpts.search.fill('surveillance');
  await expect(excerpts.items()).toHaveText([/illicit monitoring/]);
  await excerpts.search.fill('online');
  await expect(excerpts.status).toHaveText('2 of 5 excerpts');
  await excerpts.search.fill('no such words anywhere');
  await expect(page.getByText('No excerpt matches the filters.')).toBeVisible();
  await excerpts.search.fill('');

  await excerpts.author.selectOption('Jonas');
  await expect(excerpts.status).toHaveText('2 of 5 excerpts');
  await excerpts.document.selectOption({ label: CANADA });
  await expect(excerpts.items()).toHaveText([/as well as to protect privacy online/]);
  await excerpts.author.selectOption('All authors');
  await excerpts.document.selectOption('All documents');

  await excerpts.createdFrom.fill('2026-03-05');
  await excerpts.createdTo.fill('2026-03-12');
  await expect(excerpts.status).toHaveText('3 of 5 excerpts');
});

test('a matrix cell shows that document’s passages on that right, in a shareable URL', async ({
  library,
  page,
}) => {
  const { excerpts, seeded } = await openWithPassages(library, page);
  await expect(excerpts.matrix.getByRole('rowheader', { name: FOC })).toBeVisible();
  await expect(excerpts.matrix.getByRole('columnheader', { name: 'Privacy' })).toBeVisible();
  await expect(excerpts.matrixCell(`1 passage of ${CANADA} on Privacy`)).toBeVisible();

  await excerpts.matrixCell(`2 passages of ${FOC} on Privacy`).click();
  await expect(excerpts.status).toHaveText('2 of 5 excerpts');
  await expect(excerpts.right('Privacy')).toBeChecked();
  await expect(excerpts.document).toHaveValue(seeded[0]!.docId);
  await expect(page).toHaveURL(/#\/excerpts\?right=right%3Aprivacy&doc=/);

  // The URL carries the filter: a reload (or a colleague's copy of the link) shows the same.
  await page.reload();
  await expect(excerpts.status).toHaveText('2 of 5 excerpts');
  await expect(excerpts.right('Privacy')).toBeChecked();
  await expect(excerpts.items()).toHaveCount(2);

  await excerpts.matrixCell(`3 passages of ${FOC}`).click();
  await expect(excerpts.status).toHaveText('3 of 5 excerpts');
  await expect(excerpts.right('Privacy')).not.toBeChecked();
});

test('opening an excerpt goes to its paragraph in the reader', async ({
  library,
  page,
  reader,
}) => {
  const { excerpts, seeded } = await openWithPassages(library, page);
  const target = seeded[3]!;
  await excerpts.openLink(target.exact).click();
  await expect(page).toHaveURL(
    new RegExp(`#/doc/${encodeURIComponent(target.docId)}/p/${target.paragraph}$`),
  );
  await expect(reader.article).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
    .toContain(target.exact);
});

test('keyboard: arrow keys move between excerpts', async ({ library, page }) => {
  const { excerpts } = await openWithPassages(library, page);
  await excerpts.openLink(PASSAGES[0]!.exact.slice(0, 20)).focus();
  await page.keyboard.press('ArrowDown');
  await expect(
    excerpts
      .items()
      .nth(1)
      .getByRole('link', { name: /^Open in reader/ }),
  ).toBeFocused();
});

test('20,000 excerpts list at once, rendering only those in view', async ({ library, page }) => {
  await library.open();
  await seedManyAnnotations(page, 20_000);
  await page.reload();
  await library.table.getByRole('link').first().waitFor();
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await expect(excerpts.status).toHaveText('20,000 excerpts');
  expect(await excerpts.items().count()).toBeLessThan(40);

  await excerpts.list.hover();
  await page.mouse.wheel(0, 10_000_000);
  await expect(excerpts.items().last()).toHaveAttribute('aria-posinset', '20000');
  expect(await excerpts.items().count()).toBeLessThan(40);

  await excerpts.search.fill('generated note 19999');
  await expect(excerpts.status).toHaveText('1 of 20,000 excerpts');
  await expect(excerpts.items()).toHaveCount(1);
});
