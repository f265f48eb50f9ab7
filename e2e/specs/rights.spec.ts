/**
 * Settings: the analyst's name and theme, and the rights taxonomy: add, validate, rename,
 * recolour, reorder, archive, delete with undo, and delete a right in use by moving its
 * passages to another right.
 */
import { expect, test } from '../fixtures/app';
import { seedAnnotations } from '../fixtures/seed-annotations';
import { ExcerptsPage } from '../pages/excerpts-page';
import { SettingsPage } from '../pages/settings-page';

const BUILT_IN = ['Freedom of expression', 'Privacy', 'Assembly and association'];
const FOC = 'Freedom Online: Joint Action for Free Expression on the Internet';

test('your name and the theme are kept', async ({ library, page }) => {
  await library.open();
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.heading).toBeVisible();
  await settings.yourName.fill('Amina Diallo');
  await settings.theme('Dark').check();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

  await page.reload();
  await expect(settings.yourName).toHaveValue('Amina Diallo');
  await expect(settings.theme('Dark')).toBeChecked();
  await settings.theme('Light').check();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
    .toBe('light');
});

test('add, rename, recolour, reorder and archive a right', async ({ library, page }) => {
  await library.open();
  const settings = new SettingsPage(page);
  await settings.open();
  expect(await settings.rightNames()).toEqual(BUILT_IN);

  // Names are required and unique, whatever their case.
  await settings.addRight({ name: '' });
  await expect(settings.addForm.getByText('Give the right a name.')).toBeVisible();
  await settings.addRight({ name: 'privacy' });
  await expect(
    settings.addForm.getByText('There is already a right called “Privacy”.'),
  ).toBeVisible();
  await expect(settings.addForm.getByRole('textbox', { name: 'Name' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(settings.addForm.getByRole('textbox', { name: 'Name' })).toBeFocused();

  await settings.addRight({
    name: 'Non-discrimination',
    colour: '#d6336c',
    description: 'Equal enjoyment of rights without distinction of any kind.',
    legalBasis: 'UDHR art. 2; ICCPR art. 26',
  });
  await expect(settings.right('Non-discrimination')).toContainText('UDHR art. 2; ICCPR art. 26');
  expect(await settings.rightNames()).toEqual([...BUILT_IN, 'Non-discrimination']);
  await expect(
    settings.right('Non-discrimination').getByLabel('Colour of Non-discrimination'),
  ).toHaveValue('#d6336c');
  await expect(settings.addForm.getByRole('textbox', { name: 'Name' })).toHaveValue('');

  // Rename in place.
  await settings.button('Edit Non-discrimination').click();
  const form = settings.editForm('Non-discrimination');
  await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await form.getByRole('textbox', { name: 'Name' }).fill('Equality and non-discrimination');
  await form.getByRole('button', { name: 'Save' }).click();
  const renamed = 'Equality and non-discrimination';
  await expect(settings.button(`Edit ${renamed}`)).toBeFocused();
  expect(await settings.rightNames()).toEqual([...BUILT_IN, renamed]);

  // Recolour from the swatch.
  await settings.right(renamed).getByLabel(`Colour of ${renamed}`).fill('#5c7cfa');

  // Reorder: focus stays on the button that moved it.
  await settings.button(`Move ${renamed} up`).click();
  await expect
    .poll(() => settings.rightNames())
    .toEqual(['Freedom of expression', 'Privacy', renamed, 'Assembly and association']);
  await expect(settings.button(`Move ${renamed} up`)).toBeFocused();
  await settings.button(`Move ${renamed} up`).click();
  await expect
    .poll(() => settings.rightNames())
    .toEqual(['Freedom of expression', renamed, 'Privacy', 'Assembly and association']);
  await settings.button(`Move ${renamed} down`).click();
  await expect
    .poll(() => settings.rightNames())
    .toEqual(['Freedom of expression', 'Privacy', renamed, 'Assembly and association']);
  await expect(settings.button(`Move ${renamed} down`)).toBeFocused();

  // Archive: kept, marked, no longer offered in the excerpts filter while unused.
  await settings.button(`Archive ${renamed}`).click();
  await expect(settings.button(`Unarchive ${renamed}`)).toBeFocused();
  await expect(settings.right(renamed)).toContainText('Archived');

  await page.reload();
  await expect
    .poll(() => settings.rightNames())
    .toEqual(['Freedom of expression', 'Privacy', renamed, 'Assembly and association']);
  await expect(settings.right(renamed).getByLabel(`Colour of ${renamed}`)).toHaveValue('#5c7cfa');
  await expect(settings.button(`Unarchive ${renamed}`)).toBeVisible();
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await expect(excerpts.right('Privacy')).toBeVisible();
  await expect(excerpts.right(renamed)).toHaveCount(0);
});

test('an unused right is deleted after a question, with undo; built-in rights cannot be deleted', async ({
  library,
  page,
}) => {
  await library.open();
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.button('Delete Privacy')).toHaveCount(0);
  await expect(settings.right('Privacy')).toContainText(
    'Built-in rights can be archived, not deleted.',
  );

  await settings.addRight({ name: 'Digital literacy', colour: '#00a3a3' });
  // The form clears itself once the right is saved: only then is it ready for the next one.
  await expect(settings.right('Digital literacy')).toBeVisible();
  await expect(settings.addForm.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  await settings.addRight({ name: 'Education' });
  await expect
    .poll(() => settings.rightNames())
    .toEqual([...BUILT_IN, 'Digital literacy', 'Education']);

  // Deleting asks first, even when no passage carries the right; cancelling keeps it.
  await settings.button('Delete Digital literacy').click();
  const question = page.getByRole('dialog', { name: 'Delete “Digital literacy”?' });
  await expect(question).toContainText('No passage carries “Digital literacy”.');
  await expect(question).toContainText('restore it for 30 days');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await expect(settings.right('Digital literacy')).toBeVisible();
  await settings.button('Delete Digital literacy').click();
  await question.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(settings.right('Digital literacy')).toHaveCount(0);
  await expect(settings.button('Edit Education')).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => settings.rightNames())
    .toEqual([...BUILT_IN, 'Digital literacy', 'Education']);
  await expect(
    settings.right('Digital literacy').getByLabel('Colour of Digital literacy'),
  ).toHaveValue('#00a3a3');
});

test('deleting a right in use moves its passages to the right chosen', async ({
  library,
  page,
}) => {
  await library.open();
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.addRight({ name: 'Digital inclusion' });
  await expect(settings.right('Digital inclusion')).toContainText('Not used yet');

  await seedAnnotations(page, [
    {
      docTitle: FOC,
      exact: 'illicit monitoring, filtering and hacking',
      rights: ['Digital inclusion'],
    },
    {
      docTitle: FOC,
      exact: 'freedom of expression and other human rights on the Internet',
      rights: ['Digital inclusion', 'Privacy'],
    },
  ]);
  await page.reload();
  await expect(settings.right('Digital inclusion')).toContainText('2 passages');
  await expect(settings.right('Privacy')).toContainText('1 passage');

  // Cancelling changes nothing.
  await settings.button('Delete Digital inclusion').click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Digital inclusion”?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('2 passages carry “Digital inclusion”');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(settings.right('Digital inclusion')).toBeVisible();

  await settings.button('Delete Digital inclusion').click();
  await dialog
    .getByRole('combobox', { name: 'Move its passages to' })
    .selectOption({ label: 'Privacy' });
  await dialog.getByRole('button', { name: 'Delete and move passages' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(settings.right('Digital inclusion')).toHaveCount(0);
  await expect(settings.right('Privacy')).toContainText('2 passages');

  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await expect(excerpts.right('Digital inclusion')).toHaveCount(0);
  await excerpts.right('Privacy').check();
  await expect(excerpts.status).toHaveText('2 excerpts');
  for (const item of await excerpts.items().all()) {
    // Carried once, even by the passage that had both.
    await expect(item.getByRole('list', { name: 'Rights' }).getByRole('listitem')).toHaveText([
      'Privacy',
    ]);
  }
});
