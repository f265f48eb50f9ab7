/** Helpers for annotating in the reader as a person does: with the real mouse and keyboard. */
import type { Locator, Page } from '@playwright/test';

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

/** Drags the mouse across `phrase` in the paragraph, as an analyst selects a passage. */
export async function dragSelect(page: Page, paragraph: Locator, phrase: string): Promise<void> {
  // A click elsewhere first: a drag that starts inside an old selection would move it instead.
  await page.mouse.click(5, 300);
  await paragraph.scrollIntoViewIfNeeded();
  const { from, to } = await phraseEnds(paragraph, phrase);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
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
