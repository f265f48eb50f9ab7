/**
 * Approximate search of a whole text, as approx-string-match's `search` does it and with exactly
 * its results, faster for patterns of up to 64 characters: the same bit-parallel algorithm
 * (Myers), written for one or two 32-bit blocks held in local variables, with every row
 * computed. The library's general version keeps its blocks in arrays and decides per character
 * which of them to compute, which costs more than computing both.
 */
import search from 'approx-string-match';

/** An approximate occurrence, as approx-string-match reports it. */
export interface ApproximateMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** Bits in one block of the bit-parallel computation. */
const BLOCK = 32;
/** Patterns up to this length are scanned here; longer ones by the library. */
export const FAST_SEARCH_MAX_LENGTH = 2 * BLOCK;

/** Where the best matches end, and how many errors they have. */
interface Ends {
  readonly ends: number[];
  readonly errors: number;
}

// Bit masks of where each character occurs in a block of the pattern, by character code: a 64K
// table per block, so the scan looks up any UTF-16 unit without a branch. Made once and reused:
// a search sets the entries of its pattern's characters and clears them when it is done.
let tables: [Int32Array, Int32Array] | null = null;

function occurrenceTables(): [Int32Array, Int32Array] {
  tables ??= [new Int32Array(0x10000), new Int32Array(0x10000)];
  return tables;
}

/** Sets (or with `clear`, resets) the masks of `pattern[from, from + 32)` in `masks`. */
function markBlock(masks: Int32Array, pattern: string, from: number, clear = false): void {
  const to = Math.min(pattern.length, from + BLOCK);
  for (let at = from; at < to; at += 1) {
    const code = pattern.charCodeAt(at);
    masks[code] = clear ? 0 : (masks[code] ?? 0) | (1 << (at - from));
  }
}

/**
 * Ends of the matches of a pattern of 1–32 characters with the fewest errors, if at most
 * `maxErrors`. Column by column, the vertical differences of the edit-distance table are kept
 * as two bit vectors (`plus`, `minus`), and `score` is the bottom row: the errors of the best
 * match ending at the current character.
 */
function endsInOneBlock(text: string, pattern: string, maxErrors: number, masks: Int32Array): Ends {
  const last = pattern.length - 1;
  let plus = -1;
  let minus = 0;
  let score = pattern.length;
  let fewest = maxErrors;
  const ends: number[] = [];
  for (let at = 0; at < text.length; at += 1) {
    const equal = masks[text.charCodeAt(at)] ?? 0;
    const vertical = equal | minus;
    const horizontal = (((equal & plus) + plus) ^ plus) | equal;
    let horizontalPlus = minus | ~(horizontal | plus);
    let horizontalMinus = plus & horizontal;
    score += ((horizontalPlus >>> last) & 1) - ((horizontalMinus >>> last) & 1);
    // The top row is all zeros (a match may start anywhere): nothing comes in from above.
    horizontalPlus <<= 1;
    horizontalMinus <<= 1;
    plus = horizontalMinus | ~(vertical | horizontalPlus);
    minus = horizontalPlus & vertical;
    if (score <= fewest) {
      if (score < fewest) {
        fewest = score;
        ends.length = 0;
      }
      ends.push(at + 1);
    }
  }
  return { ends, errors: fewest };
}

/**
 * As `endsInOneBlock`, for a pattern of 33–64 characters: the first block holds rows 1–32, the
 * second the rest, and the first block's change along its bottom row carries into the second.
 */
function endsInTwoBlocks(
  text: string,
  pattern: string,
  maxErrors: number,
  firstMasks: Int32Array,
  secondMasks: Int32Array,
): Ends {
  const last = pattern.length - 1 - BLOCK;
  let firstPlus = -1;
  let firstMinus = 0;
  let secondPlus = -1;
  let secondMinus = 0;
  let score = pattern.length;
  let fewest = maxErrors;
  const ends: number[] = [];
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    // Rows 1–32.
    let equal = firstMasks[code] ?? 0;
    let vertical = equal | firstMinus;
    let horizontal = (((equal & firstPlus) + firstPlus) ^ firstPlus) | equal;
    let horizontalPlus = firstMinus | ~(horizontal | firstPlus);
    let horizontalMinus = firstPlus & horizontal;
    const carry = (horizontalPlus >>> 31) - (horizontalMinus >>> 31);
    horizontalPlus <<= 1;
    horizontalMinus <<= 1;
    firstPlus = horizontalMinus | ~(vertical | horizontalPlus);
    firstMinus = horizontalPlus & vertical;
    // Rows 33 on, with row 32's change (−1, 0 or +1) coming in from above.
    const down = carry >>> 31;
    const up = -carry >>> 31;
    equal = (secondMasks[code] ?? 0) | down;
    vertical = equal | secondMinus;
    horizontal = (((equal & secondPlus) + secondPlus) ^ secondPlus) | equal;
    horizontalPlus = secondMinus | ~(horizontal | secondPlus);
    horizontalMinus = secondPlus & horizontal;
    score += ((horizontalPlus >>> last) & 1) - ((horizontalMinus >>> last) & 1);
    horizontalPlus = (horizontalPlus << 1) | up;
    horizontalMinus = (horizontalMinus << 1) | down;
    secondPlus = horizontalMinus | ~(vertical | horizontalPlus);
    secondMinus = horizontalPlus & vertical;
    if (score <= fewest) {
      if (score < fewest) {
        fewest = score;
        ends.length = 0;
      }
      ends.push(at + 1);
    }
  }
  return { ends, errors: fewest };
}

/**
 * The start approx-string-match gives a match ending at `end` with `errors` errors: the earliest
 * start of an equally good match, looked for in the `length + errors` characters before the end.
 */
function startOf(text: string, pattern: string, end: number, errors: number): number {
  const from = Math.max(0, end - pattern.length - errors);
  let start = end;
  for (const match of search(reverse(text.slice(from, end)), reverse(pattern), errors)) {
    start = Math.min(start, end - match.end);
  }
  return start;
}

/** Reversed code unit by code unit, as approx-string-match reverses (pairs are split too). */
function reverse(value: string): string {
  return value.split('').reverse().join('');
}

/**
 * `search(text, pattern, maxErrors)` of approx-string-match: every end where the pattern matches
 * with the fewest errors there are (if at most `maxErrors`), in text order, each with its start.
 */
export function searchApproximately(
  text: string,
  pattern: string,
  maxErrors: number,
): ApproximateMatch[] {
  const { length } = pattern;
  if (length === 0 || length > FAST_SEARCH_MAX_LENGTH || !(maxErrors >= 0)) {
    return search(text, pattern, maxErrors);
  }
  const bounded = Math.min(Math.floor(maxErrors), length);
  const [first, second] = occurrenceTables();
  markBlock(first, pattern, 0);
  markBlock(second, pattern, BLOCK);
  let found: Ends;
  try {
    found =
      length <= BLOCK
        ? endsInOneBlock(text, pattern, bounded, first)
        : endsInTwoBlocks(text, pattern, bounded, first, second);
  } finally {
    markBlock(first, pattern, 0, true);
    markBlock(second, pattern, BLOCK, true);
  }
  const { ends, errors } = found;
  return ends.map((end) => ({ start: startOf(text, pattern, end, errors), end, errors }));
}
