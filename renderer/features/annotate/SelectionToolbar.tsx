/**
 * The toolbar that appears at a selected passage: one button per right (shortcuts 1–9) and
 * "Add note", and "Where else?" (key W), which lists the wording's other appearances. It keeps the text selection when clicked, and is reachable by Tab from the text.
 */
import { forwardRef, type KeyboardEvent } from 'react';
import type { Right } from '../../../shared/model';

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

/** Toolbar height plus a gap, to place it above the selection. */
const OFFSET_ABOVE = 52;

export const SelectionToolbar = forwardRef<HTMLDivElement, SelectionToolbarProps>(
  function SelectionToolbar(
    { rights, appliedRightIds, anchorRect, onTag, onAddNote, onWhereElse, onDismiss },
    ref,
  ) {
    const above = anchorRect.top > OFFSET_ABOVE + 60;
    const style = {
      top: above ? anchorRect.top - OFFSET_ABOVE : anchorRect.bottom + 8,
      left: Math.max(8, Math.min(anchorRect.left + anchorRect.width / 2, window.innerWidth - 8)),
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
        ref={ref}
        className="selection-toolbar"
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
