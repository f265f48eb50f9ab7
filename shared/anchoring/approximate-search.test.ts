/**
 * `searchApproximately` reports exactly what approx-string-match's `search` reports (the search
 * it replaces in matchQuote, kept here as the oracle): the same ends, errors and starts, in the
 * same order. Checked on generated texts made to be awkward: passages repeated many times, tiny
 * alphabets, surrogate pairs and combining marks, patterns of every length up to two blocks and
 * across the block boundaries, and patterns edited by exactly as many errors as allowed, one
 * fewer, or one more.
 */
import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/mutation-run';
import { FAST_SEARCH_MAX_LENGTH, searchApproximately } from './approximate-search';
import { createRandom, randomBlocks } from './testing/random-text';

// What texts are built from: words, punctuation, a surrogate pair, a combining accent, and
// one-letter pieces, so that passages and near-copies of them recur.
const PIECES = [
  'the right to ',
  'freedom of expression',
  'Article 19',
  ' ',
  '. ',
  'a',
  'b',
  'ab',
  'privacy',
  '🌍',
  'e\u0301',
];

const textOf = fc
  .tuple(
    fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }),
    fc.integer({ min: 1, max: 20 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PIECES)), { maxLength: 6 }),
  )
  .map(([unit, times, changes]) => {
    // A unit repeated, then changed in a few places: many copies and near-copies of everything.
    const parts = Array.from({ length: times }, () => [...unit]).flat();
    for (const [at, replacement] of changes) parts[at % parts.length] = replacement;
    return parts.join('');
  });

type Edit = readonly ['insert' | 'delete' | 'replace', number, string];
const edit = fc.tuple(
  fc.constantFrom<'insert' | 'delete' | 'replace'>('insert', 'delete', 'replace'),
  fc.nat(),
  // Characters of the text and others, including half of a surrogate pair.
  fc.constantFrom('x', 'a', ' ', '\ud83c', 'b', 'é'),
);

function applyEdits(value: string, edits: readonly Edit[]): string {
  let result = value;
  for (const [kind, at, character] of edits) {
    if (kind === 'insert') {
      const position = at % (result.length + 1);
      result = result.slice(0, position) + character + result.slice(position);
    } else if (result.length > 1) {
      const position = at % result.length;
      const replacement = kind === 'replace' ? character : '';
      result = result.slice(0, position) + replacement + result.slice(position + 1);
    }
  }
  return result;
}

/** The error budget matchQuote gives a pattern: a quarter of its length. */
function quarterOf(pattern: string): number {
  return Math.floor(pattern.length / 4);
}

describe('searchApproximately', () => {
  it('reports what approx-string-match reports, for passages edited up to the budget and past it', () => {
    fc.assert(
      fc.property(
        textOf,
        fc.nat(),
        fc.integer({ min: 1, max: FAST_SEARCH_MAX_LENGTH + 8 }),
        fc.integer({ min: -1, max: 1 }),
        fc.array(edit, { maxLength: 20 }),
        (text, from, length, beyond, edits) => {
          const start = from % Math.max(1, text.length);
          const passage = text.slice(start, start + length);
          fc.pre(passage.length > 0);
          // As many edits as the budget allows, one fewer, or one more.
          const count = Math.max(0, quarterOf(passage) + beyond);
          const pattern = applyEdits(passage, edits.slice(0, count));
          const maxErrors = quarterOf(pattern);
          expect(searchApproximately(text, pattern, maxErrors)).toEqual(
            search(text, pattern, maxErrors),
          );
        },
      ),
      { numRuns: propertyRuns(1500) },
    );
  });

  it('reports what approx-string-match reports, for any pattern and error budget', () => {
    fc.assert(
      fc.property(
        textOf,
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (text, parts, rawErrors) => {
          const pattern = parts.join('');
          // Every budget from none to more than the pattern's length.
          const maxErrors = rawErrors % (pattern.length + 3);
          expect(searchApproximately(text, pattern, maxErrors)).toEqual(
            search(text, pattern, maxErrors),
          );
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
  });

  it('reports what approx-string-match reports in a long policy-like document, for passages deleted or edited', () => {
    const text = randomBlocks(createRandom(7), 30_000).join('\n\n');
    fc.assert(
      fc.property(
        fc.nat(text.length - 1),
        fc.integer({ min: 8, max: FAST_SEARCH_MAX_LENGTH }),
        fc.array(edit, { maxLength: 20 }),
        fc.boolean(),
        (start, length, edits, deleted) => {
          const passage = text.slice(start, start + length);
          const pattern = applyEdits(passage, edits.slice(0, quarterOf(passage) + 1));
          // Deleted, as when a paragraph is cut: usually no match within the budget at all.
          const searched = deleted ? text.slice(0, start) + text.slice(start + length) : text;
          const maxErrors = quarterOf(pattern);
          expect(searchApproximately(searched, pattern, maxErrors)).toEqual(
            search(searched, pattern, maxErrors),
          );
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });

  it('reports every equally good end, each with the earliest start within reach, in repetitive text', () => {
    const text = `${'ab'.repeat(40)}xyz${'ab'.repeat(40)}`;
    for (const pattern of ['abababab', 'ababxyzabab', 'babababab', 'abxyab', 'ab'.repeat(20)]) {
      for (let maxErrors = 0; maxErrors <= quarterOf(pattern) + 1; maxErrors += 1) {
        const found = searchApproximately(text, pattern, maxErrors);
        expect(found).toEqual(search(text, pattern, maxErrors));
      }
    }
    expect(searchApproximately(text, 'abab', 0)).toHaveLength(78);
  });

  it('finds a pattern at the block boundaries (32, 33, 64 characters) edited at either end', () => {
    const text = randomBlocks(createRandom(3), 5_000).join('\n\n');
    for (const length of [31, 32, 33, 63, 64]) {
      const passage = text.slice(1000, 1000 + length);
      for (const pattern of [`Q${passage.slice(1)}`, `${passage.slice(0, -1)}Q`, passage]) {
        const found = searchApproximately(text, pattern, quarterOf(pattern));
        expect(found).toEqual(search(text, pattern, quarterOf(pattern)));
        expect(found.map((match) => match.end)).toContain(1000 + length);
      }
    }
  });

  it('leaves longer patterns, empty ones and odd budgets to approx-string-match', () => {
    const text = 'Everyone has the right to freedom of opinion and expression. '.repeat(3);
    const long = text.slice(3, 3 + FAST_SEARCH_MAX_LENGTH + 1);
    expect(searchApproximately(text, long, 5)).toEqual(search(text, long, 5));
    expect(searchApproximately(text, '', 2)).toEqual([]);
    expect(searchApproximately(text, 'right', -1)).toEqual(search(text, 'right', -1));
    expect(searchApproximately(text, 'rigth', 1.5)).toEqual(search(text, 'rigth', 1.5));
    expect(searchApproximately(text, 'rigth', Number.NaN)).toEqual(
      search(text, 'rigth', Number.NaN),
    );
  });
});
