/**
 * Where the selection toolbar goes: next to the selection, above it or below it, whichever
 * covers none of what the analyst needs to see (the heading over the passage, annotation cards,
 * the selection itself), inside the viewport and, when it fits, inside the reading column.
 * Pure geometry in viewport pixels, so it is tested without a browser.
 */

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacementInput {
  /** The selection's bounding box. */
  readonly selection: Box;
  /** The toolbar's own size. */
  readonly toolbar: { readonly width: number; readonly height: number };
  readonly viewport: { readonly width: number; readonly height: number };
  /** The horizontal band the toolbar should stay in when it fits (the reading column). */
  readonly column?: { readonly left: number; readonly right: number };
  /** What the toolbar must not cover: headings, annotation cards. */
  readonly obstacles: readonly Box[];
}

export interface Placement {
  readonly top: number;
  readonly left: number;
  readonly side: 'above' | 'below';
}

/** Space between the toolbar and the selection, and kept from the viewport's edges. */
export const TOOLBAR_GAP = 8;
/**
 * How much covering selected text counts against covering a heading or card of the same
 * area: the analyst already knows what they selected, but not what hides under the toolbar.
 */
const SELECTION_WEIGHT = 0.05;

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** The toolbar's top-left corner, and on which side of the selection it sits. */
export function placeToolbar(input: PlacementInput): Placement {
  const { selection, toolbar, viewport, column, obstacles } = input;
  // Horizontally: centred on the selection, kept in the column when it fits, and always
  // inside the viewport.
  const centred = selection.left + selection.width / 2 - toolbar.width / 2;
  let left = centred;
  if (column && column.right - column.left >= toolbar.width)
    left = clamp(left, column.left, column.right - toolbar.width);
  left = clamp(
    left,
    TOOLBAR_GAP,
    Math.max(TOOLBAR_GAP, viewport.width - toolbar.width - TOOLBAR_GAP),
  );

  const maxTop = viewport.height - toolbar.height - TOOLBAR_GAP;
  const aboveTop = selection.top - toolbar.height - TOOLBAR_GAP;
  const belowTop = selection.top + selection.height + TOOLBAR_GAP;
  const candidates: Placement[] = [
    { side: 'above', left, top: aboveTop },
    { side: 'below', left, top: belowTop },
    // A passage running past the screen's edge: the toolbar at that edge, over its own text.
    { side: 'below', left, top: clamp(belowTop, TOOLBAR_GAP, maxTop) },
    { side: 'above', left, top: clamp(aboveTop, TOOLBAR_GAP, maxTop) },
  ];
  const cost = (placement: Placement) => {
    const box = { ...toolbar, top: placement.top, left: placement.left };
    // Leaving the viewport hides the toolbar itself: worse than covering anything.
    if (placement.top < TOOLBAR_GAP || placement.top > maxTop) return Number.POSITIVE_INFINITY;
    // Covering some of the selected text is a small cost; a heading or a card, a large one.
    return (
      overlap(box, selection) * SELECTION_WEIGHT +
      obstacles.reduce((sum, obstacle) => sum + overlap(box, obstacle), 0)
    );
  };
  return candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
}
