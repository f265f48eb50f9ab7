/**
 * Collections: built from the reader's panel and the excerpts view, reordered by keyboard and
 * by drag, commented, exported in one profile and imported into a fresh one (also from a
 * briefing PDF that carries it), a malformed file refused with its place named, and a smart
 * collection that stays current. Set COLLECTION_SHOTS=<dir> to save screenshots of the views.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { expect, test } from '../fixtures/app';
import { tagPassage } from '../pages/annotate';
import { CollectionPage, CollectionsPage, named } from '../pages/collections-page';
import { ExcerptsPage } from '../pages/excerpts-page';
import type { LibraryPage } from '../pages/library-page';
import { seedAnnotations, type PassageSeed } from '../fixtures/seed-annotations';

const FOC = 'Freedom Online: Joint Action for Free Expression on the Internet';
const CANADA = 'Human rights and inclusion in online and digital contexts';

const PASSAGES: readonly PassageSeed[] = [
  {
    docTitle: FOC,
    exact: 'illicit monitoring, filtering and hacking',
    rights: ['Privacy'],
    note: 'Surveillance practices',
  },
  {
    docTitle: FOC,
    exact: 'freedom of expression and other human rights on the Internet',
    rights: ['Freedom of expression'],
  },
  {
    docTitle: CANADA,
    exact: 'as well as to protect privacy online',
    rights: ['Privacy'],
    note: 'Canada’s framing',
  },
];

const SHOTS = process.env.COLLECTION_SHOTS;

/**
 * Saves a screenshot in the light and the dark theme (the theme follows the system until the
 * analyst picks one) when COLLECTION_SHOTS names a folder.
 */
