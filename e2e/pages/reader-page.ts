/** The reader view. */
import type { Locator, Page } from '@playwright/test';

export class ReaderPage {
  readonly article: Locator;
  readonly contents: Locator;

  constructor(readonly page: Page) {
    this.article = page.getByRole('article');
    this.contents = page.getByRole('navigation', { name: 'Contents' });
  }

  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  heading(name: string): Locator {
    return this.article.getByRole('heading', { name, exact: true });
  }
}
