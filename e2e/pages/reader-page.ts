/** The reader view. */
import type { Locator, Page } from '@playwright/test';

export class ReaderPage {
  readonly article: Locator;
  readonly contents: Locator;

  readonly documentNotes: Locator;

  constructor(readonly page: Page) {
    this.article = page.getByRole('article');
    this.contents = page.getByRole('navigation', { name: 'Contents' });
    this.documentNotes = page.getByRole('region', { name: /^Document notes/ });
  }

  /** One of the document's notes, by the start of its text. */
  documentNote(text: string): Locator {
    return this.documentNotes.getByRole('listitem', { name: `Document note: ${text}` });
  }

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  heading(name: string): Locator {
    return this.article.getByRole('heading', { name, exact: true });
  }
}
