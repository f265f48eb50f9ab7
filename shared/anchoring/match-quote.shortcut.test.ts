/**
 * The shortcut of `matchQuote` (the exact occurrence nearest the hint, taken when its whole
 * stored context surrounds it) returns exactly what the full search returns, on generated texts
 * built to repeat passages, so that quotes occur many times, at equal distances from the hint,
 * with their context intact, cut at the document's edges, or edited.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH } from './describe';
import { matchQuote, searchQuote } from './match-quote';

const PIECES = ['Article 19', 'freedom of expression', 'the right to', ' ', '. ', 'privacy', 'x'];
const piece = fc.constantFrom(...PIECES);
// A few pieces repeated: the same passage, with the same or other surroundings, many times.
const textOf = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 12 }))
  .chain(([unit, times]) =>
    fc.array(fc.tuple(fc.nat(unit.length), piece), { maxLength: 4 }).map((changes) => {
      const parts = Array.from({ length: times }, () => [...unit]).flat();
      for (const [at, replacement] of changes) parts[at % parts.length] = replacement;
      return parts.join('');
    }),
  )
  .filter((text) => text.length > 0);

describe('matchQuote shortcut', () => {
  it('returns what scoring every occurrence returns', () => {
    fc.assert(
      fc.property(
        textOf,
        fc.nat(),
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        fc.constantFrom('intact', 'prefix edited', 'suffix edited', 'long context'),
        (text, from, length, rawHint, context) => {
          const start = from % text.length;
          const end = Math.min(text.length, start + length);
          const exact = text.slice(start, end);
          let prefix = text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
          let suffix = text.slice(end, end + CONTEXT_LENGTH);
          if (context === 'prefix edited') prefix = `Q${prefix.slice(1)}`;
          if (context === 'suffix edited') suffix = `${suffix.slice(0, -1)}Q`;
          if (context === 'long context') {
            prefix = text.slice(Math.max(0, start - 3 * CONTEXT_LENGTH), start);
            suffix = text.slice(end, end + 3 * CONTEXT_LENGTH);
          }
          const quote = { exact, prefix, suffix };
          // Hints on the text, and at the very points between two occurrences.
          const hint = rawHint % (text.length + 1);
          expect(matchQuote(text, quote, { hint })).toEqual(searchQuote(text, quote, hint));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes the earlier of two intact occurrences equally far from the hint', () => {
    const text = 'aaaa Article 19 bbbb cccccc aaaa Article 19 bbbb';
    const quote = { exact: 'Article 19', prefix: 'aaaa ', suffix: ' bbbb' };
    // Occurrences at 5 and 33; 19 is 14 from both, 20 is nearer the second.
    expect(matchQuote(text, quote, { hint: 19 })).toMatchObject({ start: 5, kind: 'exact' });
    expect(searchQuote(text, quote, 19)).toMatchObject({ start: 5 });
    expect(matchQuote(text, quote, { hint: 20 })).toMatchObject({ start: 33 });
    expect(searchQuote(text, quote, 20)).toMatchObject({ start: 33 });
  });

  it('agrees with the full search when occurrences lie thousands of characters from the hint', () => {
    const passage = 'aaaa Article 19 bbbb';
    const text = `${passage}${' '.repeat(10_000)}${passage}${'.'.repeat(20_000)}${passage}`;
    const quote = { exact: 'Article 19', prefix: 'aaaa ', suffix: ' bbbb' };
    for (let hint = 0; hint <= text.length; hint += 250) {
      expect(matchQuote(text, quote, { hint })).toEqual(searchQuote(text, quote, hint));
    }
  });

  it('takes the intact occurrence at the hint over one exactly 4,096 characters after it', () => {
    // The scan for the nearest occurrence starts 4,096 characters (NEAR_HINT) before the hint.
    const passage = 'aaaa Article 19 bbbb';
    const text = `${passage}${'.'.repeat(4096 - passage.length)}${passage}`;
    const quote = { exact: 'Article 19', prefix: 'aaaa ', suffix: ' bbbb' };
    expect(text.indexOf('Article 19', 6)).toBe(5 + 4096);
    expect(matchQuote(text, quote, { hint: 5 })).toMatchObject({ start: 5, kind: 'exact' });
  });

  it('takes the nearer of two intact occurrences at the start of the text, before or after the hint', () => {
    // The scan marks "no occurrence" with -1; occurrences at 0 and 1 sit right beside it.
    const near = { exact: 'ab', prefix: 'x', suffix: ' ' };
    expect(matchQuote('xab xab ', near, { hint: 2 })).toMatchObject({ start: 1, kind: 'exact' });
    expect(searchQuote('xab xab ', near, 2)).toMatchObject({ start: 1 });
    // An overlapping quote: "==" starts at 0, 1 and 2; the one at the hint wins.
    const rule = { exact: '==', prefix: '', suffix: '=' };
    expect(matchQuote('==== rule', rule, { hint: 1 })).toMatchObject({ start: 1, kind: 'exact' });
    expect(searchQuote('==== rule', rule, 1)).toMatchObject({ start: 1 });
  });
});
