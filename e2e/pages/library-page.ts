/** The library view, found by role and accessible name as a screen reader would. */
import type { Locator, Page } from '@playwright/test';

export class LibraryPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly filter: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Library', level: 1 });
    this.table = page.getByRole('table', { name: 'Documents' });
    this.filter = page.getByRole('searchbox', { name: 'Filter documents' });
    this.status = page.getByRole('status').filter({ hasText: 'documents' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await this.table.getByRole('link').first().waitFor();
  }

  documentLink(title: string): Locator {
    return this.table.getByRole('link', { name: title, exact: true });
  }

  async titles(): Promise<string[]> {
    return this.table.getByRole('link').allTextContents();
  }

  deleteButton(title: string): Locator {
    return this.table.getByRole('button', { name: `Delete “${title}”` });
  }

  /** The question asked before a document goes to the Trash. */
  deleteDialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: `Delete “${title}”?` });
  }

  /** Deletes a document, answering the question: it goes to the Trash. */
  async deleteDocument(title: string): Promise<void> {
    await this.deleteButton(title).click();
    await this.deleteDialog(title).getByRole('button', { name: 'Move to Trash' }).click();
  }

  sortBy(column: string): Locator {
    return this.table.getByRole('columnheader', { name: column }).getByRole('button');
  }
}
