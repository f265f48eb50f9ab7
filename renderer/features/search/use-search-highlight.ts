/**
 * Marks a search's terms in the reader: when a passage is opened from a search result
 * (`#/doc/<id>/p/<n>?q=…`), the matching words of that paragraph are painted with the CSS
 * custom highlight `rm-search`, without touching the document's DOM.
 */
import { useEffect, type RefObject } from 'react';
import { useLocation } from 'wouter';
import type { StoredBlock } from '../../../shared/model';
import { findMatches, parseQuery } from '../../../shared/search';
import { supportsCustomHighlights } from '../../dom/highlights';
import { textOffsetsToRange } from '../../dom/text-offsets';
import { highlightQueryOf } from './search-location';

/**
 * The CSS highlight name, styled as `::highlight(search-terms)`. Not `rm-…`: the annotation
 * painter (renderer/dom/highlights.ts) deletes every highlight with that prefix when it repaints.
 */
export const SEARCH_HIGHLIGHT = 'search-terms';

/** Paints the search terms of the location's `?q=` over the focused paragraph. */
export function useSearchHighlight(
  rootRef: RefObject<HTMLElement | null>,
  blocks: readonly StoredBlock[],
  paragraph: number | undefined,
): void {
  const [location] = useLocation();
  const query = highlightQueryOf(location);
  useEffect(() => {
    const root = rootRef.current;
    const block = paragraph === undefined ? undefined : blocks[paragraph - 1];
    if (!root || !block || query === '' || !supportsCustomHighlights()) return;
    const offsets = blocks.map((b) => ({ index: b.index, start: b.start, length: b.text.length }));
    const ranges = findMatches(block.text, parseQuery(query))
      .ranges.map((r) =>
        textOffsetsToRange(root, offsets, block.start + r.start, block.start + r.end),
      )
      .filter((range): range is Range => range !== null);
    if (ranges.length === 0) return;
    CSS.highlights.set(SEARCH_HIGHLIGHT, new Highlight(...ranges));
    return () => {
      CSS.highlights.delete(SEARCH_HIGHLIGHT);
    };
  }, [rootRef, blocks, paragraph, query]);
}
