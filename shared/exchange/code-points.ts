/**
 * Converts positions between our unit (UTF-16 code units, what JavaScript strings index) and
 * Unicode code points (what REFI-QDA and most non-JavaScript tools count as "characters").
 * They differ after any character outside the Basic Multilingual Plane (emoji, rare CJK), which
 * takes two code units but is one code point.
 */

/** Maps UTF-16 offsets in one text to code-point offsets; build once, query many times. */
export class CodePointOffsets {
  /** UTF-16 offsets of the low halves of surrogate pairs: each one counts no code point. */
  private readonly lowHalves: number[] = [];

  constructor(text: string) {
    for (let at = 0; at + 1 < text.length; at += 1) {
      const code = text.charCodeAt(at);
      const next = text.charCodeAt(at + 1);
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        this.lowHalves.push(at + 1);
        at += 1;
      }
    }
  }

  /**
   * The code-point offset of a UTF-16 offset: the offset less the low surrogate halves before
   * it. An offset inside a pair counts as the pair's start.
   */
  toCodePoints(utf16Offset: number): number {
    let low = 0;
    let high = this.lowHalves.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const half = this.lowHalves[middle];
      if (half !== undefined && half < utf16Offset) low = middle + 1;
      else high = middle;
    }
    // Halves strictly before the offset; one exactly at it means the offset splits a pair.
    const splits = this.lowHalves[low] === utf16Offset;
    return utf16Offset - low - (splits ? 1 : 0);
  }
}

/** The code-point offset of one UTF-16 offset in `text`. */
export function utf16ToCodePoint(text: string, utf16Offset: number): number {
  return new CodePointOffsets(text).toCodePoints(utf16Offset);
}
