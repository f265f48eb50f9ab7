/**
 * A restore plan's rows in the analyst's words: what a merge brings back or adds, what a
 * replace loses. Documents, rights and collections are named; excerpts and document notes are
 * counted.
 */
import type { PlannedRow } from '../../../shared/backup';
import { plural } from '../../ui/plural';

const KIND: Record<Exclude<PlannedRow['table'], 'annotations' | 'documentNotes'>, string> = {
  documents: 'Document',
  rights: 'Right',
  collections: 'Collection',
};

/**
 * One line per named row, then one line counting the excerpts ("3 excerpts") and one counting
 * the document notes ("1 document note").
 */
export function plannedRowLines(rows: readonly PlannedRow[]): string[] {
  const named = rows.flatMap((row) =>
    row.table === 'annotations' || row.table === 'documentNotes'
      ? []
      : [`${KIND[row.table]} “${row.label}”`],
  );
  const excerpts = rows.filter((row) => row.table === 'annotations').length;
  const notes = rows.filter((row) => row.table === 'documentNotes').length;
  return [
    ...named,
    ...(excerpts === 0 ? [] : [plural(excerpts, 'excerpt', 'excerpts')]),
    ...(notes === 0 ? [] : [plural(notes, 'document note', 'document notes')]),
  ];
}

/** The rows of a merge plan with one action. */
export function rowsWith(
  rows: readonly PlannedRow[],
  ...actions: readonly PlannedRow['action'][]
): PlannedRow[] {
  return rows.filter((row) => actions.includes(row.action));
}
