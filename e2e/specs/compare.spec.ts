/**
 * Comparing two drafts in the app: choose them, see paired paragraphs with marked words and the
 * lead verb named on its scale, step through the changes with N, export the comparison as
 * Markdown, and carry the older draft's excerpt to the newer one.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { tagPassage } from '../pages/annotate';
import type { LibraryPage } from '../pages/library-page';

const DRAFT_2023 = `Privacy in the digital age (draft 2023)

The Human Rights Council,

Recalling the Universal Declaration of Human Rights and relevant international human rights treaties,

Deeply concerned at the negative impact that surveillance and interception of communications may have on human rights,

1. Reaffirms the right to privacy, according to which no one shall be subjected to arbitrary interference with his or her privacy;

2. Encourages all States to review their procedures, practices and legislation regarding the surveillance of communications;

3. Invites the High Commissioner to submit a report on the protection of privacy;

4. Decides to remain seized of the matter.`;

const DRAFT_2025 = `Privacy in the digital age (draft 2025)

The Human Rights Council,

Recalling the Universal Declaration of Human Rights and relevant international human rights treaties,

Deeply concerned at the negative impact that surveillance and interception of communications may have on human rights,

1. Reaffirms the right to privacy, according to which no one shall be subjected to arbitrary or unlawful interference with his or her privacy;

2. Calls upon all States to review their procedures, practices and legislation regarding the surveillance of communications;

3. Decides to remain seized of the matter.`;

async function importDrafts(library: LibraryPage, page: Page): Promise<void> {
  await library.chooseFiles([
    { name: 'draft-2023.txt', mimeType: 'text/plain', buffer: Buffer.from(DRAFT_2023) },
    { name: 'draft-2025.txt', mimeType: 'text/plain', buffer: Buffer.from(DRAFT_2025) },
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 documents.' })).toBeVisible();
}

test('compare two drafts: words, verbs, keyboard, export, excerpts carried', async ({
  page,
  library,
  reader,
}) => {
  await library.open();
  await importDrafts(library, page);

  // An excerpt on the older draft, to carry across.
  await library.documentLink('Privacy in the digital age (draft 2023)').click();
  const op2 = reader.article.locator('[data-ref="OP 2"]');
  await tagPassage(page, op2, 'review their procedures, practices and legislation', 'Privacy');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  await page
    .getByRole('combobox', { name: 'Older version' })
    .selectOption({ label: 'Privacy in the digital age (draft 2023)' });
  await page
    .getByRole('combobox', { name: 'Newer version' })
    .selectOption({ label: 'Privacy in the digital age (draft 2025)' });

  await expect(page.getByRole('status').filter({ hasText: /same, / })).toHaveText(
    '4 same, 3 changed, 0 moved, 0 added, 1 removed; lead verbs: 1 stronger, 0 weaker',
  );
  const rows = page.getByRole('list', { name: 'Paragraphs compared' });
  const verb = rows.getByRole('listitem', {
    name: 'OP 2: changed; lead verb Encourages → Calls upon (stronger)',
  });
  await expect(verb).toBeVisible();
  await expect(verb.locator('del')).toHaveText(['Encourages']);
  await expect(verb.locator('ins')).toHaveText(['Calls', 'upon']);
  await expect(rows.getByRole('listitem', { name: 'OP 1: changed' }).locator('ins')).toHaveText([
    'or',
    'unlawful',
  ]);
  await expect(rows.getByRole('listitem', { name: 'OP 3: removed' })).toContainText(
    'Invites the High Commissioner',
  );
  await expect(rows.getByRole('listitem', { name: 'OP 4 → OP 3: same' })).toBeVisible();

  // N steps through the changes, skipping unchanged paragraphs; P goes back.
  await page.keyboard.press('n');
  await expect(
    rows.getByRole('listitem', {
      name: /^“Privacy in the digital age \(draft 2023\)” → .*: changed$/,
    }),
  ).toBeFocused();
  await page.keyboard.press('n');
  await expect(rows.getByRole('listitem', { name: 'OP 1: changed' })).toBeFocused();
  await page.keyboard.press('n');
  await expect(verb).toBeFocused();
  await page.keyboard.press('n');
  await expect(rows.getByRole('listitem', { name: 'OP 3: removed' })).toBeFocused();
  await page.keyboard.press('p');
  await expect(verb).toBeFocused();
  await page.screenshot({ path: 'test-results/compare-view.png', fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^comparison-.*\.md$/);
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toContain('| Old | New | Change | Lead verb | Wording |');
  expect(markdown).toContain('| OP 2 | OP 2 | changed | Encourages → Calls upon (stronger) |');

  // The older draft's excerpt still stands in the newer one: carried, then shown there.
  await page.getByRole('button', { name: 'Carry 1 excerpt to the newer version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Carried 1 excerpt' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Library' })
    .click();
  await library.documentLink('Privacy in the digital age (draft 2025)').click();
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await expect(panel.getByRole('listitem', { name: 'Annotation on OP 2' })).toBeVisible();
});

test('re-importing a changed draft: compare with the current version, then replace or skip', async ({
  page,
  library,
  reader,
}) => {
  await library.open();
  const importDraft = (text: string) =>
    library.chooseFiles([{ name: 'draft.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await importDraft(DRAFT_2023);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 document.' })).toBeVisible();

  // Two excerpts: one whose words the new draft keeps, one whose wording it changes.
  await library.documentLink('Privacy in the digital age (draft 2023)').click();
  await tagPassage(
    page,
    reader.article.locator('[data-ref="OP 2"]'),
    'review their procedures, practices and legislation',
    'Privacy',
  );
  await page.keyboard.press('Escape');
  await tagPassage(
    page,
    reader.article.locator('[data-ref="OP 1"]'),
    'subjected to arbitrary interference with his or her privacy',
    'Privacy',
  );
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Library' })
    .click();

  // The same file, changed: first skipped after a look, then replaced.
  await importDraft(DRAFT_2025);
  const dialog = page.getByRole('dialog', {
    name: 'New version of “Privacy in the digital age (draft 2023)”?',
  });
  await dialog.getByRole('button', { name: 'Compare with the current version' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /same, / })).toHaveText(
    '4 same, 3 changed, 0 moved, 0 added, 1 removed; lead verbs: 1 stronger, 0 weaker',
  );
  const rows = dialog.getByRole('list', { name: 'Paragraphs compared' });
  const verb = rows.getByRole('listitem', {
    name: 'OP 2: changed; lead verb Encourages → Calls upon (stronger)',
  });
  await expect(verb.locator('del')).toHaveText(['Encourages']);
  await expect(verb.locator('ins')).toHaveText(['Calls', 'upon']);
  await expect(rows.getByRole('listitem', { name: 'OP 3: removed' })).toContainText(
    'Invites the High Commissioner',
  );
  await expect(rows.getByRole('listitem', { name: 'OP 4 → OP 3: same' })).toBeVisible();
  await expect(dialog).toContainText('1 excerpt stays word for word');
  const reworded = dialog.getByRole('list', { name: 'Excerpts that change wording' });
  await expect(reworded.getByRole('listitem')).toHaveCount(1);
  await expect(reworded.getByRole('listitem')).toContainText(
    '“subjected to arbitrary interference with his or her privacy”',
  );
  await expect(reworded.locator('ins')).toContainText('arbitrary or unlawful interference');
  await dialog.screenshot({ path: 'test-results/replace-preview.png' });

  await dialog.getByRole('button', { name: 'Skip this file' }).click();
  await expect(dialog).toBeHidden();
  await expect(library.documentLink('Privacy in the digital age (draft 2023)')).toBeVisible();

  await importDraft(DRAFT_2025);
  await dialog.getByRole('button', { name: 'Compare with the current version' }).click();
  await expect(verb).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace with new version' }).click();
  await expect(
    page.getByRole('list', { name: 'Files to import' }).getByRole('listitem').first(),
  ).toContainText('with version 2');
});
