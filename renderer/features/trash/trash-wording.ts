/**
 * The words the app uses before and after a delete: what deleting takes with it, how long the
 * Trash keeps it, and which excerpts an export or briefing leaves out because they are in it.
 */
import type { LeftOutExcerpt } from '../../db/collections-repo';
import type { TrashedDocumentExcerpts } from '../../db/excerpts-repo';
import type { DocumentDeletionImpact } from '../../db/trash-repo';
import { plural } from '../../ui/plural';

/** A list in prose: "A", "A and B", "A, B and C". */
export function prose(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The dialog's question: "Delete “Report”?" or "Delete 3 documents?". */
export function deletionQuestion(impact: DocumentDeletionImpact): string {
  const [only] = impact.documents;
  return impact.documents.length === 1 && only
    ? `Delete “${only.title}”?`
    : `Delete ${plural(impact.documents.length, 'document', 'documents')}?`;
}

/**
 * What deleting documents takes, in one or two sentences: their excerpts and notes, and the
 * collections that will show those excerpts as in the Trash. Then where it all goes.
 */
export function describeDocumentDeletion(impact: DocumentDeletionImpact, days: number): string[] {
  const these = impact.documents.length === 1 ? 'It' : 'They';
  const takes =
    impact.excerpts === 0
      ? `${these} carr${these === 'It' ? 'ies' : 'y'} no excerpts.`
      : `${these} take${these === 'It' ? 's' : ''} ${plural(impact.excerpts, 'excerpt', 'excerpts')}` +
        (impact.notes > 0 ? `, ${plural(impact.notes, 'with a note', 'with notes')},` : '') +
        ' with ' +
        (impact.documents.length === 1 ? 'it' : 'them') +
        '.';
  const collections =
    impact.collections.length === 0
      ? []
      : [
          `${prose(impact.collections.map((c) => `“${c.name}” (${plural(c.excerpts, 'excerpt', 'excerpts')})`))} will show ${impact.excerpts === 1 ? 'it' : 'them'} as in the Trash and leave ${impact.excerpts === 1 ? 'it' : 'them'} out of exports and briefings.`,
        ];
  return [
    takes,
    ...collections,
    `Everything goes to the Trash, where you can restore it for ${plural(days, 'day', 'days')}.`,
  ];
}

/** The excerpts an export or briefing leaves out, grouped by what to restore. */
export interface LeftOutSummary {
  /** Documents in the Trash, each with how many of the collection's excerpts it holds. */
  readonly documents: readonly { docId: string; title: string; excerpts: number }[];
  /** Excerpts in the Trash on their own. */
  readonly excerpts: readonly LeftOutExcerpt[];
}

export function summarizeLeftOut(leftOut: readonly LeftOutExcerpt[]): LeftOutSummary {
  const documents = new Map<string, { docId: string; title: string; excerpts: number }>();
  const excerpts: LeftOutExcerpt[] = [];
  for (const item of leftOut) {
    if (item.reason === 'excerpt-in-trash') {
      excerpts.push(item);
      continue;
    }
    const current = documents.get(item.docId);
    documents.set(item.docId, {
      docId: item.docId,
      title: item.documentTitle ?? 'an untitled document',
      excerpts: (current?.excerpts ?? 0) + 1,
    });
  }
  return { documents: [...documents.values()], excerpts };
}

/** "Left out: 2 excerpts, because their document “Report” is in the Trash; 1 excerpt in the Trash." */
export function describeLeftOut(leftOut: readonly LeftOutExcerpt[]): string {
  const { documents, excerpts } = summarizeLeftOut(leftOut);
  const reasons = [
    ...documents.map(
      (d) =>
        `${plural(d.excerpts, 'excerpt', 'excerpts')} because ${d.excerpts === 1 ? 'its' : 'their'} document “${d.title}” is in the Trash`,
    ),
    ...(excerpts.length > 0
      ? [
          `${plural(excerpts.length, 'excerpt', 'excerpts')} because ${excerpts.length === 1 ? 'it is' : 'they are'} in the Trash`,
        ]
      : []),
  ];
  return reasons.length === 0 ? '' : `Left out: ${reasons.join('; ')}.`;
}

/**
 * Why the excerpts view lists fewer passages than the library holds: "3 excerpts are not
 * listed because their documents are in the Trash." (or "its document").
 */
export function describeHiddenInTrash(documents: readonly TrashedDocumentExcerpts[]): string {
  const excerpts = documents.reduce((sum, d) => sum + d.excerpts, 0);
  const whose =
    documents.length === 1
      ? excerpts === 1
        ? 'its document is'
        : 'their document is'
      : 'their documents are';
  return `${plural(excerpts, 'excerpt is', 'excerpts are')} not listed because ${whose} in the Trash. Restoring a document brings its excerpts back.`;
}
