/**
 * Finds a reading block's text among a PDF page's text items, so the original page can outline
 * the passage the reader is on. The block was rebuilt from those items (lines joined, words
 * split at a line's end re-joined, runs put in logical order), so both sides are compared
 * folded to their letters and digits alone: spacing, hyphens, punctuation and compatibility
 * forms (ligatures, Arabic presentation forms) then no longer differ.
 */

/** A text item of a page, as a fraction of the page's width and height from its top left. */
export interface PageTextItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A rectangle on the page, in the same fractions. */
export interface PageRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * How much of a block's start (and end) must match when the whole block is not found in one
 * piece: enough letters that a match is not a coincidence of common words, few enough that a
 * short heading still has a head and a tail.
 */
const PROBE_LETTERS = 24;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The letters and digits of a text, compatibility forms decomposed, in lower case. */
function fold(text: string): string {
  let folded = '';
  for (const char of text.normalize('NFKC').toLowerCase()) {
    if (LETTER_OR_DIGIT.test(char)) folded += char;
  }
  return folded;
}

/**
 * The indexes of the items that hold the block's text, in page order, or null when it is not on
 * the page. A block that goes on past the page's end (a paragraph cut by a page break) is found
 * by its start and runs to the page's last item.
 */
export function locateOnPage(
  items: readonly PageTextItem[],
  blockText: string,
): readonly number[] | null {
  let pageText = '';
  const owner: number[] = [];
  items.forEach((item, index) => {
    const folded = fold(item.text);
    pageText += folded;
    for (let i = 0; i < folded.length; i++) owner.push(index);
  });
  const wanted = fold(blockText);
  if (wanted.length === 0 || pageText.length === 0) return null;

  const span = (from: number, to: number): number[] => {
    const first = owner[from]!;
    const last = owner[Math.max(from, to - 1)]!;
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  };

  const whole = pageText.indexOf(wanted);
  if (whole >= 0) return span(whole, whole + wanted.length);

  const head = wanted.slice(0, PROBE_LETTERS);
  const start = pageText.indexOf(head);
  if (start < 0) return null;
  const tail = wanted.slice(-PROBE_LETTERS);
  const tailAt = pageText.indexOf(tail, start + head.length);
  // Where the tail is on the page the block ends there; otherwise it goes on to the next page.
  const end =
    tailAt >= 0 && tailAt + tail.length - start <= wanted.length * 2
      ? tailAt + tail.length
      : pageText.length;
  return span(start, end);
}

/** Two items are on one line when their tops differ by less than this part of their height. */
const SAME_LINE = 0.5;

/**
 * One rectangle per line around the given items (a passage outlined line by line, not as one
 * box that would also take in the margins beside a short first or last line).
 */
export function outlineRects(
  items: readonly PageTextItem[],
  indexes: readonly number[],
): PageRect[] {
  const lines: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const index of indexes) {
    const item = items[index];
    if (!item || item.width <= 0 || item.height <= 0) continue;
    const line = lines.find(
      (l) => Math.abs(l.top - item.y) < SAME_LINE * Math.max(item.height, l.bottom - l.top),
    );
    if (line) {
      line.top = Math.min(line.top, item.y);
      line.bottom = Math.max(line.bottom, item.y + item.height);
      line.left = Math.min(line.left, item.x);
      line.right = Math.max(line.right, item.x + item.width);
    } else {
      lines.push({
        top: item.y,
        bottom: item.y + item.height,
        left: item.x,
        right: item.x + item.width,
      });
    }
  }
  return lines.map((l) => ({
    x: l.left,
    y: l.top,
    width: l.right - l.left,
    height: l.bottom - l.top,
  }));
}
