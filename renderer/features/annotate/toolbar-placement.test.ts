/**
 * The selection toolbar never covers the heading over the passage or an annotation card when
 * a side is free, stays in the viewport, and keeps to the reading column when it fits.
 */
import { describe, expect, it } from 'vitest';
import { placeToolbar, TOOLBAR_GAP, type Box } from './toolbar-placement';

const viewport = { width: 1360, height: 900 };
const toolbar = { width: 400, height: 40 };
const selection: Box = { top: 300, left: 400, width: 300, height: 24 };

const covers = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('placeToolbar', () => {
  it('sits above the selection when nothing is there', () => {
    const placed = placeToolbar({ selection, toolbar, viewport, obstacles: [] });
    expect(placed.side).toBe('above');
    expect(placed.top + toolbar.height).toBeLessThanOrEqual(selection.top);
  });

  it('flips below when the heading over the passage would be covered', () => {
    const heading: Box = { top: 262, left: 300, width: 700, height: 32 };
    const placed = placeToolbar({ selection, toolbar, viewport, obstacles: [heading] });
    expect(placed.side).toBe('below');
    expect(covers({ ...toolbar, ...placed }, heading)).toBe(false);
    expect(placed.top).toBeGreaterThanOrEqual(selection.top + selection.height);
  });

  it('stays above when the heading is above and a card is below: the free side wins', () => {
    const card: Box = { top: 330, left: 300, width: 700, height: 80 };
    const placed = placeToolbar({ selection, toolbar, viewport, obstacles: [card] });
    expect(placed.side).toBe('above');
  });

  it('goes below a selection at the top of the viewport, never off screen', () => {
    const top: Box = { ...selection, top: 10 };
    const placed = placeToolbar({ selection: top, toolbar, viewport, obstacles: [] });
    expect(placed.side).toBe('below');
    expect(placed.top).toBeGreaterThanOrEqual(TOOLBAR_GAP);
  });

  it('for a passage running off the screen under its heading, sits at the bottom edge', () => {
    const heading: Box = { top: 460, left: 300, width: 700, height: 40 };
    const long: Box = { top: 510, left: 320, width: 600, height: 900 };
    const placed = placeToolbar({ selection: long, toolbar, viewport, obstacles: [heading] });
    expect(covers({ ...toolbar, ...placed }, heading)).toBe(false);
    expect(placed.top + toolbar.height).toBe(viewport.height - TOOLBAR_GAP);
  });

  it('stays inside the viewport for a selection taller than the screen', () => {
    const tall: Box = { top: -200, left: 400, width: 300, height: 1400 };
    const placed = placeToolbar({ selection: tall, toolbar, viewport, obstacles: [] });
    expect(placed.top).toBeGreaterThanOrEqual(TOOLBAR_GAP);
    expect(placed.top + toolbar.height).toBeLessThanOrEqual(viewport.height - TOOLBAR_GAP);
  });

  it('is kept inside the viewport at either edge', () => {
    const atLeft = placeToolbar({
      selection: { ...selection, left: 0, width: 20 },
      toolbar,
      viewport,
      obstacles: [],
    });
    expect(atLeft.left).toBe(TOOLBAR_GAP);
    const atRight = placeToolbar({
      selection: { ...selection, left: 1340, width: 20 },
      toolbar,
      viewport,
      obstacles: [],
    });
    expect(atRight.left + toolbar.width).toBe(viewport.width - TOOLBAR_GAP);
  });

  it('keeps to the reading column, off the annotation panel beside it', () => {
    const column = { left: 300, right: 980 };
    const placed = placeToolbar({
      selection: { ...selection, left: 900, width: 60 },
      toolbar,
      viewport,
      column,
      obstacles: [],
    });
    expect(placed.left + toolbar.width).toBeLessThanOrEqual(column.right);
  });
});
