/**
 * Follows the analyst's text selection in the reader and turns it into a passage (plain-text
 * offsets, trimmed) with its place on screen, once the mouse is released.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { rangeToTextOffsets, type BlockOffsets } from '../../dom/text-offsets';
import { passageFromSelection, type PendingPassage } from './annotate-actions';

export interface SelectedPassage {
  readonly passage: PendingPassage;
  readonly rect: { top: number; bottom: number; left: number; width: number };
}

export function usePassageSelection(
  rootRef: RefObject<HTMLElement | null>,
  blocks: readonly BlockOffsets[],
  text: string,
): [SelectedPassage | null, () => void] {
  const [selected, setSelected] = useState<SelectedPassage | null>(null);

  useEffect(() => {
    let pointerDown = false;
    const update = () => {
      const root = rootRef.current;
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
        setSelected(null);
        return;
      }
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer)) {
        // Typing in the panel moves the selection out of the text: the toolbar goes away.
        setSelected(null);
        return;
      }
      const offsets = rangeToTextOffsets(range, root, blocks);
      const passage = offsets && passageFromSelection(text, offsets.start, offsets.end);
      if (!passage) {
        setSelected(null);
        return;
      }
      const box = range.getBoundingClientRect();
      setSelected({
        passage,
        rect: { top: box.top, bottom: box.bottom, left: box.left, width: box.width },
      });
    };
    const onSelectionChange = () => {
      if (!pointerDown) update();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (rootRef.current?.contains(event.target as Node)) pointerDown = true;
    };
    const onPointerUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      update();
    };
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    // The toolbar follows its passage when the reader scrolls.
    document.addEventListener('scroll', update, { capture: true, passive: true });
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
      document.removeEventListener('scroll', update, { capture: true });
    };
  }, [rootRef, blocks, text]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setSelected(null);
  }, []);

  return [selected, clear];
}
