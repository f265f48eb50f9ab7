/**
 * The question before a collection goes to the Trash: what it holds (its excerpts and comments
 * stay in the library, or its saved filter), how long the Trash keeps it; then the delete, with
 * an undo in the toast.
 */
import type { Collection } from '../../../shared/model';
import { deleteCollection, restoreCollection } from '../../db/collections-repo';
import { db } from '../../db/database';
import { DEFAULT_TRASH_DAYS } from '../../db/trash-repo';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useToast } from '../../ui/toast';
import { useTrashDays } from '../trash';
import { describeCollectionDeletion } from './collection-deletion';

interface DeleteCollectionDialogProps {
  readonly collection: Collection;
  readonly onCancel: () => void;
  /** After the collection went to the Trash. */
  readonly onDeleted: () => void;
}

export function DeleteCollectionDialog({
  collection,
  onCancel,
  onDeleted,
}: DeleteCollectionDialogProps) {
  const toast = useToast();
  const days = useTrashDays() ?? DEFAULT_TRASH_DAYS;
  const confirm = async () => {
    await deleteCollection(db, collection.id);
    onDeleted();
    toast.show({
      message: `Moved collection “${collection.name}” to the Trash`,
      undo: async () => {
        await restoreCollection(db, collection.id);
        toast.show({ message: `Restored collection “${collection.name}”` });
      },
    });
  };
  return (
    <ConfirmDialog
      title={`Delete collection “${collection.name}”?`}
      sentences={describeCollectionDeletion(collection, days)}
      confirmLabel="Move to Trash"
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    />
  );
}
