/**
 * Window state at its edges: a stored position is kept exactly when 64 px of the title strip's
 * width and 32 px of its height are on a display and its top is not above that display; sizes
 * clamp to the limits inclusive; the state file is read up to 4,096 characters.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_BOUNDS, parseWindowState, serializeWindowState } from './window-state';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };
const state = (fields: Record<string, unknown>) =>
  JSON.stringify({ width: 1000, height: 700, maximized: false, ...fields });

describe('parseWindowState', () => {
  it('keeps a window whose title strip shows 64 px at the right edge, not 63', () => {
    expect(parseWindowState(state({ x: 1920 - 64, y: 100 }), [screen])).toMatchObject({ x: 1856 });
    expect(parseWindowState(state({ x: 1920 - 63, y: 100 }), [screen]).x).toBeUndefined();
  });

  it('keeps a window whose left part is off screen while 64 px still show', () => {
    expect(parseWindowState(state({ x: 64 - 1000, y: 100 }), [screen]).x).toBe(-936);
    expect(parseWindowState(state({ x: 63 - 1000, y: 100 }), [screen]).x).toBeUndefined();
  });

  it('keeps a window whose title strip shows 32 px at the bottom, not 31', () => {
    expect(parseWindowState(state({ x: 100, y: 1080 - 32 }), [screen]).y).toBe(1048);
    expect(parseWindowState(state({ x: 100, y: 1080 - 31 }), [screen]).y).toBeUndefined();
  });

  it('never keeps a title bar above the top of the display', () => {
    expect(parseWindowState(state({ x: 100, y: 0 }), [screen]).y).toBe(0);
    expect(parseWindowState(state({ x: 100, y: -1 }), [screen]).y).toBeUndefined();
  });

  it('checks each display on its own, and needs both coordinates', () => {
    const second = { x: 1920, y: 200, width: 1280, height: 1024 };
    expect(parseWindowState(state({ x: 2000, y: 250 }), [screen, second])).toMatchObject({
      x: 2000,
      y: 250,
    });
    expect(parseWindowState(state({ x: 2000, y: 150 }), [screen, second]).x).toBeUndefined();
    expect(parseWindowState(state({ x: 100 }), [screen]).x).toBeUndefined();
    expect(parseWindowState(state({ y: 100 }), [screen]).y).toBeUndefined();
    expect(parseWindowState(state({ x: 100, y: 100 }), [])).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('clamps sizes to the limits, inclusive, and rounds them', () => {
    const size = (width: number, height: number) => parseWindowState(state({ width, height }), []);
    expect(size(800, 560)).toMatchObject({ width: 800, height: 560 });
    expect(size(799, 559)).toMatchObject({ width: 800, height: 560 });
    expect(size(16_384, 16_384)).toMatchObject({ width: 16_384, height: 16_384 });
    expect(size(16_385, 99_999)).toMatchObject({ width: 16_384, height: 16_384 });
    expect(size(1000.6, 700.4)).toMatchObject({ width: 1001, height: 700 });
  });

  it('falls back per field, and for anything not a small JSON object', () => {
    expect(parseWindowState(state({ width: '1000', height: null }), [])).toMatchObject({
      width: DEFAULT_WINDOW_BOUNDS.width,
      height: DEFAULT_WINDOW_BOUNDS.height,
    });
    expect(parseWindowState(state({ maximized: 'true' }), []).maximized).toBe(false);
    expect(parseWindowState(state({ maximized: true }), []).maximized).toBe(true);
    for (const json of [null, '[]', 'null', '3', '{', state({}) + ' '.repeat(4096)]) {
      expect(parseWindowState(json, [screen])).toEqual(DEFAULT_WINDOW_BOUNDS);
    }
    const exactly = state({}).padEnd(4096, ' ');
    expect(parseWindowState(exactly, [])).toMatchObject({ width: 1000, height: 700 });
  });
});

describe('serializeWindowState', () => {
  it('writes rounded bounds and the maximised flag', () => {
    expect(
      JSON.parse(serializeWindowState({ x: 10.4, y: 20.6, width: 1000.5, height: 700.2 }, true)),
    ).toEqual({ x: 10, y: 21, width: 1001, height: 700, maximized: true });
  });
});
