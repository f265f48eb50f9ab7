/**
 * Snippets for search results: a short window of a block's text around its first match, cut at
 * word boundaries, with the matches inside it to highlight.
 */
import type { TextRange } from './matches';

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
  const first = anchor;
  let start = first ? Math.max(0, first.start - CONTEXT_BEFORE) : 0;
  // A match near the end: show the full length ending at the text's end.
  start = Math.min(start, text.length - length);
  if (start > 0) start = boundaryAfter(text, start, first?.start ?? start);
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = boundaryBefore(text, end, first?.end ?? start);
  // The match the snippet is about is never cut (a long match late in a short window would be):
  // the window runs past `length` to its end rather than mark half a word.
  if (first && end < first.end) end = Math.min(text.length, first.end);

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
