/** Unit tests for building block text with collapsed whitespace and marks. */
import { describe, expect, it } from 'vitest';
import { InlineTextBuilder, normaliseMarks } from './inline-text';

describe('InlineTextBuilder', () => {
  it('collapses whitespace across pieces and trims the edges', () => {
    const builder = new InlineTextBuilder();
    builder.append('  one\t');
    builder.append('\n two');
    builder.appendSpace();
    builder.append('three  ');
    expect(builder.build()).toEqual({ text: 'one two three', marks: [] });
  });

  it('places marks on the collapsed text and drops empty ones', () => {
    const builder = new InlineTextBuilder();
    builder.append('a ');
    builder.withMark('link', () => builder.append('  linked  text '));
    builder.withMark('strong', () => builder.append('   '));
    builder.append(' b');
    const { text, marks } = builder.build();
    expect(text).toBe('a linked text b');
    expect(marks).toEqual([{ type: 'link', start: 2, end: 13 }]);
  });

  it('keeps text joined when pieces meet without spaces', () => {
    const builder = new InlineTextBuilder();
    builder.append('word');
    builder.withMark('emphasis', () => builder.append('ending'));
    expect(builder.build()).toEqual({
      text: 'wordending',
      marks: [{ type: 'emphasis', start: 4, end: 10 }],
    });
  });
});

describe('normaliseMarks', () => {
  it('clamps, merges same-type overlaps and sorts', () => {
    expect(
      normaliseMarks(
        [
          { type: 'strong', start: 5, end: 9 },
          { type: 'link', start: 0, end: 4 },
          { type: 'strong', start: 2, end: 6 },
          { type: 'emphasis', start: 8, end: 20 },
          { type: 'emphasis', start: 3, end: 3 },
        ],
        10,
      ),
    ).toEqual([
      { type: 'link', start: 0, end: 4 },
      { type: 'strong', start: 2, end: 9 },
      { type: 'emphasis', start: 8, end: 10 },
    ]);
  });
});

describe('whitespace', () => {
  it('collapses every Unicode space but the ideographic one', () => {
    const builder = new InlineTextBuilder();
    builder.append('\u2003a\u2009\u2009b\u3000c\u00a0\u2028 ');
    expect(builder.build().text).toBe('a b\u3000c');
  });
});
