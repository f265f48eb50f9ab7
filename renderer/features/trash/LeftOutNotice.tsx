/**
 * Which of a collection's excerpts an export or briefing leaves out because they (or their
 * documents) are in the Trash, with a one-click restore for each.
 */
import type { LeftOutExcerpt } from '../../db/collections-repo';
import { db } from '../../db/database';
import { restoreFromTrash } from '../../db/trash-repo';
import { useToast } from '../../ui/toast';
import { shortQuote } from '../../ui/quote-label';
import { count, describeLeftOut, summarizeLeftOut } from './trash-wording';
import './trash.css';

interface LeftOutNoticeProps {
  readonly leftOut: readonly LeftOutExcerpt[];
  /** Called after something was restored, for views that read once rather than live. */
  readonly onRestored?: () => void;
}

export function LeftOutNotice({ leftOut, onRestored }: LeftOutNoticeProps) {
  const toast = useToast();
  if (leftOut.length === 0) return null;
  const { documents, excerpts } = summarizeLeftOut(leftOut);
  return (
    <div className="left-out-notice" role="note" aria-label="Left out: in the Trash">
      <p>{describeLeftOut(leftOut)}</p>
      <ul>
        {documents.map((d) => (
          <li key={d.docId}>
            “{d.title}” ({count(d.excerpts, 'excerpt', 'excerpts')})
            <button
              type="button"
              className="button small"
              aria-label={`Restore document “${d.title}” from the Trash`}
              onClick={() =>
                void restoreFromTrash(db, 'documents', d.docId).then((done) => {
                  if (done) toast.show({ message: `Restored “${d.title}”` });
                  onRestored?.();
                })
              }
            >
              Restore
            </button>
          </li>
        ))}
        {excerpts.map((e) => (
          <li key={e.annotationId}>
            “{shortQuote(e.quote)}”
            <button
              type="button"
              className="button small"
              aria-label={`Restore excerpt from the Trash: “${shortQuote(e.quote)}”`}
              onClick={() =>
                void restoreFromTrash(db, 'excerpts', e.annotationId).then((done) => {
                  if (done) toast.show({ message: 'Excerpt restored' });
                  onRestored?.();
                })
              }
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
