/**
 * Local alignment of two word sequences (Smith and Waterman, 1981) over folded words: finds the
 * stretch of a passage that best matches a quote and lists, word by word, what stayed, what
 * changed and what was added or left out. Scores: a shared word +2, a substituted, added or
 * missing word −1, so a shared run survives a changed word on either side of it.
 */
import type { Word } from './words';

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;

/** One step of a word-by-word comparison, seen from the passage against the quote. */
export interface WordDifference {
  /**
   * same: in both · changed: the passage's word where the quote has another (`was`) ·
   * added: only in the passage · removed: only in the quote.
   */
  readonly op: 'same' | 'changed' | 'added' | 'removed';
  /** The passage's word (the quote's, for removed). */
  readonly text: string;
  /** For changed words: the quote's word it replaces. */
  readonly was?: string;
}

/** The best local alignment of a quote in a passage. */
export interface WordAlignment {
  /** Words of the quote and of the passage that were paired as equal. */
  readonly matches: number;
  /** Quote words the alignment covers: [from, to). */
  readonly quoteFrom: number;
  readonly quoteTo: number;
  /** Passage words the alignment covers: [from, to). */
  readonly passageFrom: number;
  readonly passageTo: number;
  /** The differences over the aligned stretch, in order. */
  readonly steps: readonly WordDifference[];
}

/**
 * Aligns `quote` locally inside `passage`, or returns null when they share no word. Quadratic
 * in the two lengths: callers pass a window of the passage around its shared shingles.
 */
export function alignWords(quote: readonly Word[], passage: readonly Word[]): WordAlignment | null {
  const rows = quote.length;
  const columns = passage.length;
  if (rows === 0 || columns === 0) return null;
  const width = columns + 1;
  const score = new Int32Array((rows + 1) * width);
  let best = 0;
  let bestCell = -1;
  for (let i = 1; i <= rows; i += 1) {
    const q = quote[i - 1]?.folded;
    for (let j = 1; j <= columns; j += 1) {
      const cell = i * width + j;
      const diagonal =
        (score[cell - width - 1] ?? 0) + (q === passage[j - 1]?.folded ? MATCH : MISMATCH);
      const up = (score[cell - width] ?? 0) + GAP;
      const left = (score[cell - 1] ?? 0) + GAP;
      const value = Math.max(0, diagonal, up, left);
      score[cell] = value;
      if (value > best) {
        best = value;
        bestCell = cell;
      }
    }
  }
  if (bestCell < 0) return null;
  const steps: WordDifference[] = [];
  let i = Math.floor(bestCell / width);
  let j = bestCell % width;
  const quoteTo = i;
  const passageTo = j;
  let matches = 0;
  while (i > 0 && j > 0) {
    const cell = i * width + j;
    const value = score[cell] ?? 0;
    if (value === 0) break;
    const q = quote[i - 1];
    const p = passage[j - 1];
    if (q === undefined || p === undefined) break;
    const same = q.folded === p.folded;
    if (value === (score[cell - width - 1] ?? 0) + (same ? MATCH : MISMATCH)) {
      steps.push(
        same ? { op: 'same', text: p.text } : { op: 'changed', text: p.text, was: q.text },
      );
      if (same) matches += 1;
      i -= 1;
      j -= 1;
    } else if (value === (score[cell - width] ?? 0) + GAP) {
      steps.push({ op: 'removed', text: q.text });
      i -= 1;
    } else {
      steps.push({ op: 'added', text: p.text });
      j -= 1;
    }
  }
  steps.reverse();
  return { matches, quoteFrom: i, quoteTo, passageFrom: j, passageTo, steps };
}

/** Shared words standing next to another shared word: single words in common are chance. */
export function wordsInRuns(steps: readonly WordDifference[]): number {
  let counted = 0;
  let run = 0;
  for (const step of [...steps, null]) {
    if (step?.op === 'same') {
      run += 1;
    } else {
      if (run >= 2) counted += run;
      run = 0;
    }
  }
  return counted;
}

/**
 * How alike a passage's aligned stretch is to the whole quote, 0–1: twice the shared words over
 * the quote's length plus the stretch's (a Dice coefficient), so leaving out half the quote or
 * padding it with as many new words both halve the figure. Only shared words in runs of two or
 * more count: "the same companies that people use offline" shares "same", "that", "people" and
 * "offline" with the formula word by word, but no wording.
 */
export function alignmentSimilarity(alignment: WordAlignment, quoteLength: number): number {
  const span = alignment.passageTo - alignment.passageFrom;
  return (2 * wordsInRuns(alignment.steps)) / (quoteLength + span);
}
