/**
 * Deleting a right that passages carry: a modal dialog asking which right those passages move
 * to, so no passage loses its tag silently.
 */
import { useId, useRef, useState } from 'react';
import type { Right } from '../../../shared/model';
import type { RightUsage } from '../../db/rights-repo';
import { describeUsage } from './right-form';
import { Dialog } from '../../ui/Dialog';

interface DeleteRightDialogProps {
  readonly right: Right;
  readonly usage: RightUsage;
  /** The rights its passages may move to. */
  readonly others: readonly Right[];
  readonly onCancel: () => void;
  readonly onConfirm: (replacement: Right) => void;
}

export function DeleteRightDialog({
  right,
  usage,
  others,
  onCancel,
  onConfirm,
}: DeleteRightDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Active rights first: moving passages to an archived right is allowed but rarely meant.
  const choices = [...others.filter((r) => !r.archived), ...others.filter((r) => r.archived)];
  const [replacementId, setReplacementId] = useState(choices[0]?.id ?? '');

  const replacement = choices.find((r) => r.id === replacementId);

  return (
    <Dialog
      dialogRef={dialogRef}
      className="settings-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={onCancel}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (replacement) onConfirm(replacement);
        }}
      >
        <h2 id={`${id}-title`}>Delete “{right.name}”?</h2>
        <p id={`${id}-text`}>
          {describeUsage(right.name, usage)} Choose the right to tag{' '}
          {usage.tagged === 1 ? 'it' : 'them'} with instead.
        </p>
        {choices.length === 0 ? (
          <p className="field-error">
            There is no other right to move its passages to. Add one first.
          </p>
        ) : (
          <label className="field">
            <span className="field-label">Move its passages to</span>
            <select
              value={replacementId}
              onChange={(event) => setReplacementId(event.target.value)}
            >
              {choices.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.archived ? `${r.name} (archived)` : r.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="right-form-actions">
          <button type="submit" className="button danger-fill" disabled={!replacement}>
            Delete and move passages
          </button>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