async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: path.join(SHOTS, `${name}-light.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: path.join(SHOTS, `${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openWithPassages(library: LibraryPage, page: Page) {
  await library.open();
  await seedAnnotations(page, PASSAGES);
  await page.reload();
  await library.table.getByRole('link').first().waitFor();
}

/** Builds "Briefing" with the three passages: two from the reader, one from the excerpts view. */
async function buildBriefing(library: LibraryPage, page: Page) {
  await openWithPassages(library, page);
  const collections = new CollectionsPage(page);

  // From the reader's panel: creates the collection.
  await library.documentLink(FOC).click();
  const panel = page.getByRole('complementary', { name: /Annotations/ });
  const first = named('Add to collection', PASSAGES[0]!.exact);
  await collections.addTo(panel.getByRole('button', { name: first }), first, 'Briefing', true);
  await expect(
    page.getByRole('status').filter({ hasText: 'Added 1 excerpt to “Briefing”' }),
  ).toBeVisible();
  const second = named('Add to collection', PASSAGES[1]!.exact);
  await collections.addTo(panel.getByRole('button', { name: second }), second, 'Briefing');
  // Already in: offered, but not again.
  await panel.getByRole('button', { name: first }).click();
  await expect(
    collections.addPopover(first).getByRole('button', { name: /Briefing/ }),
  ).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('button', { name: first })).toBeFocused();

  // From the excerpts view.
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  const third = named('Add to collection', PASSAGES[2]!.exact);
  await collections.addTo(excerpts.list.getByRole('button', { name: third }), third, 'Briefing');

  await collections.open();
  await collections.collectionLink('Briefing').click();
  const view = new CollectionPage(page);
  await expect(view.heading('Briefing')).toBeVisible();
  await expect(view.items).toHaveCount(3);
  return view;
}

test('builds a collection from the reader and the excerpts view, reorders, comments', async ({
  library,
  page,
}) => {
  const view = await buildBriefing(library, page);
  await expect
    .poll(() => view.order())
    .toEqual(['illicit monitoring, ', 'freedom of expressio', 'as well as to protec']);
  await expect(view.rightCounts.getByRole('listitem')).toHaveText([
    'Freedom of expression1',
    'Privacy2',
  ]);
  const canada = view.item('as well as to protect');
  await expect(canada).toContainText(`${CANADA}`);
  await expect(canada).toContainText('Canada’s framing');

  // Keyboard: Alt+↑ on the focused excerpt, then the named buttons.
  await canada.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => view.order())
    .toEqual(['illicit monitoring, ', 'as well as to protec', 'freedom of expressio']);
  await expect(view.item('as well as to protect')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => view.order())
    .toEqual(['as well as to protec', 'illicit monitoring, ', 'freedom of expressio']);
  const down = page.getByRole('button', { name: named('Move down', PASSAGES[2]!.exact) });
  await down.click();
  await expect
    .poll(() => view.order())
    .toEqual(['illicit monitoring, ', 'as well as to protec', 'freedom of expressio']);
  await expect(down).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'to position 2 of 3' })).toBeAttached();

  // Drag the last excerpt to the top.
  // Picked up by its quote (its comment field and buttons are for typing and clicking), moved
  // in small steps as a hand does.
  await view.item('freedom of expression').dragTo(view.item('illicit monitoring'), {
    sourcePosition: { x: 60, y: 16 },
    targetPosition: { x: 40, y: 4 },
    steps: 12,
  });
  await expect
    .poll(() => view.order())
    .toEqual(['freedom of expressio', 'illicit monitoring, ', 'as well as to protec']);

  // The sortable list's own keys: Space picks the focused excerpt up, arrows move it, Space drops
  // it, and each step is announced.
  // Picked up once the excerpt is being dragged (the list marks it) and the list says where it
  // is; only then do the arrows move it. The drag above may still be settling (its drop
  // animation), and a key pressed then is not taken: press again only while the excerpt is not
  // picked up. (Waiting on the announcement alone could press Space a second time after a slow
  // pick-up, which dropped the excerpt again, and the arrow then moved nothing.)
  // Keys are taken once the list has settled: no excerpt still sliding into place.
  await expect
    .poll(() =>
      page
        .getByRole('list', { name: 'Excerpts in this collection' })
        .getByRole('listitem')
        .evaluateAll((items) => items.every((item) => getComputedStyle(item).transform === 'none')),
    )
    .toBe(true);
  const moving = view.item('as well as to protect');
  await expect(async () => {
    if (!(await moving.evaluate((item) => item.classList.contains('dragging')))) {
      await moving.focus();
      await page.keyboard.press('Space');
    }
    await expect(moving).toHaveClass(/\bdragging\b/, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /“as well as to protec.*” is over position 3 of 3\.$/ }),
  ).toBeAttached();
  // The list starts listening for arrows a moment after the pick-up (dnd-kit attaches its key
  // listener on a timer), so an arrow pressed at once may go unheard: press it again only while
  // the excerpt has not moved.
  const overSecond = page
    .getByRole('status')
    .filter({ hasText: /“as well as to protec.*” is over position 2 of 3\.$/ });
  await expect(async () => {
    if ((await overSecond.count()) === 0) await page.keyboard.press('ArrowUp');
    await expect(overSecond).toBeAttached({ timeout: 2_000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Space');
  await expect
    .poll(() => view.order())
    .toEqual(['freedom of expressio', 'as well as to protec', 'illicit monitoring, ']);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^Moved “as well as to protec.*” to position 2 of 3\.$/ }),
  ).toBeAttached();
  await expect(view.item('as well as to protect')).toBeFocused();
  // And back down with Alt+↓, as before.
  await page.keyboard.press('Alt+ArrowDown');
  await expect
    .poll(() => view.order())
    .toEqual(['freedom of expressio', 'illicit monitoring, ', 'as well as to protec']);

  // A comment for this briefing, kept across a reload.
  const comment = page.getByRole('textbox', { name: named('Comment on', PASSAGES[0]!.exact) });
  await comment.fill('Lead with this in the oral statement.');
  await comment.blur();
  // The analyst sees it stored before leaving.
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('textbox', { name: named('Comment on', PASSAGES[0]!.exact) }),
  ).toHaveValue('Lead with this in the oral statement.');
  await expect
    .poll(() => view.order())
    .toEqual(['freedom of expressio', 'illicit monitoring, ', 'as well as to protec']);

  // Remove, then undo.
  await page
    .getByRole('button', { name: named('Remove from collection', PASSAGES[1]!.exact) })
    .click();
  await expect(view.items).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(view.items).toHaveCount(3);
  await expect
    .poll(() => view.order())
    .toEqual(['freedom of expressio', 'illicit monitoring, ', 'as well as to protec']);

  // Open an excerpt in the reader at its paragraph.
  await page.getByRole('link', { name: named('Open in reader', PASSAGES[2]!.exact) }).click();
  await expect(page).toHaveURL(/#\/doc\/[^/]+\/p\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CANADA);

  const collections = new CollectionsPage(page);
  await collections.open();
  await expect(collections.list.getByRole('listitem')).toContainText(['Briefing3 excerpts']);
  await shoot(page, 'collections-list');
});

