/**
 * Find in the document (Ctrl+F): a bar over the text that paints every match as the analyst
 * types (case and diacritics ignored, any script), shows "n of m", steps with Enter /
 * Shift+Enter or the arrow buttons, and closes with Escape, putting the focus on the paragraph
 * of the match it was at. Matches are painted with their own CSS highlights, beside (never
 * instead of) the annotations' highlights.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { findInText, MAX_FOUND } from '../../../shared/search';
import { blockIndexAt } from '../../../shared/anchoring/block-of';
import { supportsCustomHighlights } from '../../dom/highlights';
import { textOffsetsToRange, type BlockOffsets } from '../../dom/text-offsets';

/**
 * CSS highlight names, styled as `::highlight(find-matches)` and `::highlight(find-current)`.
 * Not `rm-…`: the annotation painter deletes every highlight with that prefix when it repaints.
 */
export const FIND_MATCHES_HIGHLIGHT = 'find-matches';
export const FIND_CURRENT_HIGHLIGHT = 'find-current';

interface FindBarProps {
  /** The document's text element, where matches are painted. */
  readonly rootRef: RefObject<HTMLElement | null>;
  readonly text: string;
  readonly blocks: readonly BlockOffsets[];
  /** Asks to open again (Ctrl+F while open): the field takes the focus and its text is selected. */
  readonly focusRequest: number;
  /** Closes the bar; `blockIndex` is the paragraph of the match it was at, if any. */
  readonly onClose: (blockIndex: number | null) => void;
}

const countFormat = new Intl.NumberFormat();

export function FindBar({ rootRef, text, blocks, focusRequest, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [current, setCurrent] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findInText(text, deferredQuery), [text, deferredQuery]);
  const at = matches.length === 0 ? -1 : Math.min(current, matches.length - 1);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  // Paint every match, and the current one on top.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || matches.length === 0 || !supportsCustomHighlights()) return;
    const ranges = matches.map((m) => textOffsetsToRange(root, blocks, m.start, m.end));
    CSS.highlights.set(
      FIND_MATCHES_HIGHLIGHT,
      new Highlight(...ranges.filter((r): r is Range => r !== null)),
    );
    return () => {
      CSS.highlights.delete(FIND_MATCHES_HIGHLIGHT);
    };
  }, [rootRef, blocks, matches]);

  useEffect(() => {
    const root = rootRef.current;
    const match = matches[at];
    if (!root || !match) return;
    const range = textOffsetsToRange(root, blocks, match.start, match.end);
    if (!range) return;
    // Brought into view only when it is not already, so the text does not jump as one types.
    const box = range.getBoundingClientRect();
    const bar = inputRef.current?.closest('.find-bar')?.getBoundingClientRect();
    const top = bar ? bar.bottom : 0;
    if (box.top < top || box.bottom > window.innerHeight) {
      const element =
        range.startContainer instanceof Element
          ? range.startContainer
          : range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center' });
    }
    if (!supportsCustomHighlights()) return;
    const highlight = new Highlight(range);
    highlight.priority = 2;
    CSS.highlights.set(FIND_CURRENT_HIGHLIGHT, highlight);
    return () => {
      CSS.highlights.delete(FIND_CURRENT_HIGHLIGHT);
    };
  }, [rootRef, blocks, matches, at]);

  const step = (direction: 1 | -1) => {
    if (matches.length === 0) return;
    setCurrent((at + direction + matches.length) % matches.length);
  };
  const close = () => {
    const match = matches[at];
    onClose(match ? blockIndexAt(blocks, match.start) : null);
  };

  const status =
    deferredQuery.trim() === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${countFormat.format(at + 1)} of ${countFormat.format(matches.length)}${
            matches.length >= MAX_FOUND ? '+' : ''
          }`;

  return (
    <div className="find-bar" role="search" aria-label="Find in document">
      <input
        ref={inputRef}
        type="search"
        aria-label="Find in document"
        placeholder="Find in document"
        dir="auto"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          // A new query starts at its first match.
          setCurrent(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <span className="find-count muted" role="status" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label="Previous match"
        title="Previous match (Shift+Enter)"
        disabled={matches.length === 0}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Next match"
        title="Next match (Enter)"
        disabled={matches.length === 0}
        onClick={() => step(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Close find"
        title="Close (Escape)"
        onClick={close}
      >
        ×
      </button>
    </div>
  );
}
