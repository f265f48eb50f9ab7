/** Unit tests for finding superscript footnote markers. */
import { describe, expect, it } from 'vitest';
import { findFootnoteRefs } from './footnote-refs';

describe('findFootnoteRefs', () => {
  it('marks each run of superscript digits', () => {
    const text = '¹ UN bodies… resolutions⁶ and,¹⁰ then⁷⁸';
    expect(findFootnoteRefs(text).map((m) => text.slice(m.start, m.end))).toEqual([
      '¹',
      '⁶',
      '¹⁰',
      '⁷⁸',
    ]);
  });

  it('leaves powers of length units alone', () => {
    expect(findFootnoteRefs('an area of 10 m² or 3 km³')).toEqual([]);
    expect(findFootnoteRefs('the form²')).toHaveLength(1);
  });

  it('finds nothing in text without superscripts', () => {
    expect(findFootnoteRefs('Plain 123 text')).toEqual([]);
    expect(findFootnoteRefs('')).toEqual([]);
  });
});
