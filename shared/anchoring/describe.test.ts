import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, DescribeRangeError, describeRange } from './describe';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DescribeRangeError) return error.code;
    throw error;
  }
  return undefined;
}

describe('describeRange', () => {
  const text =
    'Article 19. Everyone has the right to freedom of opinion and expression; this right includes freedom to hold opinions without interference.';

  it('stores the quote with 32 units of context each side and its position', () => {
    const start = text.indexOf('freedom of opinion');
    const { quote, position } = describeRange(text, start, start + 'freedom of opinion'.length);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'freedom of opinion',
      prefix: text.slice(start - CONTEXT_LENGTH, start),
      suffix: text.slice(start + 18, start + 18 + CONTEXT_LENGTH),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 18 });
  });

  it('clamps the context at the ends of the text', () => {
    const { quote } = describeRange(text, 0, 10);
    expect(quote.prefix).toBe('');
    expect(quote.exact).toBe('Article 19');
    const end = describeRange(text, text.length - 5, text.length).quote;
    expect(end.suffix).toBe('');
    expect(end.exact).toBe('ence.');
  });

  it('trims whitespace around the selection', () => {
    // "  Everyone " selected with the spaces on both sides.
    const start = text.indexOf(' Everyone');
    const { quote, position } = describeRange(text, start, start + ' Everyone '.length);
    expect(quote.exact).toBe('Everyone');
    expect(text.slice(position.start, position.end)).toBe('Everyone');
    expect(describeRange('a\n\n  b c \n\nd', 1, 9).quote.exact).toBe('b c');
  });

  it('rejects empty, whitespace-only and out-of-range selections with a typed error', () => {
    expect(codeOf(() => describeRange(text, 5, 5))).toBe('empty');
    expect(codeOf(() => describeRange('a \n\n b', 1, 5))).toBe('whitespace-only');
    expect(codeOf(() => describeRange(text, -1, 4))).toBe('out-of-range');
    expect(codeOf(() => describeRange(text, 4, text.length + 1))).toBe('out-of-range');
    expect(codeOf(() => describeRange(text, 6, 4))).toBe('out-of-range');
    expect(codeOf(() => describeRange(text, 1.5, 4))).toBe('out-of-range');
    expect(codeOf(() => describeRange(text, Number.NaN, 4))).toBe('out-of-range');
    expect(codeOf(() => describeRange('', 0, 0))).toBe('empty');
  });

  it('never splits a surrogate pair, in the quote or its context', () => {
    const emoji = 'Rights 🌍 online and 🔒 offline';
    const globe = emoji.indexOf('🌍');
    // Start inside the globe's pair, end inside the lock's pair: both widen to whole emoji.
    const { quote } = describeRange(emoji, globe + 1, emoji.indexOf('🔒') + 1);
    expect(quote.exact).toBe('🌍 online and 🔒');
    const long = `${'😀'.repeat(20)}x${'😀'.repeat(20)}`;
    const x = long.indexOf('x');
    const around = describeRange(long, x, x + 1).quote;
    expect(around.prefix).toBe('😀'.repeat(16));
    expect(around.suffix).toBe('😀'.repeat(16));
    const odd = `a${'😀'.repeat(20)}x${'😀'.repeat(20)}`;
    const shifted = describeRange(odd, odd.indexOf('x'), odd.indexOf('x') + 1).quote;
    expect(shifted.prefix).toBe('😀'.repeat(16));
    expect(shifted.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
  });

  it('keeps letters with their combining marks and handles Japanese text', () => {
    const accented = 'une de\u0301claration universelle';
    const e = accented.indexOf('e\u0301');
    // Ending between the "e" and its accent widens to include the accent.
    expect(describeRange(accented, 4, e + 1).quote.exact).toBe('de\u0301');
    // Starting on the accent moves back to its letter.
    expect(describeRange(accented, e + 1, e + 5).quote.exact).toBe('e\u0301cla');
    const japanese = 'すべての人は、意見及び表現の自由についての権利を有する。';
    const at = japanese.indexOf('表現の自由');
    const { quote } = describeRange(japanese, at, at + 5);
    expect(quote.exact).toBe('表現の自由');
    expect(quote.prefix).toBe(japanese.slice(0, at));
  });
});
