/**
 * The toolbar that appears at a selected passage: one button per right (shortcuts 1–9) and
 * "Add note", and "Where else?" (key W), which lists the wording's other appearances. It keeps
 * the text selection when clicked, is reachable by Tab from the text, and sits above or below
 * the passage so it covers neither the heading over it nor an annotation card.
 */
import { forwardRef, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Right } from '../../../shared/model';
import { placeToolbar, type Box, type Placement } from './toolbar-placement';

interface SelectionToolbarProps {
  readonly rights: readonly Right[];
  /** Rights the passage's annotation already carries. */
  readonly appliedRightIds: readonly string[];
  /** Where the selection is on screen (viewport coordinates). */
  readonly anchorRect: { top: number; bottom: number; left: number; width: number };
  readonly onTag: (rightId: string) => void;
  readonly onAddNote: () => void;
  /** Lists where else in the library the selected wording appears (key W). */
  readonly onWhereElse?: () => void;
  readonly onDismiss: () => void;
}

/** What the toolbar must leave visible: headings and annotation cards in view. */
const OBSTACLES = '.block-heading, .document-header h1, .annotation-card';

function boxOf(element: Element): Box {
  const rect = element.getBoundingClientRect();
  return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
}

/** The toolbar's place for a selection, measured against the page as it is laid out now. */
function measure(toolbar: HTMLElement, anchor: SelectionToolbarProps['anchorRect']): Placement {
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const visible = (box: Box) => box.top + box.height > 0 && box.top < viewport.height;
  const column = toolbar.ownerDocument.querySelector('article.document')?.getBoundingClientRect();
  return placeToolbar({
    selection: {
      top: anchor.top,
      left: anchor.left,
      width: anchor.width,
      height: anchor.bottom - anchor.top,
    },
    toolbar: { width: toolbar.offsetWidth, height: toolbar.offsetHeight },
    viewport,
    ...(column ? { column: { left: column.left, right: column.right } } : {}),
    obstacles: [...toolbar.ownerDocument.querySelectorAll(OBSTACLES)].map(boxOf).filter(visible),
  });
}

export const SelectionToolbar = forwardRef<HTMLDivElement, SelectionToolbarProps>(
  function SelectionToolbar(
    { rights, appliedRightIds, anchorRect, onTag, onAddNote, onWhereElse, onDismiss },
    ref,
  ) {
    const ownRef = useRef<HTMLDivElement | null>(null);
    const [placement, setPlacement] = useState<Placement | null>(null);
    // Placed once its size is known, before the browser paints it.
    useLayoutEffect(() => {
      if (ownRef.current) setPlacement(measure(ownRef.current, anchorRect));
    }, [anchorRect]);
    const style = placement
      ? { top: placement.top, left: placement.left }
      : { top: anchorRect.bottom + 8, left: anchorRect.left, visibility: 'hidden' as const };
    const setRefs = (element: HTMLDivElement | null) => {
      ownRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    };

    // Arrow keys move between the toolbar's buttons; Escape goes back to the text.
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onDismiss();
        return;
      }
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const buttons = [...event.currentTarget.querySelectorAll('button')];
      const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next =
        buttons[(index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
      event.preventDefault();
      next?.focus();
    };

    return (
      <div
        ref={setRefs}
        className="selection-toolbar"
        data-side={placement?.side}
        role="toolbar"
        aria-label="Tag the selected passage"
        style={style}
        onKeyDown={onKeyDown}
        // Keep the text selection when a button is pressed with the mouse.
        onMouseDown={(event) => event.preventDefault()}
      >
        {rights.map((right, index) => (
          <button
            key={right.id}
            type="button"
            className="tag-button"
            aria-pressed={appliedRightIds.includes(right.id)}
            title={index < 9 ? `${right.name} (key ${index + 1})` : right.name}
            onClick={() => onTag(right.id)}
          >
            <span className="swatch" style={{ background: right.color }} aria-hidden="true" />
            {right.name}
            {index < 9 && (
              <kbd className="shortcut" aria-hidden="true">
                {index + 1}
              </kbd>
            )}
          </button>
        ))}
        <button type="button" className="tag-button note-button" onClick={onAddNote}>
          Add note
        </button>
        {onWhereElse && (
          <button
            type="button"
            className="tag-button where-else-button"
            aria-label="Where else does this wording appear?"
            title="Where else does this wording appear? (key W)"
            onClick={onWhereElse}
          >
            Where else?
            <kbd className="shortcut" aria-hidden="true">
              W
            </kbd>
          </button>
        )}
      </div>
    );
  },
);
