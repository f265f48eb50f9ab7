/**
 * Places a stored excerpt in the current text of its document: at its stored position if the
 * quote is still there, else wherever its quote (exact, then approximate) fits best.
 */
import type { PassageSelectors, TextQuoteSelector } from '../model/annotation';
import { matchQuote, scoreExactAt } from './match-quote';

/**
 * Where an excerpt lies in the current text, and how it was found:
 * - `position`: the quote is still at its stored offsets (`anchored`);
 * - `quote`: the exact quote was found elsewhere, chosen by its context (`reanchored`);
 * - `fuzzy`: an edited version of the quote was found (`reanchored`);
 * - `none`: not found (`orphaned`).
 * `score` is 0..1 (see `matchQuote`); 0 for an orphan.
 */
export type AnchorResult =
  | {
      readonly status: 'anchored';
      readonly how: 'position';
      readonly start: number;
      readonly end: number;
      readonly score: number;
    }
  | {
      readonly status: 'reanchored';
      readonly how: 'quote' | 'fuzzy';
      readonly start: number;
      readonly end: number;
      readonly score: number;
    }
  | {
      readonly status: 'orphaned';
      readonly how: 'none';
      readonly start?: undefined;
      readonly end?: undefined;
      readonly score: 0;
    };

export interface AnchorOptions {
  /**
   * Where the passage is expected to start now; defaults to its stored start. `reanchorAll`
   * passes the stored start moved by the shift its neighbours were found with.
   */
  readonly hint?: number;
}

const ORPHANED: AnchorResult = { status: 'orphaned', how: 'none', score: 0 };

function isAtPosition(text: string, { quote, position }: PassageSelectors): boolean {
  const { start, end } = position;
  return (
    Number.isInteger(start) &&
    start >= 0 &&
    end - start === quote.exact.length &&
    quote.exact.length > 0 &&
    text.startsWith(quote.exact, start)
  );
}

/**
 * Anchors one excerpt in `text`: at its stored position if the quote is still there, then by the
 * quote with its context, then fuzzily. A quote still at its position but with changed
 * surroundings is compared with its other occurrences first: after paragraphs are reordered,
 * another copy of a boilerplate clause can land exactly on the old offsets.
 */
export function anchor(
  text: string,
  selectors: PassageSelectors,
  options: AnchorOptions = {},
): AnchorResult {
  const { quote, position } = selectors;
  const hint = options.hint ?? position.start;
  if (isAtPosition(text, selectors)) {
    const score = scoreExactAt(text, quote, position.start);
    const anchored: AnchorResult = {
      status: 'anchored',
      how: 'position',
      start: position.start,
      end: position.end,
      score,
    };
    // 1 means the whole stored context is around it too: nothing can fit better.
    if (score === 1) return anchored;
    const better = matchQuote(text, quote, { hint: position.start });
    if (better === null || better.start === position.start || better.score <= score) {
      return anchored;
    }
    return {
      status: 'reanchored',
      how: better.kind === 'exact' ? 'quote' : 'fuzzy',
      start: better.start,
      end: better.end,
      score: better.score,
    };
  }
  const match = matchQuote(text, quote, { hint });
  if (match === null) return ORPHANED;
  return {
    status: 'reanchored',
    how: match.kind === 'exact' ? 'quote' : 'fuzzy',
    start: match.start,
    end: match.end,
    score: match.score,
  };
}

/**
 * True when the quote sits exactly at `start` with its whole stored context around it: no other
 * place can score higher, so the search can be skipped.
 */
function isPerfectAt(text: string, quote: TextQuoteSelector, start: number): boolean {
  return (
    start >= quote.prefix.length &&
    text.startsWith(quote.exact, start) &&
    text.startsWith(quote.prefix, start - quote.prefix.length) &&
    text.startsWith(quote.suffix, start + quote.exact.length)
  );
}

/**
 * Anchors many excerpts of one document in its new text; results are in input order. Equivalent
 * to calling `anchor` on each with a better hint: excerpts are visited in document order and an
 * edit usually moves a whole run of them by the same amount, so each is first looked for at its
 * stored start moved by the shift of the previous one found, which settles most moved excerpts
 * without searching the text.
 */
export function reanchorAll(
  newText: string,
  annotations: readonly PassageSelectors[],
): AnchorResult[] {
  const order = annotations
    .map((annotation, index) => ({ index, start: annotation.position.start }))
    .sort((a, b) => a.start - b.start);
  const results = new Array<AnchorResult>(annotations.length);
  let shift = 0;
  for (const { index } of order) {
    const selectors = annotations[index];
    if (selectors === undefined) continue;
    const { quote, position } = selectors;
    const hint = position.start + shift;
    let result: AnchorResult;
    if (isAtPosition(newText, selectors)) {
      result = anchor(newText, selectors);
    } else if (shift !== 0 && isPerfectAt(newText, quote, hint)) {
      result = {
        status: 'reanchored',
        how: 'quote',
        start: hint,
        end: hint + quote.exact.length,
        score: scoreExactAt(newText, quote, hint),
      };
    } else {
      result = anchor(newText, selectors, { hint });
    }
    if (result.status !== 'orphaned') shift = result.start - position.start;
    results[index] = result;
  }
  return results;
}
