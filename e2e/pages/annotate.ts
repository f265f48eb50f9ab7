/** Helpers for annotating in the reader as a person does: with the real mouse and keyboard. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Screen coordinates of the first and last character of `phrase` inside the paragraph. */
async function phraseEnds(paragraph: Locator, phrase: string) {
  return paragraph.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const full = nodes.map((n) => n.data).join('');
    const at = full.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the paragraph`);
    const point = (offset: number) => {
      let rest = offset;
      for (const node of nodes) {
        if (rest < node.data.length) return { node, offset: rest };
        rest -= node.data.length;
      }
      throw new Error('offset out of range');
    };
    const rectOf = (offset: number) => {
      const { node, offset: o } = point(offset);
      const range = document.createRange();
      range.setStart(node, o);
      range.setEnd(node, o + 1);
      return range.getBoundingClientRect();
    };
    const first = rectOf(at);
    const last = rectOf(at + wanted.length - 1);
    return {
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }, phrase);
}

/**
 * Resolves once the paragraph has stopped moving: the same box on five animation frames in a row.
 * The reader settles after it opens (late panels, a restored reading position, fonts), and on a
 * loaded machine that can come after the test has measured where to drag.
 */
async function settled(paragraph: Locator): Promise<void> {
  await paragraph.evaluate(async (element) => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = '';
    for (let same = 0; same < 5;) {
      await frame();
      const box = element.getBoundingClientRect();
      const now = `${box.left},${box.top},${box.width},${box.height}`;
      same = now === last ? same + 1 : 0;
      last = now;
    }
  });
}

/** The text the page has selected now. */
async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

/**
 * Drags the mouse across `phrase` in the paragraph, as an analyst selects a passage. The drag
 * starts once the paragraph has settled on screen; if the page still moved under the mouse (the
 * selection is not the phrase), it is dragged once more, as a person would, and a second miss
 * fails with what was selected instead.
 */
export async function dragSelect(page: Page, paragraph: Locator, phrase: string): Promise<void> {
  let selected = '';
  for (let attempt = 0; attempt < 2; attempt += 1) {
    // A click elsewhere first: a drag that starts inside an old selection would move it instead.
    await page.mouse.click(5, 300);
    await paragraph.scrollIntoViewIfNeeded();
    await settled(paragraph);
    const { from, to } = await phraseEnds(paragraph, phrase);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    selected = (await selectedText(page)).trim();
    if (selected === phrase) return;
  }
  throw new Error(`dragging across "${phrase}" selected "${selected}"`);
}

/**
 * Selects `phrase` in the paragraph with the mouse and tags it with `right` from the selection
 * toolbar, waiting until the toolbar shows the right as applied (the annotation is saved).
 */
export async function tagPassage(
  page: Page,
  paragraph: Locator,
  phrase: string,
  right: string,
): Promise<void> {
  await dragSelect(page, paragraph, phrase);
  const button = page
    .getByRole('toolbar', { name: 'Tag the selected passage' })
    .getByRole('button', { name: right });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** What the page's custom highlights paint, by highlight name: the texts of their ranges. */
export async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      result[name] = [...highlight].map((range) => (range as Range).toString());
    }
    return result;
  });
}
