/**
 * A notice of things a view or export leaves out because they are in the Trash: one sentence,
 * then each document or excerpt with its own Restore button. The excerpts view and the export
 * and briefing reviews say different things, but restore the same way.
 */
import { db } from '../../db/database';
import { restoreFromTrash, type TrashKind } from '../../db/trash-repo';
import { useToast } from '../../ui/toast';
import './trash.css';

export interface RestorableItem {
  readonly key: string;
  /** What the list shows, e.g. “Report” (3 excerpts). */
  readonly text: string;
  readonly kind: TrashKind;
  readonly id: string;
  /** The button's visible label; its accessible name says what it restores. */
  readonly buttonLabel: string;
  readonly accessibleName: string;
  /** The toast once it is back. */
  readonly restoredMessage: string;
}

interface RestoreNoticeProps {
  /** The notice's accessible name, e.g. "Left out: in the Trash". */
  readonly label: string;
  readonly sentence: string;
  readonly items: readonly RestorableItem[];
  /** Called after a restore, for views that read once rather than live. */
  readonly onRestored?: () => void;
}

export function RestoreNotice({ label, sentence, items, onRestored }: RestoreNoticeProps) {
  const toast = useToast();
  if (items.length === 0) return null;
  return (
    <div className="left-out-notice" role="note" aria-label={label}>
      <p>{sentence}</p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            {item.text}
            <button
              type="button"
              className="button small"
              aria-label={item.accessibleName}
              onClick={() =>
                void restoreFromTrash(db, item.kind, item.id).then((done) => {
                  if (done) toast.show({ message: item.restoredMessage });
                  onRestored?.();
                })
              }
            >
              {item.buttonLabel}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
