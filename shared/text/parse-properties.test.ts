/** Property tests: whatever the input, both parsers return well-formed blocks and never throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockProblems } from './block-invariants';
import { parseDocument } from './parse-document';
import { propertyRuns } from '../testing/mutation-run';

/** Pieces that exercise the parsers' special cases: markup, spaces, markers, scripts. */
const TRICKY_PIECES = [
  '*',
  '**',
  '_',
  '[',
  ']',
  '(',
  ')',
  '](#)',
  '#',
  '# ',
  '\\',
  '`',
  '<',
  '>',
  '<http://x.y>',
  '- ',
  '• ',
  '* ',
  '+ ',
  '1. ',
  '> ',
  '---',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\u00a0',
  '\u3000',
  '\uFEFF',
  '\u2028',
  '¹',
  '²⁰',
  'm²',
  'a',
  'B',
  'Word',
  'SUMMARY',
  'lower',
  '.',
  ':',
  '?',
  '3 January 2020',
  'Author: X',
  'x@y.org',
  'テクノロジー',
  '😀',
  '\uD800',
  'e\u0301',
];

const trickyText = fc
  .array(fc.constantFrom(...TRICKY_PIECES), { maxLength: 60 })
  .map((pieces) => pieces.join(''));

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), trickyText);

describe('parsers on arbitrary input', () => {
  it.each(['text', 'markdown'] as const)(
    '%s: never throws and keeps every block promise',
    (format) => {
      fc.assert(
        fc.property(anyText, (source) => {
          const { blocks, title } = parseDocument(source, format);
          expect(blockProblems(blocks)).toEqual([]);
          expect(title === null || blocks.some((b) => b.text === title && b.level === 1)).toBe(
            true,
          );
        }),
        { numRuns: propertyRuns(400) },
      );
    },
  );
});
