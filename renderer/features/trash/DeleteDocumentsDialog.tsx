/**
 * The question before documents go to the Trash: what they take with them (excerpts, notes,
 * the collections that use them) and how long the Trash keeps it all.
 */
import { useEffect, useState } from 'react';
import { db } from '../../db/database';
import {
  deleteDocuments,
  documentDeletionImpact,
  restoreDocuments,
  trashDays,
  type DocumentDeletionImpact,
} from '../../db/trash-repo';
import { useToast } from '../../ui/toast';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { deletionQuestion, describeDocumentDeletion } from './trash-wording';
import { plural } from '../../ui/plural';

interface DeleteDocumentsDialogProps {
  readonly docIds: readonly string[];
  readonly onClose: () => void;
}

export function DeleteDocumentsDialog({ docIds, onClose }: DeleteDocumentsDialogProps) {
  const toast = useToast();
  const [state, setState] = useState<{ impact: DocumentDeletionImpact; days: number } | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([documentDeletionImpact(db, docIds), trashDays(db)]).then(([impact, days]) => {
      if (!current) return;
      // Deleted meanwhile (in another window): there is nothing left to ask about.
      if (impact.documents.length === 0) onClose();
      else setState({ impact, days });
    });
    return () => {
      current = false;
    };
  }, [docIds, onClose]);

  if (state === null) return null;
  const { impact, days } = state;

  const confirm = async () => {
    onClose();
    const deleted = await deleteDocuments(db, docIds);
    if (deleted.length === 0) return;
    const [only] = impact.documents;
    const what =
      deleted.length === 1 && only
        ? `“${only.title}”`
        : plural(deleted.length, 'document', 'documents');
    toast.show({
      message: `Moved ${what} to the Trash${impact.excerpts > 0 ? `, with ${plural(impact.excerpts, 'excerpt', 'excerpts')}` : ''}`,
      undo: async () => {
        await restoreDocuments(db, deleted);
        toast.show({ message: `Restored ${what}` });
      },
    });
  };

  return (
    <ConfirmDialog
      title={deletionQuestion(impact)}
      sentences={describeDocumentDeletion(impact, days)}
      items={impact.documents.length > 1 ? impact.documents.map((d) => d.title) : []}
      confirmLabel="Move to Trash"
      onConfirm={() => void confirm()}
      onCancel={onClose}
    />
  );
}
