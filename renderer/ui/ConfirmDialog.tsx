/**
 * A modal question before a step that takes something away: what it takes, in sentences and
 * (when there are many) a list, then the step's own name on the button and Cancel.
 */
import { useId, useRef, type ReactNode } from 'react';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  readonly title: string;
  readonly sentences: readonly string[];
  /** Named things the step takes, listed under the sentences. */
  readonly items?: readonly string[];
  /** The confirming button's label: the step itself ("Delete", "Replace library"). */
  readonly confirmLabel: string;
  /** Set while the step cannot be taken (a choice in `children` is missing). */
  readonly confirmDisabled?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Choices the step needs (which right passages move to), under the sentences. */
  readonly children?: ReactNode;
}

/** Lists longer than this show their first items and how many more. */
const MAX_LISTED = 12;

export function ConfirmDialog({
  title,
  sentences,
  items = [],
  confirmLabel,
  confirmDisabled = false,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);

  return (
    <Dialog
      dialogRef={dialogRef}
      className="modal-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={onCancel}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!confirmDisabled) onConfirm();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-text`}>
          {sentences.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          {items.length > 0 && (
            <ul className="confirm-list">
              {items.slice(0, MAX_LISTED).map((item, index) => (
                <li key={`${index}-${item}`}>{item}</li>
              ))}
              {items.length > MAX_LISTED && <li>and {items.length - MAX_LISTED} more</li>}
            </ul>
          )}
        </div>
        {children}
        <div className="confirm-actions">
          <button type="submit" className="button danger-fill" disabled={confirmDisabled}>
            {confirmLabel}
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
