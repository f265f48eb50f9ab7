/**
 * Turns an analyst's selection (offsets over a document's plain text) into the selectors stored
 * with an excerpt: the exact quote with its context, and its position.
 */
import type { PassageSelectors } from '../model/annotation';
import { snapOutward, splitsSurrogatePair } from './code-units';

/**
 * Length of the prefix and suffix stored around a quote, in UTF-16 code units. 32 is what the
 * Hypothesis client stores: about five words of prose, enough to tell apart a phrase that recurs
 * in boilerplate ("subject to the provisions of this Covenant"), yet short enough that an edit
 * next to the passage changes only part of it. It is also the word size of the bit-parallel
 * matcher, so comparing a context costs one machine word per text character.
 */
export const CONTEXT_LENGTH = 32;

/** Why a range cannot become an excerpt. */
export type DescribeRangeErrorCode = 'out-of-range' | 'empty' | 'whitespace-only';

/** Thrown by `describeRange` for a range that cannot become an excerpt. */
export class DescribeRangeError extends Error {
  override readonly name = 'DescribeRangeError';
  readonly code: DescribeRangeErrorCode;

  constructor(code: DescribeRangeErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

const WHITESPACE = /\s/;

function isWhitespaceAt(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && WHITESPACE.test(ch);
}

/**
 * Describes `text.slice(start, end)` as a quote with context and a position. The range is first
 * widened to whole characters (never half an emoji, never a letter without its accent), then
 * trimmed of surrounding whitespace, so a sloppy drag selects what the analyst meant.
 *
 * @throws DescribeRangeError when the offsets are not integers within the text, the range is
 *   empty, or it holds only whitespace.
 */
export function describeRange(text: string, start: number, end: number): PassageSelectors {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start > end
  ) {
    throw new DescribeRangeError(
      'out-of-range',
      `Range ${start}–${end} is not within a text of length ${text.length}.`,
    );
  }
  if (start === end) {
    throw new DescribeRangeError('empty', 'The selection is empty.');
  }

  let [from, to] = snapOutward(text, start, end);
  // Whitespace is always a single BMP code unit, so trimming cannot cut a surrogate pair.
  while (from < to && isWhitespaceAt(text, from)) from += 1;
  while (to > from && isWhitespaceAt(text, to - 1)) to -= 1;
  if (from === to) {
    throw new DescribeRangeError('whitespace-only', 'The selection holds only whitespace.');
  }

  let prefixStart = Math.max(0, from - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, to + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;

  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(prefixStart, from),
      suffix: text.slice(to, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}
