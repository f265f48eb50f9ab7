/**
 * Finds which block of a document an offset in its plain text falls in (for "¶ n" citations,
 * placing a selection, painting a range): the one search every layer uses.
 */
import { BLOCK_SEPARATOR } from '../model/document';

/**
 * The part of a block this needs: where it starts in the plain text, and its text or its
 * length (stored blocks carry their text; the reader's offsets carry lengths).
 */
export type BlockSpan =
  | { readonly start: number; readonly text: string }
  | { readonly start: number; readonly length: number };

function lengthOf(block: BlockSpan): number {
  return 'length' in block ? block.length : block.text.length;
}

/**
 * Index of the block containing `offset`, by binary search over blocks sorted by `start` (as
 * `placeBlocks` makes them). An offset in the separator after a block, or at its very end,
 * counts as that block's. Returns -1 when there are no blocks or the offset lies outside the
 * document.
 */
export function blockIndexAt(blocks: readonly BlockSpan[], offset: number): number {
  const last = blocks.at(-1);
  if (last === undefined || !(offset >= 0) || offset > last.start + lengthOf(last)) return -1;
  // Find the last block whose start is at or before the offset.
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    const block = blocks[middle];
    if (block !== undefined && block.start <= offset) low = middle;
    else high = middle - 1;
  }
  const first = blocks[0];
  return first !== undefined && offset < first.start ? -1 : low;
}

/** The blocks' spans of a plain text whose blocks are joined by a blank line. */
export function blockSpansOf(text: string): BlockSpan[] {
  const spans: BlockSpan[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf(BLOCK_SEPARATOR, start);
    spans.push({ start, length: (end === -1 ? text.length : end) - start });
    if (end === -1) return spans;
    start = end + BLOCK_SEPARATOR.length;
  }
}
