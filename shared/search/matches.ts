/**
 * Where a query matches inside one block's text: the words that match a query word and the
 * occurrences of each phrase. Works on the original text (offsets into it), comparing folded
 * words, so highlights fall on the letters as written ("Déclaration" for "declaration").
 */
import { fold } from './fold';
import { wordMatches, type ParsedQuery } from './query';
import { wordTokens } from './tokenize';

/** A span of a text in UTF-16 offsets, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The matches of a query in a text. */
export interface TextMatches {
  /** Matching words and phrase occurrences, sorted, overlapping ones merged. */
  readonly ranges: readonly TextRange[];
  /** True when every phrase of the query occurs at least once. */
  readonly allPhrasesFound: boolean;
}

/** Finds a query's words and phrases in a text. */
export function findMatches(text: string, query: ParsedQuery): TextMatches {
  const tokens = wordTokens(text);
  const folded = tokens.map((token) => fold(token.text));
  const ranges: TextRange[] = [];

  if (query.words.length > 0) {
    const isMatch = wordMatcher(query);
    folded.forEach((word, i) => {
      if (isMatch(word)) {
        const token = tokens[i]!;
        ranges.push({ start: token.start, end: token.end });
      }
    });
  }

  let allPhrasesFound = true;
  for (const phrase of query.phrases) {
    let found = false;
    for (let i = 0; i + phrase.length <= folded.length; i += 1) {
      if (!phrase.every((term, k) => folded[i + k] === term)) continue;
      found = true;
      ranges.push({ start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end });
    }
    if (!found) allPhrasesFound = false;
  }
  return { ranges: mergeRanges(ranges), allPhrasesFound };
}

/**
 * Whether a folded word of a text matches one of the query's words (outside phrases). A text
 * repeats its words: each distinct word is judged once.
 */
export function wordMatcher(query: ParsedQuery): (word: string) => boolean {
  const judged = new Map<string, boolean>();
  return (word) => {
    let matches = judged.get(word);
    if (matches === undefined) {
      matches = query.words.some((term) => wordMatches(word, term));
      judged.set(word, matches);
    }
    return matches;
  };
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

/** Whether any of `ranges` overlaps any of `passages` (both in the same coordinates). */
export function overlapsAny(ranges: readonly TextRange[], passages: readonly TextRange[]): boolean {
  return ranges.some((r) => passages.some((p) => r.start < p.end && p.start < r.end));
}

/** Moves ranges by an offset (block-relative to document-relative and back). */
export function shiftRanges(ranges: readonly TextRange[], by: number): TextRange[] {
  return ranges.map((r) => ({ start: r.start + by, end: r.end + by }));
}