async function freshPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await page.getByRole('table', { name: 'Documents' }).getByRole('link').first().waitFor();
  return page;
}

test('exports a collection and imports it into a fresh profile, also from a briefing PDF', async ({
  library,
  page,
  browser,
  baseURL,
}) => {
  const view = await buildBriefing(library, page);
  await page.getByRole('textbox', { name: named('Comment on', PASSAGES[1]!.exact) }).fill('Cite.');
  await page.getByRole('textbox', { name: named('Comment on', PASSAGES[1]!.exact) }).blur();
  await shoot(page, 'collection-view');

  await view.exportButton.click();
  const dialog = view.exportDialog('Briefing');
  await expect(dialog.getByRole('radio', { name: /Rightsmark collection/ })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Group Markdown by' })).toBeDisabled();
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  await expect(dialog.getByRole('combobox', { name: 'Group Markdown by' })).toBeEnabled();
  await dialog.getByRole('radio', { name: /Rightsmark collection/ }).check();
  await shoot(page, 'export-dialog');
  await dialog.getByRole('button', { name: 'Export' }).click();
  // Every export opens the review: what leaves, with a switch for each part.
  const review = page.getByRole('dialog', { name: 'What will leave' });
  await expect(review.getByRole('checkbox', { name: /^Analysts’ notes/ })).toBeChecked();
  await expect(review.getByRole('checkbox', { name: 'Full source texts' })).toBeChecked();
  await expect(review.getByRole('radio', { name: 'Names' })).toBeChecked();
  await shoot(page, 'export-review');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    review.getByRole('button', { name: 'Export' }).click(),
  ]);
  await expect(review).toBeHidden();
  expect(download.suggestedFilename()).toBe('Briefing.rightsmark.json');
  await expect(dialog).toBeHidden();
  const fileText = await readFile(await download.path());

  // A fresh profile: another browser context with its own IndexedDB.
  const other = await freshPage(browser, baseURL!);
  const collections = new CollectionsPage(other);
  await collections.open();
  await expect(other.getByText('No collections yet')).toBeVisible();
  const [chooser] = await Promise.all([
    other.waitForEvent('filechooser'),
    collections.importButton.click(),
  ]);
  await chooser.setFiles({
    name: 'Briefing.rightsmark.json',
    mimeType: 'application/json',
    buffer: fileText,
  });
  const otherView = new CollectionPage(other);
  const preview = otherView.importPreview('Briefing');
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('row', { name: 'New excerpts' })).toContainText('3');
  await expect(
    preview.getByRole('row', { name: 'Passages that cannot be anchored' }),
  ).toContainText('0');
  await preview.getByText(/Each excerpt and where it was found/).click();
  await expect(
    preview.getByRole('list', { name: 'Excerpts in the file' }).getByRole('listitem'),
  ).toHaveCount(3);
  await expect(preview.getByRole('list', { name: 'Excerpts in the file' })).toContainText(
    'Found exactly',
  );
  await shoot(other, 'import-preview');
  await preview.getByRole('button', { name: 'Import' }).click();

  await expect(otherView.heading('Briefing')).toBeVisible();
  await expect(otherView.items).toHaveCount(3);
  const sent = await view.order();
  await expect.poll(() => otherView.order()).toEqual(sent);
  await expect(
    other.getByRole('textbox', { name: named('Comment on', PASSAGES[1]!.exact) }),
  ).toHaveValue('Cite.');
  await expect(otherView.item('illicit monitoring')).toContainText('Surveillance practices');
  await expect(otherView.item('illicit monitoring')).toContainText('From Briefing.rightsmark.json');
  await other.getByRole('link', { name: named('Open in reader', PASSAGES[0]!.exact) }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(FOC);
  const panel = other.getByRole('complementary', { name: /Annotations/ });
  // Both imported excerpts are in the reader's panel, in reading order, with their notes.
  await expect(panel.getByRole('textbox', { name: 'Note' })).toHaveCount(2);
  await expect(panel.getByRole('textbox', { name: 'Note' }).first()).toHaveValue(
    'Surveillance practices',
  );

  // The same collection carried by a briefing PDF: recognised, and nothing duplicated.
  const pdf = await PDFDocument.create();
  pdf.addPage();
  await pdf.attach(fileText, 'Briefing.rightsmark.json', { mimeType: 'application/json' });
  const pdfBytes = Buffer.from(await pdf.save());
  await collections.open();
  const [pdfChooser] = await Promise.all([
    other.waitForEvent('filechooser'),
    collections.importButton.click(),
  ]);
  await pdfChooser.setFiles({
    name: 'briefing.pdf',
    mimeType: 'application/pdf',
    buffer: pdfBytes,
  });
  await expect(preview.getByRole('row', { name: 'Already in your library' })).toContainText('3');
  await expect(preview.getByRole('row', { name: 'New excerpts' })).toContainText('0');
  await expect(preview).toContainText('briefing.pdf › Briefing.rightsmark.json');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(otherView.items).toHaveCount(3);
  await collections.open();
  await expect(collections.list.getByRole('listitem')).toHaveCount(1);
  await other.context().close();
});

