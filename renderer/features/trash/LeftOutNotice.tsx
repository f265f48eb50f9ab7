/**
 * Which of a collection's excerpts an export or briefing leaves out because they (or their
 * documents) are in the Trash, with a one-click restore for each.
 */
import type { LeftOutExcerpt } from '../../db/collections-repo';
import { plural } from '../../ui/plural';
import { shortQuote } from '../../ui/quote-label';
import { RestoreNotice, type RestorableItem } from './RestoreNotice';
import { describeLeftOut, summarizeLeftOut } from './trash-wording';

interface LeftOutNoticeProps {
  readonly leftOut: readonly LeftOutExcerpt[];
  /** Called after something was restored, for views that read once rather than live. */
  readonly onRestored?: () => void;
}

export function LeftOutNotice({ leftOut, onRestored }: LeftOutNoticeProps) {
  const { documents, excerpts } = summarizeLeftOut(leftOut);
  const items: RestorableItem[] = [
    ...documents.map((d) => ({
      key: d.docId,
      text: `“${d.title}” (${plural(d.excerpts, 'excerpt', 'excerpts')})`,
      kind: 'documents' as const,
      id: d.docId,
      buttonLabel: 'Restore',
      accessibleName: `Restore document “${d.title}” from the Trash`,
      restoredMessage: `Restored “${d.title}”`,
    })),
    ...excerpts.map((e) => ({
      key: e.annotationId,
      text: `“${shortQuote(e.quote)}”`,
      kind: 'excerpts' as const,
      id: e.annotationId,
      buttonLabel: 'Restore',
      accessibleName: `Restore excerpt from the Trash: “${shortQuote(e.quote)}”`,
      restoredMessage: 'Excerpt restored',
    })),
  ];
  return (
    <RestoreNotice
      label="Left out: in the Trash"
      sentence={leftOut.length === 0 ? '' : describeLeftOut(leftOut)}
      items={items}
      onRestored={onRestored}
    />
  );
}
