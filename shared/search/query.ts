/**
 * What an analyst types into the search box, parsed: words to look up, phrases whose words must
 * stand side by side, and the rules by which a word in a text counts as matching a query word
 * (exactly, as a prefix while typing, or with a small typo).
 */
import { fold } from './fold';
import { tokenize } from './tokenize';

/** A query parsed into folded words. */
export interface ParsedQuery {
  /** Every distinct folded word of the query, phrases' words included, in order. */
  readonly terms: readonly string[];
  /** Words outside phrases: each matches on its own, exactly, by prefix or with a typo. */
  readonly words: readonly string[];
  /**
   * Folded word sequences that must appear in this order, adjacent, in a block's text: quoted
   * phrases, and words written without spaces that split into several ("法の支配", "e-mail").
   */
  readonly phrases: readonly (readonly string[])[];
}

/** Query words shorter than this match only exactly: short prefixes match most of a vocabulary. */
export const PREFIX_MIN_LENGTH = 3;
/** Typos are tolerated in query words of at least this length (shorter ones would match noise). */
export const FUZZY_MIN_LENGTH = 4;
/** Edits tolerated per character of a query word: one in five (MiniSearch's `fuzzy: 0.2`). */
export const FUZZY_RATIO = 0.2;
/** MiniSearch's cap on edits, whatever the word's length (its `maxFuzzy` default). */
const MAX_EDITS = 6;

/** Straight and curly double quotes open and close phrases. */
const QUOTED = /["“”„]([^"“”„]*)["“”„]/gu;

/** Parses a query. An unclosed quote does not make a phrase yet (the analyst is typing it). */
export function parseQuery(input: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[][] = [];
  const addPhrase = (tokens: string[]) => {
    if (tokens.length > 1) phrases.push(tokens);
    else if (tokens.length === 1) words.push(tokens[0]!);
  };

  const outside = input.replace(QUOTED, (_match, phrase: string) => {
    addPhrase(tokenize(phrase).map(fold));
    return ' ';
  });
  for (const chunk of outside.split(/\s+/u)) addPhrase(tokenize(chunk).map(fold));

  const terms = [...new Set([...words, ...phrases.flat()])];
  // A word that also appears in a phrase adds nothing the phrase does not require.
  const inPhrases = new Set(phrases.flat());
  return {
    terms,
    words: [...new Set(words)].filter((w) => !inPhrases.has(w)),
    phrases,
  };
}

/** True when the query has nothing to look up. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0;
}

/** How many edits a query word tolerates (0: exact only), as MiniSearch computes it. */
export function allowedEdits(term: string): number {
  if (term.length < FUZZY_MIN_LENGTH) return 0;
  return Math.min(MAX_EDITS, Math.round(term.length * FUZZY_RATIO));
}

/** Whether a query word also matches longer words that start with it. */
export function allowsPrefix(term: string): boolean {
  return term.length >= PREFIX_MIN_LENGTH;
}

/**
 * Whether a folded word of a text matches a folded query word: the same, starting with it
 * (prefix), or within the allowed number of edits (typo).
 */
export function wordMatches(word: string, term: string): boolean {
  if (word === term) return true;
  if (allowsPrefix(term) && word.startsWith(term)) return true;
  const edits = allowedEdits(term);
  return edits > 0 && withinEdits(word, term, edits);
}

/** Whether the Levenshtein distance between a and b is at most max. */
export function withinEdits(a: string, b: string, max: number): boolean {
  return boundedDistance(a, b, max) >= 0;
}

/**
 * The characters of a word as a set of 32 classes (a UTF-16 code unit's low five bits), for
 * ruling out typo matches cheaply (maskDistanceBound). Letters a to z fall in distinct classes.
 */
export function characterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask >>> 0;
}

/**
 * A lower bound of the edit distance between two words, from their characterMasks: a character
 * whose class the other word lacks can be matched by none of its characters, so it is
 * substituted, deleted or inserted, one edit each; a substitution covers one of each side.
 */
export function maskDistanceBound(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

/** The number of bits set in a 32-bit integer. */
function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Reused rows for boundedDistance (words are short; they grow when one is not). */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * The Levenshtein distance between a and b when it is at most `max`, else -1. Only the band of
 * cells within `max` of the diagonal is computed, and a row whose cells all exceed `max` stops
 * it: most words of a vocabulary are ruled out after a few letters.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return -1;
  if (previousRow.length <= m + 1) {
    previousRow = new Int32Array(m + 2);
    currentRow = new Int32Array(m + 2);
  }
  let prev = previousRow;
  let cur = currentRow;
  const outside = max + 1;
  for (let j = 0; j <= m; j += 1) prev[j] = Math.min(j, outside);
  for (let i = 1; i <= n; i += 1) {
    const low = Math.max(1, i - max);
    const high = Math.min(m, i + max);
    cur[0] = Math.min(i, outside);
    if (low > 1) cur[low - 1] = outside;
    let rowMin = low === 1 ? cur[0]! : outside;
    const code = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j += 1) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(prev[j - 1]! + cost, prev[j]! + 1, cur[j - 1]! + 1, outside);
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (high < m) cur[high + 1] = outside;
    if (rowMin > max) return -1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  const distance = prev[m]!;
  return distance <= max ? distance : -1;
}
