/**
 * The excerpts view's notice of passages it does not list because their documents are in the
 * Trash: how many, from which documents, and a one-click restore for each document.
 */
import type { TrashedDocumentExcerpts } from '../../db/excerpts-repo';
import { plural } from '../../ui/plural';
import { RestoreNotice } from './RestoreNotice';
import { describeHiddenInTrash } from './trash-wording';

interface HiddenInTrashNoticeProps {
  readonly documents: readonly TrashedDocumentExcerpts[];
}

export function HiddenInTrashNotice({ documents }: HiddenInTrashNoticeProps) {
  return (
    <RestoreNotice
      label="Not listed: in the Trash"
      sentence={documents.length === 0 ? '' : describeHiddenInTrash(documents)}
      items={documents.map((d) => ({
        key: d.id,
        text: `“${d.title}” (${plural(d.excerpts, 'excerpt', 'excerpts')})`,
        kind: 'documents',
        id: d.id,
        buttonLabel: 'Restore document',
        accessibleName: `Restore document “${d.title}” from the Trash`,
        restoredMessage: `Restored “${d.title}” with ${plural(d.excerpts, 'excerpt', 'excerpts')}`,
      }))}
    />
  );
}
