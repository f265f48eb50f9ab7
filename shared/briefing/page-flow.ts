/**
 * Flows content down the text column and onto new pages: lines and boxes are placed at a
 * cursor; a sequence of lines breaks across pages with no lone first or last line (orphans and
 * widows), headings stay with what follows them, and decorations (a quotation's rule, a note's
 * background) are drawn once for each page a sequence spans.
 */
import { CONTENT_BOTTOM, CONTENT_TOP } from './page-geometry';
import { emptyPage, type Destination, type PageModel } from './display-list';
import { contentOf, type StructElement } from './structure';
import type { SetParagraph } from './text-layout';

/** Something placed in the flow as one unbreakable piece. */
export interface FlowItem {
  readonly height: number;
  /** Padding, not content: not counted as a line for orphans and widows. */
  readonly spacer?: boolean;
  /** Draws the item with its top edge at `top`. */
  draw(page: PageModel, top: number): void;
}

/** Drawn behind the part of a sequence that lies on one page. */
export type Decoration = (page: PageModel, top: number, bottom: number) => void;

export interface SequenceOptions {
  /** Fewest items a sequence may leave at the foot of a page (default 2). */
  readonly orphans?: number;
  /** Fewest items a sequence may carry onto a new page (default 2). */
  readonly widows?: number;
  /** Room to keep below the sequence's last item on the same page (keep-with-next). */
  readonly keepWithNext?: number;
  readonly decorate?: Decoration;
}

/** The column's full height, what a fresh page offers. */
const COLUMN_HEIGHT = CONTENT_BOTTOM - CONTENT_TOP;

/** Places content on pages. One flow per briefing; pages and destinations are shared. */
export class PageFlow {
  readonly pages: PageModel[];
  readonly destinations = new Map<string, Destination>();
  private cursor = CONTENT_TOP;

  constructor(pages: PageModel[]) {
    this.pages = pages;
    if (pages.length === 0 || pages[pages.length - 1]?.role === 'cover') this.newPage();
  }

  /** The page content is placed on now. */
  get page(): PageModel {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('The flow has no page.');
    return page;
  }

  /** Index of the current page. */
  get pageIndex(): number {
    return this.pages.length - 1;
  }

  /** Distance from the top of the page to where the next content starts. */
  get top(): number {
    return this.cursor;
  }

  /** True when nothing has been placed on the current page yet. */
  get atPageTop(): boolean {
    return this.cursor <= CONTENT_TOP;
  }

  /** Height left on the current page. */
  get remaining(): number {
    return CONTENT_BOTTOM - this.cursor;
  }

  /** Starts a new page (even when the current one is empty: callers decide). */
  newPage(): void {
    this.pages.push(emptyPage('body'));
    this.cursor = CONTENT_TOP;
  }

  /** Starts a new page unless the current one is still empty. */
  freshPage(): void {
    if (!this.atPageTop) this.newPage();
  }

  /** Vertical space; swallowed at the top of a page. */
  gap(height: number): void {
    if (!this.atPageTop) this.cursor = Math.min(this.cursor + height, CONTENT_BOTTOM);
  }

  /** Moves to a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.remaining && !this.atPageTop) this.newPage();
  }

  /** Names the current position, for links and bookmarks. */
  mark(name: string): void {
    this.destinations.set(name, { page: this.pageIndex, top: this.cursor });
  }

  /** Places one unbreakable item (moved to a new page when it does not fit). */
  place(item: FlowItem, keepWithNext = 0): void {
    this.ensure(Math.min(item.height + keepWithNext, COLUMN_HEIGHT));
    item.draw(this.page, this.cursor);
    this.cursor += item.height;
  }

  /**
   * Places items one after another, breaking between them across pages as needed, keeping
   * `orphans` items together at the foot of a page and `widows` at the head of the next.
   */
  sequence(items: readonly FlowItem[], options: SequenceOptions = {}): void {
    if (items.length === 0) return;
    const orphans = Math.min(options.orphans ?? 2, items.length);
    const widows = options.widows ?? 2;
    const keepWithNext = options.keepWithNext ?? 0;

    let chunks = this.chunk(items, this.remaining);
    const first = chunks[0] ?? [];
    const alone = chunks.length > 1 && lineCount(first) < orphans;
    let endsTooLow =
      chunks.length === 1 && keepWithNext > 0 && totalHeight(first) + keepWithNext > this.remaining;
    // A sequence that fits but leaves no room for what follows it breaks (when it may) so that
    // its last lines go on with the next page, rather than leaving the page and its predecessor.
    if (endsTooLow && !this.atPageTop && lineCount(items) >= orphans + widows) {
      const split = this.chunk(items, this.remaining - keepWithNext);
      if (
        split.length > 1 &&
        lineCount(split[0] ?? []) >= orphans &&
        balanceWidows(split, widows, orphans) &&
        lineCount(split[0] ?? []) >= orphans
      ) {
        chunks = split;
        endsTooLow = false;
      }
    }
    if (!this.atPageTop && (first.length === 0 || alone || endsTooLow)) {
      this.newPage();
      chunks = this.chunk(items, this.remaining);
    }
    // When the last page would get a lone line and none can move without leaving one behind,
    // the whole sequence starts on the next page instead.
    if (!balanceWidows(chunks, widows, orphans) && !this.atPageTop) {
      this.newPage();
      chunks = this.chunk(items, this.remaining);
      balanceWidows(chunks, widows, orphans);
    }
    if (keepWithNext > 0) keepRoomAtEnd(chunks, keepWithNext, widows);

    chunks.forEach((chunk, index) => {
      if (index > 0 && !this.atPageTop) this.newPage();
      const top = this.cursor;
      for (const item of chunk) {
        item.draw(this.page, this.cursor);
        this.cursor += item.height;
      }
      if (chunk.length > 0) options.decorate?.(this.page, top, this.cursor);
    });
  }

