/** Library search: the header's search box and the results view, found by role and name. */
import { expect, type Locator, type Page } from '@playwright/test';

export class SearchPage {
  readonly box: Locator;
  readonly heading: Locator;
  readonly status: Locator;
  readonly right: Locator;
  readonly kind: Locator;
  readonly yearFrom: Locator;
  readonly yearTo: Locator;
  /** Every result link, in order. */
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search library' });
    this.heading = page.getByRole('heading', { name: 'Search', level: 1 });
    this.status = page.getByRole('main').getByRole('status');
    this.right = page.getByRole('combobox', { name: 'Right' });
    this.kind = page.getByRole('combobox', { name: 'Kind' });
    this.yearFrom = page.getByRole('textbox', { name: 'From year' });
    this.yearTo = page.getByRole('textbox', { name: 'To year' });
    this.results = page.getByRole('main').getByRole('region').getByRole('link');
  }

  /** Opens the app and waits for the sample library to be listed. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByRole('table', { name: 'Documents' }).getByRole('link').first().waitFor();
  }

  /** Types a query into the search box. */
  /** Types a query into the search box and waits for its results (or for none). */
  async search(query: string): Promise<void> {
    await this.box.fill(query);
    await this.heading.waitFor();
    await expect(this.status).not.toHaveText(/^Searching|^$/);
  }

  /** The results group of a document (its heading starts with the title). */
  group(title: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${escape(title)}`) });
  }

  /** Titles of the result groups, in order. */
  async groupTitles(): Promise<string[]> {
    return this.page
      .getByRole('main')
      .getByRole('region')
      .getByRole('heading', { level: 2 })
      .evaluateAll((headings) => headings.map((h) => h.firstElementChild?.textContent ?? ''));
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
