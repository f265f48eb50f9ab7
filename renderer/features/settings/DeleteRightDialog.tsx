/**
 * The question before a right goes to the Trash. A right that passages carry asks which right
 * those passages move to, so no passage loses its tag silently; an unused right says so. Both
 * say how long the Trash keeps it.
 */
import { useId, useState } from 'react';
import type { Right } from '../../../shared/model';
import type { RightUsage } from '../../db/rights-repo';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeRightDeletion } from './right-form';

interface DeleteRightDialogProps {
  readonly right: Right;
  readonly usage: RightUsage;
  /** The rights its passages may move to. */
  readonly others: readonly Right[];
  /** How many days the Trash keeps it. */
  readonly trashDays: number;
  readonly onCancel: () => void;
  /** Confirmed: with the right its passages move to, or null when none carries it. */
  readonly onConfirm: (replacement: Right | null) => void;
}

export function DeleteRightDialog({
  right,
  usage,
  others,
  trashDays,
  onCancel,
  onConfirm,
}: DeleteRightDialogProps) {
  const id = useId();
  const inUse = usage.tagged > 0;
  // Active rights first: moving passages to an archived right is allowed but rarely meant.
  const choices = [...others.filter((r) => !r.archived), ...others.filter((r) => r.archived)];
  const [replacementId, setReplacementId] = useState(choices[0]?.id ?? '');
  const replacement = choices.find((r) => r.id === replacementId) ?? null;

  return (
    <ConfirmDialog
      title={`Delete “${right.name}”?`}
      sentences={describeRightDeletion(right.name, usage, trashDays)}
      confirmLabel={inUse ? 'Delete and move passages' : 'Move to Trash'}
      confirmDisabled={inUse && replacement === null}
      onConfirm={() => onConfirm(inUse ? replacement : null)}
      onCancel={onCancel}
    >
      {inUse &&
        (choices.length === 0 ? (
          <p className="field-error">
            There is no other right to move its passages to. Add one first.
          </p>
        ) : (
          <label className="field" htmlFor={`${id}-move`}>
            <span className="field-label">Move its passages to</span>
            <select
              id={`${id}-move`}
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
        ))}
    </ConfirmDialog>
  );
}