  /** Splits items into page-sized chunks, the first limited to `room`. */
  private chunk(items: readonly FlowItem[], room: number): FlowItem[][] {
    const chunks: FlowItem[][] = [[]];
    let available = room;
    let used = 0;
    for (const item of items) {
      let current = chunks[chunks.length - 1] ?? [];
      const freshAndEmpty = current.length === 0 && available >= COLUMN_HEIGHT;
      // An item taller than a whole page goes on a fresh page and overflows it: nothing better.
      if (used + item.height > available && !freshAndEmpty) {
        current = [];
        chunks.push(current);
        available = COLUMN_HEIGHT;
        used = 0;
      }
      current.push(item);
      used += item.height;
    }
    return chunks.filter((chunk, index) => chunk.length > 0 || index === 0);
  }

  /** Places a set paragraph's lines at `x` as one sequence, as content of `element`. */
  paragraph(
    set: SetParagraph,
    x: number,
    element: StructElement,
    options: SequenceOptions = {},
  ): void {
    this.sequence(paragraphItems(set, x, element), options);
  }
}

/** Items that must stay on one page, as one unbreakable item (it counts as one line). */
export function keepTogether(items: readonly FlowItem[]): FlowItem {
  return {
    height: totalHeight(items),
    draw(page: PageModel, top: number): void {
      let y = top;
      for (const item of items) {
        item.draw(page, y);
        y += item.height;
      }
    },
  };
}

/** The lines of a set paragraph as flow items, each drawn as a text operation of `element`. */
export function paragraphItems(set: SetParagraph, x: number, element: StructElement): FlowItem[] {
  return set.lines.map((line) => ({
    height: set.leading,
    draw(page: PageModel, top: number): void {
      if (line.runs.length === 0) return;
      page.ops.push({
        type: 'text',
        x: x + line.offset,
        y: top + set.ascent,
        runs: line.runs,
        tag: contentOf(element),
      });
    },
  }));
}

function lineCount(items: readonly FlowItem[]): number {
  return items.reduce((sum, item) => sum + (item.spacer ? 0 : 1), 0);
}

function totalHeight(items: readonly FlowItem[]): number {
  return items.reduce((sum, item) => sum + item.height, 0);
}

/**
 * A sequence that ends on a later page keeps `keep` free below its last part there: when the
 * last page would be too full, its first lines go to a page of their own before it (leaving at
 * least `widows` lines to end on).
 */
function keepRoomAtEnd(chunks: FlowItem[][], keep: number, widows: number): void {
  if (chunks.length < 2) return;
  const last = chunks[chunks.length - 1] ?? [];
  const moved: FlowItem[] = [];
  while (totalHeight(last) + keep > COLUMN_HEIGHT && lineCount(last) > widows) {
    const item = last.shift();
    if (item) moved.push(item);
  }
  if (moved.length > 0) chunks.splice(chunks.length - 1, 0, moved);
}

/**
 * Moves items from the second-to-last chunk so the last has at least `widows` lines; returns
 * false when that cannot be done without leaving fewer than `orphans` lines behind.
 */
function balanceWidows(chunks: FlowItem[][], widows: number, orphans: number): boolean {
  if (chunks.length < 2) return true;
  const last = chunks[chunks.length - 1] ?? [];
  const before = chunks[chunks.length - 2] ?? [];
  // Move lines (and any padding between them) back until the last page has `widows` lines,
  // unless that would leave fewer than `orphans` lines behind.
  let move = 0;
  let moved = 0;
  while (lineCount(last) + moved < widows && move < before.length) {
    move += 1;
    const item = before[before.length - move];
    if (item && !item.spacer) moved += 1;
  }
  if (move === 0) return true;
  if (lineCount(before) - moved < orphans) return chunks.length > 2;
  last.unshift(...before.splice(before.length - move, move));
  return true;
}
