/** The briefing PDF dialog, found by role and accessible name. */
import type { Locator, Page } from '@playwright/test';

export class BriefingPage {
  readonly exportButton: Locator;
  readonly dialog: Locator;
  readonly title: Locator;
  readonly organisation: Locator;
  readonly classification: Locator;
  readonly documentType: Locator;
  readonly reference: Locator;
  readonly cutOff: Locator;
  /** The analyst's argument, printed after the cover. */
  readonly summary: Locator;
  readonly findings: Locator;
  readonly recommendations: Locator;
  readonly byDocument: Locator;
  readonly includeAppendix: Locator;
  readonly pages: Locator;
  readonly progress: Locator;
  readonly cancel: Locator;
  readonly close: Locator;
  readonly save: Locator;
  readonly allowMissingGlyphs: Locator;
  /** The "What will leave" review that "Save PDF" opens. */
  readonly review: Locator;
  /** The review's own "Save PDF", which writes the file. */
  readonly saveReviewed: Locator;

  constructor(readonly page: Page) {
    this.exportButton = page.getByRole('button', { name: 'Export briefing PDF' });
    this.dialog = page.getByRole('dialog', { name: 'Briefing PDF' });
    this.title = this.dialog.getByRole('textbox', { name: 'Title', exact: true });
    this.organisation = this.dialog.getByRole('textbox', { name: 'Organisation' });
    this.classification = this.dialog.getByRole('textbox', { name: 'Classification' });
    this.documentType = this.dialog.getByRole('textbox', { name: 'Document type' });
    this.reference = this.dialog.getByRole('textbox', { name: 'Reference or version' });
    this.cutOff = this.dialog.getByRole('textbox', { name: 'Data cut-off' });
    this.summary = this.dialog.getByRole('textbox', { name: 'Executive summary' });
    this.findings = this.dialog.getByRole('textbox', { name: 'Key findings' });
    this.recommendations = this.dialog.getByRole('textbox', { name: 'Recommendations' });
    this.byDocument = this.dialog.getByRole('radio', { name: 'By document' });
    this.includeAppendix = this.dialog.getByRole('checkbox', { name: /^Appendix/ });
    this.pages = this.dialog.getByRole('img', { name: /^Page \d+ of \d+$/ });
    this.progress = this.dialog.getByRole('progressbar');
    this.cancel = this.dialog.getByRole('button', { name: 'Cancel' });
    this.close = this.dialog.getByRole('button', { name: 'Close' });
    this.save = this.dialog.getByRole('button', { name: 'Save PDF' });
    this.allowMissingGlyphs = this.dialog.getByRole('checkbox', {
      name: 'Draw a box for characters no font has',
    });
    this.review = page.getByRole('dialog', { name: 'What will leave' });
    this.saveReviewed = this.review.getByRole('button', { name: 'Save PDF' });
  }

  /** Opens the dialog from the view's "Export briefing PDF" button. */
  async open(): Promise<void> {
    await this.exportButton.click();
    await this.dialog.waitFor();
  }

  /** A right's checkbox ("Privacy (3)"). */
  right(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  /** The preview's first page, once drawn: "Page 1 of N". */
  firstPage(): Locator {
    return this.dialog.getByRole('img', { name: /^Page 1 of \d+$/ });
  }

  /** The page count line above the preview ("4 pages, 5 excerpts"). */
  pageCount(): Locator {
    return this.dialog.getByRole('status').filter({ hasText: /\d+ pages?, / });
  }
}
