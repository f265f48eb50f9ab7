/** The collections views, the export dialog and the import preview, by role and accessible name. */
import type { Locator, Page } from '@playwright/test';

export class CollectionsPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly importButton: Locator;
  readonly newButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Collections', level: 1 });
    this.list = page.getByRole('list', { name: 'Collections' });
    this.importButton = page.getByRole('button', { name: 'Import collection' });
    this.newButton = page.getByRole('button', { name: 'New collection' });
    this.error = page.getByRole('alert');
  }

  /** Opens the list from the main navigation. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Collections' })
      .click();
    await this.heading.waitFor();
  }

  collectionLink(name: string): Locator {
    return this.list.getByRole('link', { name, exact: true });
  }

  /** The popover an "Add to collection" button opens (named like its button). */
  addPopover(label: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: label });
  }

  /** Clicks an "Add to collection" button and adds to `collection`, creating it when asked. */
  async addTo(
    button: Locator,
    label: string | RegExp,
    collection: string,
    create = false,
  ): Promise<void> {
    await button.click();
    const popover = this.addPopover(label);
    if (create) {
      await popover.getByRole('textbox', { name: 'New collection name' }).fill(collection);
      await popover.getByRole('button', { name: 'Create and add' }).click();
    } else {
      await popover.getByRole('button', { name: collection }).click();
    }
  }
}

/** One collection's view. */
export class CollectionPage {
  readonly items: Locator;
  readonly status: Locator;
  readonly exportButton: Locator;
  readonly rightCounts: Locator;

  constructor(readonly page: Page) {
    this.items = page.getByRole('list', { name: 'Excerpts in this collection' }).locator('> li');
    this.status = page.getByRole('status').filter({ hasText: /excerpts?$|excerpts? ·/ });
    this.exportButton = page.getByRole('button', { name: 'Export collection' });
    this.rightCounts = page.getByRole('list', { name: 'Excerpts per right' });
  }

  /** The collection's name is its heading (a smart one's also says "Smart"). */
  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  item(quoteStart: string): Locator {
    return this.page
      .getByRole('list', { name: 'Excerpts in this collection' })
      .getByRole('listitem', { name: new RegExp(`^Excerpt \\d+ of \\d+: “${escape(quoteStart)}`) });
  }

  /** The quotes in the collection's order, each cut to `length` characters. */
  async order(length = 20): Promise<string[]> {
    const names = await this.page
      .getByRole('list', { name: 'Excerpts in this collection' })
      .locator('> li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
    return names.map((name) => name.replace(/^Excerpt \d+ of \d+: “/, '').slice(0, length));
  }

  exportDialog(name: string): Locator {
    return this.page.getByRole('dialog', { name: `Export “${name}”` });
  }

  importPreview(name: string): Locator {
    return this.page.getByRole('dialog', { name: `Import “${name}”` });
  }
}

/**
 * A control's accessible name for the excerpt quoting `quote` ("Move up: “…”"): controls repeat
 * the start of their excerpt's quote, so matching its first words is enough.
 */
export function named(action: string, quote: string): RegExp {
  return new RegExp(`^${escape(action)}:? “${escape(quote.slice(0, 30))}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
