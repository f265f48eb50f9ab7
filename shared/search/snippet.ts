/**
 * Snippets for search results: a short window of a block's text around its first match, cut at
 * word boundaries, with the matches inside it to highlight.
 */
import { fold } from './fold';
import { findMatches, wordMatcher, type TextRange } from './matches';
import type { ParsedQuery } from './query';
import { forEachWordToken } from './tokenize';

/** A piece of a block's text to show in a result, with the ranges to mark. */
export interface Snippet {
  readonly text: string;
  /** Offsets into `text`, sorted, not overlapping. */
  readonly highlights: readonly TextRange[];
  /** True when the snippet starts after the block's start (show an ellipsis before). */
  readonly cutBefore: boolean;
  /** True when the snippet ends before the block's end (show an ellipsis after). */
  readonly cutAfter: boolean;
}

/** About two lines of a results list at the reading width. */
export const SNIPPET_LENGTH = 220;
/** Context kept before the first match, so the analyst sees what leads up to it. */
export const CONTEXT_BEFORE = 70;
/** How far to look for a space to cut at, rather than cut through a word. */
const BOUNDARY_SEARCH = 20;

/**
 * The snippet of `text` around `anchor`, by default the first of `ranges` (sorted, from
 * findMatches). Text without matches (a block found by its document's title) gives its opening.
 */
export function buildSnippet(
  text: string,
  ranges: readonly TextRange[],
  length: number = SNIPPET_LENGTH,
  anchor: TextRange | undefined = ranges[0],
): Snippet {
  if (text.length <= length) return { text, highlights: ranges, cutBefore: false, cutAfter: false };
  return cutSnippet(text, ranges, snippetWindow(text, anchor, length));
}

/**
 * The snippet of a block's text for a query: what buildSnippet makes of findMatches' ranges,
 * with the text's words read only as far as the snippet reaches. Results show a window of a
 * paragraph, and reading all of its words for a hundred results was most of a search's time.
 */
export function querySnippet(
  text: string,
  query: ParsedQuery,
  length: number = SNIPPET_LENGTH,
): Snippet {
  if (text.length <= length) return buildSnippet(text, findMatches(text, query).ranges, length);
  const { phrases } = query;
  // A phrase starting at a word is judged once the words it could cover are read.
  const lookahead = phrases.reduce((n, phrase) => Math.max(n, phrase.length), 1);
  const isMatch = wordMatcher(query);
  const starts: number[] = [];
  const ends: number[] = [];
  const folded: string[] = [];
  // The matches so far, sorted and merged as findMatches merges them.
  const ranges: TextRange[] = [];
  const add = (start: number, end: number) => {
    const last = ranges.at(-1);
    if (last && start <= last.end) {
      ranges[ranges.length - 1] = { start: last.start, end: Math.max(last.end, end) };
    } else {
      ranges.push({ start, end });
    }
  };
  // Known once a word starts past the first match (nothing can merge with it any more).
  let window: SnippetWindow | null = null;
  /** Adds the matches that start at word i; false once they would start past the snippet. */
  const addFrom = (i: number): boolean => {
    const start = starts[i]!;
    const first = ranges[0];
    if (window === null && first !== undefined && start > first.end) {
      window = snippetWindow(text, first, length);
    }
    if (window !== null && start >= window.end) return false;
    if (query.words.length > 0 && isMatch(folded[i]!)) add(start, ends[i]!);
    for (const phrase of phrases) {
      if (i + phrase.length > folded.length) continue;
      let k = 0;
      while (k < phrase.length && folded[i + k] === phrase[k]) k += 1;
      if (k === phrase.length) add(start, ends[i + k - 1]!);
    }
    return true;
  };
  let next = 0;
  let stopped = false;
  forEachWordToken(text, (word, start, end) => {
    starts.push(start);
    ends.push(end);
    folded.push(fold(word));
    for (; next + lookahead <= folded.length; next += 1) {
      if (!addFrom(next)) {
        stopped = true;
        return false;
      }
    }
    return true;
  });
  for (; !stopped && next < folded.length; next += 1) {
    if (!addFrom(next)) break;
  }
  return cutSnippet(text, ranges, window ?? snippetWindow(text, ranges[0], length));
}

/** Where a snippet starts and ends in its block's text. */
interface SnippetWindow {
  readonly start: number;
  readonly end: number;
}

/** The window of a text longer than `length` shown around the match `first`. */
function snippetWindow(text: string, first: TextRange | undefined, length: number): SnippetWindow {
  let start = first ? Math.max(0, first.start - CONTEXT_BEFORE) : 0;
  // A match near the end: show the full length ending at the text's end.
  start = Math.min(start, text.length - length);
  if (start > 0) start = boundaryAfter(text, start, first?.start ?? start);
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = boundaryBefore(text, end, first?.end ?? start);
  // The match the snippet is about is never cut (a long match late in a short window would be):
  // the window runs past `length` to its end rather than mark half a word.
  if (first && end < first.end) end = Math.min(text.length, first.end);
  return { start, end };
}

/** The window of a text, with the ranges inside it as highlights. */
function cutSnippet(
  text: string,
  ranges: readonly TextRange[],
  { start, end }: SnippetWindow,
): Snippet {
  const highlights = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return {
    text: text.slice(start, end),
    highlights,
    cutBefore: start > 0,
    cutAfter: end < text.length,
  };
}

/** The position just after a space at or after `at` (and not past `limit`), else `at`. */
function boundaryAfter(text: string, at: number, limit: number): number {
  const stop = Math.min(limit, at + BOUNDARY_SEARCH);
  for (let i = at; i < stop; i += 1) if (/\s/u.test(text[i]!)) return i + 1;
  return at;
}

/** The position of a space at or before `at` (and not before `limit`), else `at`. */
function boundaryBefore(text: string, at: number, limit: number): number {
  const stop = Math.max(limit, at - BOUNDARY_SEARCH);
  for (let i = at; i > stop; i -= 1) if (/\s/u.test(text[i - 1]!)) return i - 1;
  return at;
}
