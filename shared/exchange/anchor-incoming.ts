/** Places an incoming excerpt in the receiver's copy of its document, and says how well. */
import { anchor } from '../anchoring/anchor';
import { matchQuote } from '../anchoring/match-quote';
import type { AnchorStatus } from '../model/annotation';
import { blockIndexAt, blockSpansOf, type BlockSpan } from '../anchoring/block-of';
import type { IncomingExcerpt } from './parsed-exchange';

/**
 * Where the excerpt lies in the receiver's text:
 * - `exact`: the quote itself was found; `moved` when not at the file's position;
 * - `fuzzy`: an edited version was found; `receiverText` is what the receiver's copy says there,
 *   `incomingText` what the file quoted, so the analyst sees how the two copies differ;
 * - `none`: not found (the excerpt is kept as an orphan with its quote and note).
 * `status` is what the excerpt's stored anchor status should be; `blockIndex` its "¶" block.
 */
export type AnchorOutcome =
  | {
      readonly kind: 'exact';
      readonly start: number;
      readonly end: number;
      readonly moved: boolean;
      readonly blockIndex: number;
      readonly status: AnchorStatus;
    }
  | {
      readonly kind: 'fuzzy';
      readonly start: number;
      readonly end: number;
      readonly score: number;
      readonly receiverText: string;
      readonly incomingText: string;
      readonly blockIndex: number;
      readonly status: 'reanchored';
    }
  | {
      readonly kind: 'none';
      /** Why: no document could be found for it, or the quote is not in the one found. */
      readonly reason: 'no-document' | 'ambiguous-document' | 'not-found';
      readonly status: 'orphaned';
    };

/** The block spans of the text anchored in last: a merge anchors many excerpts in one text. */
let lastSpans: { readonly text: string; readonly spans: readonly BlockSpan[] } | null = null;

/** The block a plain-text offset falls in (blocks are separated by a blank line). */
function blockIndexIn(text: string, offset: number): number {
  if (lastSpans?.text !== text) lastSpans = { text, spans: blockSpansOf(text) };
  return Math.max(0, blockIndexAt(lastSpans.spans, offset));
}

/**
 * Anchors `excerpt` in `text`. `trustPosition` says the file's position counts over this very
 * text (ours, matched by content hash): then it is checked first, as in the library. Otherwise
 * the position only hints where to look (another tool counted over its own text extraction).
 */
export function anchorIncoming(
  text: string,
  excerpt: Pick<IncomingExcerpt, 'quote' | 'position'>,
  trustPosition: boolean,
): AnchorOutcome {
  const { quote, position } = excerpt;
  if (quote.exact === '') return { kind: 'none', reason: 'not-found', status: 'orphaned' };
  let found: { start: number; end: number; score: number; exact: boolean; moved: boolean } | null;
  if (trustPosition && position !== null) {
    const result = anchor(text, { quote, position });
    found =
      result.status === 'orphaned'
        ? null
        : {
            start: result.start,
            end: result.end,
            score: result.score,
            exact: result.how !== 'fuzzy',
            moved: result.how !== 'position',
          };
  } else {
    const match = matchQuote(text, quote, position === null ? {} : { hint: position.start });
    found =
      match === null
        ? null
        : {
            start: match.start,
            end: match.end,
            score: match.score,
            exact: match.kind === 'exact',
            moved: position !== null && match.start !== position.start,
          };
  }
  if (found === null) return { kind: 'none', reason: 'not-found', status: 'orphaned' };
  const blockIndex = blockIndexIn(text, found.start);
  if (found.exact) {
    return {
      kind: 'exact',
      start: found.start,
      end: found.end,
      moved: found.moved,
      blockIndex,
      // A foreign position counts over another text, so finding the quote elsewhere is normal.
      status: found.moved && trustPosition ? 'reanchored' : 'anchored',
    };
  }
  return {
    kind: 'fuzzy',
    start: found.start,
    end: found.end,
    score: found.score,
    receiverText: text.slice(found.start, found.end),
    incomingText: quote.exact,
    blockIndex,
    status: 'reanchored',
  };
}
