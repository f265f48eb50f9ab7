/** Finds which block of a document an offset in its plain text falls in (for "¶ n" citations). */

/** The part of a stored block this needs: where it starts in the plain text, and its text. */
export interface BlockSpan {
  readonly start: number;
  readonly text: string;
}

/**
 * Index of the block containing `offset`, by binary search over blocks sorted by `start` (as
 * `placeBlocks` makes them). An offset in the separator after a block, or at its very end,
 * counts as that block's. Returns -1 when there are no blocks or the offset lies outside the
 * document.
 */
export function blockIndexAt(blocks: readonly BlockSpan[], offset: number): number {
  const last = blocks.at(-1);
  if (last === undefined || !(offset >= 0) || offset > last.start + last.text.length) return -1;
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
