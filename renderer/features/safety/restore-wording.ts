/**
 * A restore plan's rows in the analyst's words: what a merge brings back or adds, what a
 * replace loses. Documents, rights and collections are named; excerpts are counted.
 */
import type { PlannedRow } from '../../../shared/backup';

const numberFormat = new Intl.NumberFormat('en-GB');

const KIND: Record<Exclude<PlannedRow['table'], 'annotations'>, string> = {
  documents: 'Document',
  rights: 'Right',
  collections: 'Collection',
};

/** One line per named row, then one line counting the excerpts, e.g. "3 excerpts". */
export function plannedRowLines(rows: readonly PlannedRow[]): string[] {
  const named = rows.flatMap((row) =>
    row.table === 'annotations' ? [] : [`${KIND[row.table]} “${row.label}”`],
  );
  const excerpts = rows.filter((row) => row.table === 'annotations').length;
  return excerpts === 0
    ? named
    : [...named, `${numberFormat.format(excerpts)} ${excerpts === 1 ? 'excerpt' : 'excerpts'}`];
}

/** The rows of a merge plan with one action. */
export function rowsWith(
  rows: readonly PlannedRow[],
  ...actions: readonly PlannedRow['action'][]
): PlannedRow[] {
  return rows.filter((row) => actions.includes(row.action));
}
