/** The excerpts view, found by role and accessible name. */
import type { Locator, Page } from '@playwright/test';

export class ExcerptsPage {
  readonly heading: Locator;
  readonly status: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly document: Locator;
  readonly author: Locator;
  readonly createdFrom: Locator;
  readonly createdTo: Locator;
  readonly anyRight: Locator;
  readonly allRights: Locator;
  readonly list: Locator;
  readonly matrix: Locator;
  readonly clearFilters: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Excerpts', level: 1 });
    this.status = page.getByRole('status').filter({ hasText: /excerpt/ });
    this.filters = page.getByRole('search', { name: 'Filter excerpts' });
    this.search = this.filters.getByRole('searchbox', { name: 'Search quotes and notes' });
    this.document = this.filters.getByRole('combobox', { name: 'Document' });
    this.author = this.filters.getByRole('combobox', { name: 'Author' });
    this.createdFrom = this.filters.getByLabel('Created from');
    this.createdTo = this.filters.getByLabel('Created to');
    this.anyRight = this.filters.getByRole('radio', { name: 'Any selected right' });
    this.allRights = this.filters.getByRole('radio', { name: 'All selected rights' });
    this.list = page.getByRole('list', { name: 'Excerpts' });
    this.matrix = page.getByRole('table', { name: 'Passages by document and right' });
    this.clearFilters = page.getByRole('button', { name: 'Clear filters' });
  }

  /** Opens the view from the main navigation. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Excerpts' })
      .click();
    await this.heading.waitFor();
  }

  right(name: string): Locator {
    return this.filters.getByRole('checkbox', { name, exact: true });
  }

  /** The excerpts listed, each a list item of the "Excerpts" list. */
  items(): Locator {
    return this.list
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: /^Open in reader/ }) });
  }

  /** The "Open in reader" link of the excerpt whose quote starts with `quote`. */
  openLink(quote: string): Locator {
    return this.list.getByRole('link', { name: `Open in reader: “${quote}`, exact: false });
  }

  matrixCell(name: string): Locator {
    return this.matrix.getByRole('button', { name, exact: true });
  }
}
