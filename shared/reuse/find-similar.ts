/**
 * "Where else does this wording appear?": scores candidate passages against a quote by local
 * alignment and keeps those at or above the similarity floor, best first, each with the stretch
 * that matched and its words marked against the quote.
 */
import { SHINGLE_WORDS } from './fingerprints';
import { alignmentSimilarity, alignWords, type WordDifference } from './align-words';
import { shingleHashes } from './fingerprints';
import type { PassageKey } from './wording-index';
import { wordsOf, type Word } from './words';

/**
 * Passages scoring below this are look-alikes, not reuse, and are not shown. At 0.5 the sample
 * library's variants of the offline/online formula stay ("The rights and freedoms that
 * individuals have offline must also be protected online" scores 0.56, "the human rights that
 * people have offline" 0.53), as does one of a quote's two clauses reused alone (≈ 0.67), while a
 * passage sharing only scattered words ("the same companies that people use offline also sell
 * products online") scores 0.4. The bench measures precision and recall at this floor.
 */
export const SIMILARITY_FLOOR = 0.5;

/** How many candidates (by shared shingles) are aligned per query. */
export const CANDIDATES_ALIGNED = 200;

/** A passage of the library whose wording matches the quote. */
export interface SimilarPassage extends PassageKey {
  /** 0–1, see alignmentSimilarity; 1 for an exact repeat. */
  readonly similarity: number;
  /** True when the passage repeats the quote word for word (case and accents aside). */
  readonly exact: boolean;
  /** The matching stretch in the passage's text, in UTF-16 code units, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The stretch word by word against the quote. */
  readonly words: readonly WordDifference[];
}

/** Scores one passage's text against a quote; null when it shares no wording. */
export function matchPassage(
  quote: readonly Word[],
  text: string,
): Omit<SimilarPassage, keyof PassageKey> | null {
  if (quote.length === 0) return null;
  const words = wordsOf(text);
  // Align only around the shingles the two share, so a long passage costs little.
  const quoteShingles = new Set(shingleHashes(quote.map((word) => word.folded)));
  const passageShingles = shingleHashes(words.map((word) => word.folded));
  let first = -1;
  let last = -1;
  passageShingles.forEach((hash, position) => {
    if (!quoteShingles.has(hash)) return;
    if (first < 0) first = position;
    last = position;
  });
  const from = first < 0 ? 0 : Math.max(0, first - quote.length);
  const to = first < 0 ? words.length : Math.min(words.length, last + SHINGLE_WORDS + quote.length);
  const window = words.slice(from, to);
  const alignment = alignWords(quote, window);
  if (alignment === null || alignment.matches === 0) return null;
  const similarity = alignmentSimilarity(alignment, quote.length);
  const firstWord = window[alignment.passageFrom];
  const lastWord = window[alignment.passageTo - 1];
  if (firstWord === undefined || lastWord === undefined) return null;
  const exact =
    alignment.matches === quote.length && alignment.steps.every((step) => step.op === 'same');
  return {
    similarity,
    exact,
    start: firstWord.start,
    end: lastWord.end,
    words: alignment.steps,
  };
}

/**
 * Ranks passages by how closely they repeat `quote`: those at or above `floor`, best first
 * (exact repeats, then by similarity, then by library order as given).
 */
export function rankSimilar(
  quote: string,
  passages: readonly (PassageKey & { readonly text: string })[],
  floor: number = SIMILARITY_FLOOR,
): SimilarPassage[] {
  const quoteWords = wordsOf(quote);
  const found: SimilarPassage[] = [];
  for (const passage of passages) {
    const match = matchPassage(quoteWords, passage.text);
    if (match !== null && match.similarity >= floor) {
      found.push({ docId: passage.docId, index: passage.index, ...match });
    }
  }
  return found.sort((a, b) => Number(b.exact) - Number(a.exact) || b.similarity - a.similarity);
}
