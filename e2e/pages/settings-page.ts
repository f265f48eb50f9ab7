/** The settings view: the analyst's name, the theme, and the rights taxonomy. */
import type { Locator, Page } from '@playwright/test';

export class SettingsPage {
  readonly heading: Locator;
  readonly yourName: Locator;
  readonly rights: Locator;
  readonly addForm: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Settings', level: 1 });
    this.yourName = page.getByRole('textbox', { name: 'Your name' });
    this.rights = page.getByRole('list', { name: 'Rights' });
    this.addForm = page.getByRole('form', { name: 'Add a right' });
  }

  /** Opens the view from the main navigation. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await this.rights.waitFor();
  }

  theme(name: 'Light' | 'Dark' | 'System'): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  /** One right's entry in the list. */
  right(name: string): Locator {
    return this.rights.getByRole('listitem', { name, exact: true });
  }

  /** The names of the rights, in order. */
  async rightNames(): Promise<string[]> {
    return this.rights.getByRole('heading', { level: 3 }).allTextContents();
  }

  button(name: string): Locator {
    return this.rights.getByRole('button', { name, exact: true });
  }

  editForm(rightName: string): Locator {
    return this.page.getByRole('form', { name: `Edit ${rightName}` });
  }

  /** Fills and submits the "Add a right" form. */
  async addRight(right: {
    name: string;
    colour?: string;
    description?: string;
    legalBasis?: string;
  }): Promise<void> {
    await this.addForm.getByRole('textbox', { name: 'Name' }).fill(right.name);
    if (right.colour) await this.addForm.getByLabel('Colour', { exact: true }).fill(right.colour);
    if (right.description)
      await this.addForm.getByRole('textbox', { name: 'Description' }).fill(right.description);
    if (right.legalBasis)
      await this.addForm.getByRole('textbox', { name: 'Legal basis' }).fill(right.legalBasis);
    await this.addForm.getByRole('button', { name: 'Add right' }).click();
  }
}
