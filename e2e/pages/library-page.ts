/** The library view, found by role and accessible name as a screen reader would. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** A file handed to the file chooser: its name, type and bytes. */
export interface ChosenFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** A file for the chooser from bytes or text (encoded as UTF-8). */
export function chosenFile(
  name: string,
  content: Uint8Array | string,
  mimeType = 'application/octet-stream',
): ChosenFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, mimeType, buffer: Buffer.from(bytes) };
}

const DOCUMENTS = new URL('../fixtures/documents/', import.meta.url);

/** A committed fixture from e2e/fixtures/documents/, ready for the file chooser. */
export function documentFixture(name: string, mimeType = 'application/octet-stream'): ChosenFile {
  return { name, mimeType, buffer: readFileSync(new URL(name, DOCUMENTS)) };
}

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

  /** Picks files with the Import documents button, as a person would; does not wait. */
  async chooseFiles(files: readonly ChosenFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import documents' }).click();
    await (await chooser).setFiles([...files]);
  }

  /** Imports files through the Import documents button and waits for the import to finish. */
  async importFiles(files: readonly ChosenFile[]): Promise<void> {
    await this.chooseFiles(files);
    await expect(this.page.getByRole('heading', { name: 'Import finished' })).toBeVisible({
      timeout: 30_000,
    });
  }

  sortBy(column: string): Locator {
    return this.table.getByRole('columnheader', { name: column }).getByRole('button');
  }
}
