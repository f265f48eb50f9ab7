// Properties of anchoring over random documents and random edits (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { DescribeRangeError, describeRange } from './describe';
import { propertyRuns } from '../testing/mutation-run';

const VOCABULARY = [
  'right',
  'rights',
  'freedom',
  'of',
  'expression',
  'the',
  'state',
  'shall',
  'everyone',
  'privacy',
  'assembly',
  'online',
  'and',
  'protect',
  'without',
  'discrimination',
  'access',
  'information',
];
const UNICODE_WORDS = ['権利', '表現の自由', '😀', '👩🏽‍💻', 'de\u0301claration', 'naïve', 'Право'];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE_WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
);

const documentText = fc
  .array(fc.array(word, { minLength: 3, maxLength: 40 }), { minLength: 1, maxLength: 8 })
  .map((blocks) => blocks.map((words) => words.join(' ')).join('\n\n'));

/** A small edit: [offset choice, characters removed, text inserted]. */
const smallEdit = fc.tuple(
  fc.nat(),
  fc.integer({ min: 0, max: 4 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
);

function tryDescribe(text: string, start: number, end: number) {
  try {
    return describeRange(text, start, end);
  } catch (error) {
    if (error instanceof DescribeRangeError) return null;
    throw error;
  }
}

describe('anchoring properties', () => {
  it('re-anchors exactly to the same quote after edits outside it', () => {
    fc.assert(
      fc.property(
        documentText,
        fc.nat(),
        fc.integer({ min: 1, max: 120 }),
        fc.array(smallEdit, { minLength: 1, maxLength: 3 }),
        (text, a, length, edits) => {
          const from = a % text.length;
          const selectors = tryDescribe(text, from, Math.min(text.length, from + length));
          fc.pre(selectors !== null);
          if (selectors === null) return;
          const { start, end } = selectors.position;
          let edited = text;
          let quoteStart = start;
          for (const [at, cut, insert] of edits) {
            // Edit before or after the quote, never touching it.
            const before = at % 2 === 0 && quoteStart > 0;
            const quoteEnd = quoteStart + (end - start);
            if (before) {
              const offset = at % (quoteStart + 1);
              const removed = Math.min(cut, quoteStart - offset);
              edited = edited.slice(0, offset) + insert + edited.slice(offset + removed);
              quoteStart += insert.length - removed;
            } else {
              const offset = quoteEnd + (at % (edited.length - quoteEnd + 1));
              edited = edited.slice(0, offset) + insert + edited.slice(offset + cut);
            }
          }
          const result = anchor(edited, selectors);
          expect(result.status).not.toBe('orphaned');
          expect(['position', 'quote']).toContain(result.how);
          expect(edited.slice(result.start, result.end)).toBe(selectors.quote.exact);
        },
      ),
      { numRuns: propertyRuns(400) },
    );
  });

  it('re-anchors fuzzily over the same place after 1–2 character edits inside a quote of 30+', () => {
    fc.assert(
      fc.property(
        documentText,
        fc.nat(),
        fc.integer({ min: 30, max: 150 }),
        fc.array(
          fc.tuple(fc.nat(), fc.integer({ min: 0, max: 1 }), fc.constantFrom('', 'x', 'é', '😀')),
          {
            minLength: 1,
            maxLength: 2,
          },
        ),
        (text, a, length, edits) => {
          fc.pre(text.length > 40);
          const from = a % (text.length - 30);
          const selectors = tryDescribe(text, from, Math.min(text.length, from + length));
          fc.pre(selectors !== null && selectors.quote.exact.length >= 30);
          if (selectors === null) return;
          const { start, end } = selectors.position;
          let edited = text;
          let quoteEnd = end;
          for (const [at, cut, insert] of edits) {
            const offset = start + 1 + (at % (quoteEnd - start - 2));
            edited = edited.slice(0, offset) + insert + edited.slice(offset + cut);
            quoteEnd += insert.length - cut;
          }
          const result = anchor(edited, selectors);
          expect(result.status).not.toBe('orphaned');
          if (result.status === 'orphaned') return;
          const overlaps = result.start < quoteEnd && start < result.end;
          // Or an untouched copy of the quote elsewhere in the document (random text repeats).
          expect(overlaps || edited.slice(result.start, result.end) === selectors.quote.exact).toBe(
            true,
          );
        },
      ),
      { numRuns: propertyRuns(400) },
    );
  });
});
