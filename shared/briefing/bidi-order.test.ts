import { describe, expect, it } from 'vitest';
import { hasRtl, paragraphLevels, reverseForDrawing, visualPieces } from './bidi-order';

const sameRun = () => 0;

describe('visualPieces', () => {
  it('leaves left-to-right text as one piece', () => {
    const text = 'Freedom of expression';
    expect(visualPieces(text, paragraphLevels(text), 0, text.length, sameRun)).toEqual([
      { start: 0, end: text.length, rtl: false },
    ]);
  });

  it('orders an Arabic paragraph right to left, with numbers left to right inside it', () => {
    const text = 'المادة 19: لكل شخص';
    const levels = paragraphLevels(text);
    expect(levels.rtl).toBe(true);
    const pieces = visualPieces(text, levels, 0, text.length, sameRun);
    // Visual order from the left: the last words first, the article number reads 19, the first word last.
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual([': لكل شخص', '19', 'المادة ']);
    expect(pieces.map((p) => p.rtl)).toEqual([true, false, true]);
  });

  it('reorders only the line asked for', () => {
    const text = 'لكل شخص الحق في حرية';
    const levels = paragraphLevels(text);
    const pieces = visualPieces(text, levels, 8, 14, sameRun);
    expect(pieces).toEqual([{ start: 8, end: 14, rtl: true }]);
  });

  it('keeps a labelled Arabic title left-to-right when asked', () => {
    const text = '[6] الإعلان العالمي';
    expect(paragraphLevels(text, 'ltr').rtl).toBe(false);
    expect(paragraphLevels(text).rtl).toBe(true);
  });

  it('splits pieces where the run (font) changes', () => {
    const text = 'abc def';
    const pieces = visualPieces(text, paragraphLevels(text), 0, 7, (i) => (i < 4 ? 0 : 1));
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(['abc ', 'def']);
  });
});

describe('helpers', () => {
  it('detects right-to-left text and mirrors brackets when reversing', () => {
    expect(hasRtl('plain')).toBe(false);
    expect(hasRtl('a حرية')).toBe(true);
    expect(reverseForDrawing('(a)')).toBe('(a)');
    expect(reverseForDrawing(': ')).toBe(' :');
  });
});
