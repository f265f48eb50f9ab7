/**
 * Converting between DOM ranges in the reader and offsets over the document's plain text.
 * Each block element carries data-block (its index); its DOM text is exactly the block's text,
 * so an offset inside a block is a count of characters in its text nodes.
 */
import { blockIndexAt } from '../../shared/anchoring/block-of';

export interface BlockOffsets {
  readonly index: number;
  readonly start: number;
  readonly length: number;
}

const BLOCK_SELECTOR = '[data-block]';

function blockElementOf(node: Node, root: Element): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>(BLOCK_SELECTOR) ?? null;
  return block && root.contains(block) ? block : null;
}

/** Characters of text before (node, offset) within the block element. */
function offsetInBlock(block: HTMLElement, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // A boundary between children: count the text of the children before it.
    const range = document.createRange();
    range.setStart(block, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  }
  let count = 0;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === node) return count + offset;
    count += current.textContent?.length ?? 0;
  }
  return count;
}

/**
 * The plain-text offsets a DOM range covers, or null when it does not touch the document.
 * Ends that fall outside any block snap to the nearest block boundary inside the range.
 */
export function rangeToTextOffsets(
  range: Range,
  root: Element,
  blocks: readonly BlockOffsets[],
): { start: number; end: number } | null {
  const elements = [...root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)].filter((el) =>
    range.intersectsNode(el),
  );
  if (elements.length === 0) return null;
  const byIndex = (el: HTMLElement) => blocks[Number(el.dataset.block)];

  const startBlock = blockElementOf(range.startContainer, root);
  const endBlock = blockElementOf(range.endContainer, root);
  const first = elements[0]!;
  const last = elements.at(-1)!;

  const firstInfo = byIndex(startBlock ?? first);
  const lastInfo = byIndex(endBlock ?? last);
  if (!firstInfo || !lastInfo) return null;

  const start = startBlock
    ? firstInfo.start + offsetInBlock(startBlock, range.startContainer, range.startOffset)
    : firstInfo.start;
  const end = endBlock
    ? lastInfo.start + offsetInBlock(endBlock, range.endContainer, range.endOffset)
    : lastInfo.start + lastInfo.length;
  return end > start ? { start, end } : null;
}

/** A block element's text nodes with the offset each starts at, for quick lookups. */
interface BlockTextNodes {
  readonly nodes: readonly Text[];
  readonly starts: readonly number[];
}

function textNodesOf(block: HTMLElement): BlockTextNodes {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let offset = 0;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(offset);
    offset += (node as Text).data.length;
  }
  return { nodes, starts };
}

/** Finds the text node and offset for a plain-text offset inside a block element. */
function pointInBlock(
  block: HTMLElement,
  offset: number,
  texts = textNodesOf(block),
): { node: Node; offset: number } {
  const { nodes, starts } = texts;
  if (nodes.length === 0) return { node: block, offset: 0 };
  // The last node starting at or before the offset (binary search; blocks can hold many runs).
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  // An offset at a run boundary belongs to the end of the earlier run, as a DOM range would put it.
  while (low > 0 && starts[low] === offset) low -= 1;
  const node = nodes[low]!;
  return { node, offset: Math.min(offset - starts[low]!, node.data.length) };
}

/**
 * The reader's block elements by index, with their text nodes cached: painting thousands of
 * highlights looks each block up once instead of querying the DOM per highlight.
 */
export class BlockDomIndex {
  private readonly elements = new Map<number, HTMLElement>();
  private readonly texts = new Map<HTMLElement, BlockTextNodes>();

  constructor(root: Element) {
    for (const element of root.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)) {
      this.elements.set(Number(element.dataset.block), element);
    }
  }

  element(index: number): HTMLElement | undefined {
    return this.elements.get(index);
  }

  point(element: HTMLElement, offset: number): { node: Node; offset: number } {
    let texts = this.texts.get(element);
    if (!texts) {
      texts = textNodesOf(element);
      this.texts.set(element, texts);
    }
    return pointInBlock(element, offset, texts);
  }
}

/**
 * A DOM range for plain-text offsets, or null when its blocks are not rendered. Offsets that
 * fall in the blank line between two blocks snap to the following block's start.
 */
export function textOffsetsToRange(
  root: Element,
  blocks: readonly BlockOffsets[],
  start: number,
  end: number,
  index: BlockDomIndex = new BlockDomIndex(root),
): Range | null {
  const first = blocks[blockIndexAt(blocks, start)];
  const last = blocks[blockIndexAt(blocks, Math.max(start, end - 1))];
  if (!first || !last) return null;
  const startEl = index.element(first.index);
  const endEl = index.element(last.index);
  if (!startEl || !endEl) return null;
  const range = document.createRange();
  const s = index.point(startEl, Math.min(Math.max(0, start - first.start), first.length));
  const e = index.point(endEl, Math.min(Math.max(0, end - last.start), last.length));
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset);
  return range;
}
/** The plain-text offset of a DOM point inside a block, or null when it is outside every block. */
export function pointToTextOffset(
  node: Node,
  offset: number,
  root: Element,
  blocks: readonly BlockOffsets[],
): number | null {
  const block = blockElementOf(node, root);
  const info = block ? blocks[Number(block.dataset.block)] : undefined;
  if (!block || !info) return null;
  return info.start + offsetInBlock(block, node, offset);
}

/** The DOM point under the pointer, where the engine can say. */
export function caretPointFromPoint(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
