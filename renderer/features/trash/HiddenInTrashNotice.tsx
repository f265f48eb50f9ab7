/**
 * The excerpts view's notice of passages it does not list because their documents are in the
 * Trash: how many, from which documents, and a one-click restore for each document.
 */
import type { TrashedDocumentExcerpts } from '../../db/excerpts-repo';
import { db } from '../../db/database';
import { restoreFromTrash } from '../../db/trash-repo';
import { useToast } from '../../ui/toast';
import { count, describeHiddenInTrash } from './trash-wording';
import './trash.css';

interface HiddenInTrashNoticeProps {
  readonly documents: readonly TrashedDocumentExcerpts[];
}

export function HiddenInTrashNotice({ documents }: HiddenInTrashNoticeProps) {
  const toast = useToast();
  if (documents.length === 0) return null;
  return (
    <div className="left-out-notice" role="note" aria-label="Not listed: in the Trash">
      <p>{describeHiddenInTrash(documents)}</p>
      <ul>
        {documents.map((d) => (
          <li key={d.id}>
            “{d.title}” ({count(d.excerpts, 'excerpt', 'excerpts')})
            <button
              type="button"
              className="button small"
              aria-label={`Restore document “${d.title}” from the Trash`}
              onClick={() =>
                void restoreFromTrash(db, 'documents', d.id).then((done) => {
                  if (done) {
                    toast.show({
                      message: `Restored “${d.title}” with ${count(d.excerpts, 'excerpt', 'excerpts')}`,
                    });
                  }
                })
              }
            >
              Restore document
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
