import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText, placeBlocks } from '../model/document';
import { blockIndexAt, blockSpansOf } from './block-of';

describe('blockIndexAt', () => {
  const blocks = placeBlocks('d', [
    { kind: 'heading', text: 'Title' },
    { kind: 'paragraph', text: 'First paragraph.' },
    { kind: 'paragraph', text: 'Second.' },
  ]);

  it('finds the block an offset falls in, separators counting to the block before', () => {
    expect(blockIndexAt(blocks, 0)).toBe(0);
    expect(blockIndexAt(blocks, 4)).toBe(0);
    expect(blockIndexAt(blocks, 5)).toBe(0);
    expect(blockIndexAt(blocks, 6)).toBe(0);
    expect(blockIndexAt(blocks, 7)).toBe(1);
    expect(blockIndexAt(blocks, documentText(blocks).length)).toBe(2);
  });

  it('returns -1 outside the document or without blocks', () => {
    expect(blockIndexAt([], 0)).toBe(-1);
    expect(blockIndexAt(blocks, -1)).toBe(-1);
    expect(blockIndexAt(blocks, documentText(blocks).length + 1)).toBe(-1);
    expect(blockIndexAt(blocks, Number.NaN)).toBe(-1);
  });

  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        (texts, n) => {
          const placed = placeBlocks(
            'd',
            texts.map((text) => ({ kind: 'paragraph' as const, text })),
          );
          const length = documentText(placed).length;
          const offset = n % (length + 1);
          let expected = 0;
          placed.forEach((block, index) => {
            if (block.start <= offset) expected = index;
          });
          expect(blockIndexAt(placed, offset)).toBe(expected);
        },
      ),
    );
  });
});

describe('blockSpansOf', () => {
  it('gives the spans placeBlocks gives, from the plain text alone', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 12 }).filter((t) => !t.includes('\n\n')),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        (texts) => {
          const placed = placeBlocks(
            'd',
            texts.map((text) => ({ kind: 'paragraph' as const, text })),
          );
          const text = documentText(placed);
          // A text ending in "\n" next to a separator is ambiguous: "\n\n" marks blocks only.
          fc.pre(!texts.some((t) => t.startsWith('\n') || t.endsWith('\n')));
          expect(blockSpansOf(text)).toEqual(
            placed.map((b) => ({ start: b.start, length: b.text.length })),
          );
        },
      ),
    );
  });
});
