import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_BOUNDS,
  WINDOW_SIZE_LIMITS,
  parseWindowState,
  serializeWindowState,
  type Rect,
} from './window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1080 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  it('restores a valid, visible window', () => {
    const json = serializeWindowState({ x: 100, y: 80, width: 1400, height: 900 }, false);
    expect(parseWindowState(json, [laptop])).toEqual({
      x: 100,
      y: 80,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('keeps the maximised flag only when it is exactly true', () => {
    expect(
      parseWindowState('{"width":1000,"height":700,"maximized":true}', [laptop]).maximized,
    ).toBe(true);
    expect(parseWindowState('{"maximized":"yes"}', [laptop]).maximized).toBe(false);
  });

  it.each([
    null,
    '',
    'not json',
    '{',
    'null',
    '[]',
    '42',
    '"string"',
    '{"__proto__":{"width":1}}',
    'x'.repeat(10_000),
  ])('falls back to defaults for corrupt input %#', (json) => {
    const state = parseWindowState(json, [laptop]);
    expect(state.width).toBe(DEFAULT_WINDOW_BOUNDS.width);
    expect(state.height).toBe(DEFAULT_WINDOW_BOUNDS.height);
    expect(state.x).toBeUndefined();
  });

  it('clamps absurd sizes', () => {
    const tiny = parseWindowState('{"width":1,"height":-50}', [laptop]);
    expect(tiny.width).toBe(WINDOW_SIZE_LIMITS.minWidth);
    expect(tiny.height).toBe(WINDOW_SIZE_LIMITS.minHeight);
    const huge = parseWindowState('{"width":1e12,"height":99999999}', [laptop]);
    expect(huge.width).toBe(WINDOW_SIZE_LIMITS.max);
    expect(huge.height).toBe(WINDOW_SIZE_LIMITS.max);
  });

  it('ignores non-numeric and non-finite values', () => {
    const state = parseWindowState('{"width":"900","height":null,"x":"1","y":[2]}', [laptop]);
    expect(state).toEqual(DEFAULT_WINDOW_BOUNDS);
    // JSON cannot carry Infinity, but 1e400 parses to it.
    const inf = parseWindowState('{"width":1e400,"height":800,"x":1e400,"y":0}', [laptop]);
    expect(inf.width).toBe(DEFAULT_WINDOW_BOUNDS.width);
    expect(inf.x).toBeUndefined();
  });

  it('drops a position that is off every display (monitor unplugged)', () => {
    const json = serializeWindowState({ x: 2500, y: 100, width: 1200, height: 800 }, false);
    expect(parseWindowState(json, [laptop, rightMonitor]).x).toBe(2500);
    const unplugged = parseWindowState(json, [laptop]);
    expect(unplugged.x).toBeUndefined();
    expect(unplugged.y).toBeUndefined();
    expect(unplugged.width).toBe(1200);
  });

  it('drops a position whose title bar is above the screen', () => {
    const json = serializeWindowState({ x: 100, y: -400, width: 1200, height: 800 }, false);
    expect(parseWindowState(json, [laptop]).y).toBeUndefined();
  });

  it('drops positions when no displays are known', () => {
    const json = serializeWindowState({ x: 10, y: 10, width: 1200, height: 800 }, false);
    expect(parseWindowState(json, []).x).toBeUndefined();
  });
});

describe('serializeWindowState', () => {
  it('rounds and round-trips', () => {
    const json = serializeWindowState({ x: 10.4, y: 20.6, width: 1000.2, height: 700.9 }, true);
    expect(JSON.parse(json)).toEqual({ x: 10, y: 21, width: 1000, height: 701, maximized: true });
  });
});
