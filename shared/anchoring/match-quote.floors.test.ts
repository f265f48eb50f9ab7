/**
 * The acceptance floors of matchQuote, each at its boundary: three quarters of the quote must
 * agree; a quote under 20 characters, or an edited one under 64, needs its context to agree too.
 */
import { describe, expect, it } from 'vitest';
import { LONG_QUOTE_LENGTH, matchQuote, SHORT_QUOTE_LENGTH } from './match-quote';

const PREFIX = 'The stored context before it, as written. ';
const SUFFIX = ' And the stored context after it, as written.';
/** Surroundings that share nothing useful with the stored context. */
const ELSEWHERE = 'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq';

/** `length` characters of varied lower-case words. */
function passage(length: number): string {
  const words = 'rights online privacy assembly expression association freedom states must';
  return words.repeat(4).slice(0, length);
}

/** The passage with `count` characters replaced by '#', spread evenly. */
function edited(text: string, count: number): string {
  const chars = [...text];
  for (let i = 0; i < count; i += 1) chars[Math.floor(((i + 0.5) * chars.length) / count)] = '#';
  return chars.join('');
}

describe('matchQuote floors', () => {
  it('accepts a quote three quarters the same (10 of 40 changed), with agreeing context', () => {
    const exact = passage(40);
    const quote = { exact, prefix: PREFIX.slice(-32), suffix: SUFFIX.slice(0, 32) };
    const found = matchQuote(`${PREFIX}${edited(exact, 10)}${SUFFIX}`, quote);
    expect(found).toMatchObject({ kind: 'fuzzy', start: PREFIX.length });
    expect(matchQuote(`${PREFIX}${edited(exact, 11)}${SUFFIX}`, quote)).toBeNull();
  });

  it('takes a short quote found exactly only where its context agrees', () => {
    for (const length of [SHORT_QUOTE_LENGTH - 1, SHORT_QUOTE_LENGTH]) {
      const exact = passage(length);
      const quote = { exact, prefix: PREFIX.slice(-32), suffix: SUFFIX.slice(0, 32) };
      const agreeing = matchQuote(`${PREFIX}${exact}${SUFFIX}`, quote);
      expect(agreeing).toMatchObject({ kind: 'exact', start: PREFIX.length });
      const alone = matchQuote(`${ELSEWHERE}${exact}${ELSEWHERE}`, quote);
      if (length < SHORT_QUOTE_LENGTH) expect(alone).toBeNull();
      else expect(alone).toMatchObject({ kind: 'exact', start: ELSEWHERE.length });
    }
  });

  it('takes an edited quote under 64 characters only where its context agrees', () => {
    for (const length of [LONG_QUOTE_LENGTH - 1, LONG_QUOTE_LENGTH]) {
      const exact = passage(length);
      const quote = { exact, prefix: PREFIX.slice(-32), suffix: SUFFIX.slice(0, 32) };
      const text = `${ELSEWHERE}${edited(exact, 2)}${ELSEWHERE}`;
      const found = matchQuote(text, quote);
      if (length < LONG_QUOTE_LENGTH) expect(found).toBeNull();
      else expect(found).toMatchObject({ kind: 'fuzzy', start: ELSEWHERE.length });
      expect(matchQuote(`${PREFIX}${edited(exact, 2)}${SUFFIX}`, quote)).toMatchObject({
        kind: 'fuzzy',
        start: PREFIX.length,
      });
    }
  });

  it('ignores a hint that is not a finite number, and clamps one outside the text', () => {
    const exact = passage(30);
    const quote = { exact, prefix: '', suffix: '' };
    const text = `${exact} ${exact}`;
    expect(matchQuote(text, quote, { hint: Number.NaN })?.start).toBe(0);
    expect(matchQuote(text, quote, { hint: Number.POSITIVE_INFINITY })?.start).toBe(0);
    expect(matchQuote(text, quote, { hint: 10_000 })?.start).toBe(31);
    expect(matchQuote(text, quote, { hint: -50 })?.start).toBe(0);
    expect(matchQuote('', quote)).toBeNull();
    expect(matchQuote(text, { exact: '', prefix: '', suffix: '' })).toBeNull();
  });
});
