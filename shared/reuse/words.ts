/**
 * Words of a passage for wording comparison: each with its place in the text (so differences
 * can be marked and a match opened at the right spot) and its folded form (case and accents
 * ignored, so "Reaffirms" and "reaffirms", "États" and "Etats" compare equal).
 */
import { fold } from '../search/fold';

/** One word of a text. */
export interface Word {
  /** The word as written. */
  readonly text: string;
  /** Lower-cased, accents removed: what comparisons use. */
  readonly folded: string;
  /** Offsets in the text, in UTF-16 code units, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Letters and digits, with inner apostrophes (people's, l'homme) and hyphens (non-State). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text, in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    words.push({ text: match[0], folded: fold(match[0]), start, end: start + match[0].length });
  }
  return words;
}

/** 32-bit FNV-1a of a folded word: the unit shingles are hashed from. */
export function wordHash(folded: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < folded.length; index += 1) {
    hash ^= folded.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