test('a malformed file is refused with its name and the place of the problem', async ({
  library,
  page,
}) => {
  await library.open();
  const collections = new CollectionsPage(page);
  await collections.open();
  const bad = JSON.stringify({
    '@context': ['http://www.w3.org/ns/anno.jsonld'],
    type: 'AnnotationCollection',
    label: 'Broken',
    first: {
      type: 'AnnotationPage',
      items: [
        {
          type: 'Annotation',
          target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 42 } },
        },
      ],
    },
  });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    collections.importButton.click(),
  ]);
  await chooser.setFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bad),
  });
  await expect(collections.error).toContainText(/broken\.json: first\.items\[0\]\.target/);
  await expect(collections.error).toContainText('Nothing in your library was changed.');
  await shoot(page, 'import-error');

  const [again] = await Promise.all([
    page.waitForEvent('filechooser'),
    collections.importButton.click(),
  ]);
  await again.setFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"a": [1, 2'),
  });
  await expect(collections.error).toContainText(/^Could not import\. notes\.json: /);
  await expect(page.getByText('No collections yet')).toBeVisible();
});

test('a smart collection stays current as matching passages are added', async ({
  library,
  page,
}) => {
  await openWithPassages(library, page);
  const excerpts = new ExcerptsPage(page);
  await excerpts.open();
  await excerpts.right('Privacy').check();
  await expect(excerpts.status).toHaveText('2 of 3 excerpts');
  await page.getByRole('button', { name: 'Save filter as smart collection' }).click();
  const save = page.getByRole('dialog', { name: 'Save filter as smart collection' });
  await save.getByRole('textbox', { name: 'Name' }).fill('Privacy watch');
  await save.getByRole('button', { name: 'Save smart collection' }).click();

  const view = new CollectionPage(page);
  await expect(view.heading(/^Privacy watch/)).toBeVisible();
  await expect(view.items).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^Move up/ })).toHaveCount(0);

  // Tag a new passage Privacy in the reader: the smart collection lists it.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Library' })
    .click();
  await library.documentLink(FOC).click();
  const article = page.getByRole('article');
  const passage = 'arbitrary interference with his or her privacy';
  const paragraph = article.locator('[data-block]', { hasText: passage }).first();
  await tagPassage(page, paragraph, passage, 'Privacy');
  await page.goBack();
  await page.goBack();
  await expect(view.items).toHaveCount(3);

  // Editing the filter saves it and applies it at once.
  await page.getByRole('searchbox', { name: 'Words in quote or note' }).fill('Canada');
  await page.getByRole('button', { name: 'Save filter' }).click();
  await expect(view.items).toHaveCount(1);
});
