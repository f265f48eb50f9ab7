/** Sorting and filtering of the library list: pure functions over document rows. */
import type { LibraryDocument } from '../../../shared/model';

export type SortKey = 'title' | 'publisher' | 'year' | 'kind' | 'length' | 'annotations';
export type SortDirection = 'ascending' | 'descending';

export interface LibraryRow {
  readonly document: LibraryDocument;
  readonly annotationCount: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function sortValue(row: LibraryRow, key: SortKey): string | number | null {
  switch (key) {
    case 'title':
      return row.document.title;
    case 'publisher':
      return row.document.publisher;
    case 'year':
      return row.document.year;
    case 'kind':
      return row.document.kind;
    case 'length':
      return row.document.wordCount;
    case 'annotations':
      return row.annotationCount;
  }
}

/** Folds case and diacritics so "reseau" finds "Réseau". */
export function foldForFilter(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * Rows whose title, publisher, kind or year contain every word of the query, sorted by the
 * key. Empty values sort last in both directions, so unknown years never crowd the top.
 */
export function libraryRows(
  rows: readonly LibraryRow[],
  query: string,
  key: SortKey,
  direction: SortDirection,
): LibraryRow[] {
  const words = foldForFilter(query).split(/\s+/).filter(Boolean);
  const matching =
    words.length === 0
      ? [...rows]
      : rows.filter((row) => {
          const { title, publisher, kind, year } = row.document;
          const haystack = foldForFilter(
            [title, publisher, kind, year].filter((v) => v !== null).join(' '),
          );
          return words.every((word) => haystack.includes(word));
        });
  const sign = direction === 'ascending' ? 1 : -1;
  return matching.sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || va === '') return vb === null || vb === '' ? 0 : 1;
    if (vb === null || vb === '') return -1;
    const order =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : collator.compare(String(va), String(vb));
    return order !== 0 ? sign * order : collator.compare(a.document.title, b.document.title);
  });
}

/**
 * How each document is named on its row's buttons ("Edit details of …"): its title in quotes,
 * and, where several documents share a title (a PDF and a DOCX of the same text), the file it
 * came from as well, so every button has a name of its own.
 */
export function rowLabels(documents: readonly LibraryDocument[]): Map<string, string> {
  const byTitle = new Map<string, LibraryDocument[]>();
  for (const doc of documents) {
    const same = byTitle.get(doc.title) ?? [];
    same.push(doc);
    byTitle.set(doc.title, same);
  }
  const labels = new Map<string, string>();
  for (const [title, same] of byTitle) {
    const bySource = new Map<string, number>();
    for (const doc of same) {
      if (same.length === 1) {
        labels.set(doc.id, `“${title}”`);
        continue;
      }
      const seen = (bySource.get(doc.sourceName) ?? 0) + 1;
      bySource.set(doc.sourceName, seen);
      const copy = seen > 1 ? `, copy ${seen}` : '';
      labels.set(doc.id, `“${title}” (${doc.sourceName}${copy})`);
    }
  }
  return labels;
}

/**
 * The selection after the analyst ticks or unticks the row at `index` of the shown `ids`.
 * With Shift held and an earlier tick (`anchor`), every row between the two takes the clicked
 * row's new state, as in a file manager; otherwise only that row changes.
 */
export function changeSelection(
  selected: ReadonlySet<string>,
  ids: readonly string[],
  index: number,
  checked: boolean,
  anchor: number | null,
  range: boolean,
): Set<string> {
  const next = new Set(selected);
  const from = range && anchor !== null && anchor < ids.length ? Math.min(anchor, index) : index;
  const to = range && anchor !== null && anchor < ids.length ? Math.max(anchor, index) : index;
  for (const id of ids.slice(from, to + 1)) {
    if (checked) next.add(id);
    else next.delete(id);
  }
  return next;
}
