/**
 * Agreed language in the reader: select the offline/online formula in a sample document, ask
 * where else it appears (button and key W), see exact repeats and variants with their
 * references and marked words, open one, and tag a variant like the original.
 */
import { expect, test } from '../fixtures/app';
import { dragSelect } from '../pages/annotate';

const FORMULA = 'the same rights that people have offline must also be protected online';
const FOC_STRESSES =
  'Freedom Online Coalition Stresses the Need to Promote, Protect Human Rights Online';
const FOC_JOINT = 'Freedom Online: Joint Action for Free Expression on the Internet';
const CANADA = 'Human rights and inclusion in online and digital contexts';

test.beforeEach(async ({ library }) => {
  await library.open();
  await library.documentLink(FOC_STRESSES).click();
});

test('select the formula, ask where else it appears, open a variant at its reference', async ({
  page,
  reader,
}) => {
  const paragraph = reader.article.locator('[data-block]', { hasText: FORMULA });
  await dragSelect(page, paragraph, FORMULA);
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selected passage' });
  await toolbar.getByRole('button', { name: 'Where else does this wording appear?' }).click();

  const dialog = page.getByRole('dialog', { name: 'Where else does this wording appear?' });
  await expect(dialog).toBeVisible();
  const results = dialog.getByRole('list', { name: 'Passages with this wording' });
  // Three exact repeats elsewhere (the selection itself is left out) and two variants.
  await expect(results.getByRole('listitem')).toHaveCount(5);
  await expect(dialog.getByRole('status')).toContainText(
    '5 passages with the same or similar wording',
  );
  const exact = results.getByRole('listitem').filter({ hasText: 'exact' });
  await expect(exact).toHaveCount(3);
  const canada = results.getByRole('listitem', { name: new RegExp(`^${CANADA}`) });
  await expect(canada.locator('ins')).toHaveText(['and', 'freedoms', 'individuals']);
  await expect(canada.locator('del')).toHaveText(['same']);
  const joint = results.getByRole('listitem', { name: `${FOC_JOINT}, PP 2` });
  await expect(joint).toContainText('2011');

  await joint.getByRole('link', { name: `Open PP 2 in ${FOC_JOINT}` }).click();
  await expect(dialog).toBeHidden();
  await expect(reader.title()).toHaveText(FOC_JOINT);
  await expect(reader.article.locator('[data-ref="PP 2"]')).toBeFocused();
});

test('key W asks from the keyboard; a variant is tagged like the original in one click', async ({
  page,
  reader,
}) => {
  const paragraph = reader.article.locator('[data-block]', { hasText: FORMULA });
  await dragSelect(page, paragraph, FORMULA);
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selected passage' });
  await toolbar.getByRole('button', { name: 'Freedom of expression' }).click();
  await page.keyboard.press('w');

  const dialog = page.getByRole('dialog', { name: 'Where else does this wording appear?' });
  const canada = dialog.getByRole('listitem', { name: new RegExp(`^${CANADA}`) });
  await canada
    .getByRole('button', { name: 'Tag like the original (Freedom of expression)' })
    .click();
  await expect(canada.getByRole('button', { name: 'Tagged Freedom of expression' })).toBeDisabled();
  await canada.getByRole('link', { name: /^Open / }).click();

  await expect(reader.title()).toHaveText(CANADA);
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  await expect(
    panel.getByRole('button', {
      name: 'Go to passage: The rights and freedoms that individuals have offline must also be protected online',
    }),
  ).toBeVisible();
});
