/**
 * The excerpts view's logic as pure functions: annotated passages as flat rows, the filter
 * over them (rights any/all, document, author, creation dates, folded free text), counts per
 * right and the document × right matrix. (The filter's form in the URL is the renderer's.)
 */
import type { AnchorStatus, Annotation } from './annotation';

/** One annotated passage as the excerpts view lists it. */
export interface ExcerptRow {
  readonly id: string;
  readonly docId: string;
  readonly docTitle: string;
  /** The block the passage starts in, 1-based (the reader's /p/ address). */
  readonly paragraph: number;
  /** How the passage is cited ("Art. 19(2)–(3)", "OP 5", "¶ 4"), by the shared citation rule. */
  readonly citation: string;
  readonly quote: string;
  readonly note: string;
  readonly author: string;
  readonly createdAt: string;
  /** The local calendar day it was created on (YYYY-MM-DD), what date inputs compare with. */
  readonly createdDay: string;
  readonly rightIds: readonly string[];
  readonly status: AnchorStatus;
  /** Offset in the document's text, to list a document's passages in reading order. */
  readonly start: number;
  /** Quote and note folded for the free-text filter, computed once per load. */
  readonly searchText: string;
}

/** What the analyst filters excerpts by. Empty lists and nulls mean "any". */
export interface ExcerptQuery {
  readonly rightIds: readonly string[];
  readonly rightsMatch: 'any' | 'all';
  readonly docId: string | null;
  /** An author's name; '' is the passages recorded without a name. */
  readonly author: string | null;
  /** First and last local day of creation (YYYY-MM-DD), both included. */
  readonly createdFrom: string | null;
  readonly createdTo: string | null;
  readonly text: string;
}

export const EMPTY_QUERY: ExcerptQuery = {
  rightIds: [],
  rightsMatch: 'any',
  docId: null,
  author: null,
  createdFrom: null,
  createdTo: null,
  text: '',
};

/** Folds case and diacritics so "donnees" finds "Données" and "PRIVACY" finds "privacy". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The local calendar day (YYYY-MM-DD) of an ISO timestamp, as an <input type="date"> shows it. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Rows for live annotations whose document is known, ordered by document title and then by
 * position in the document.
 */
export function toExcerptRows(
  annotations: readonly Annotation[],
  docTitles: ReadonlyMap<string, string>,
  citations: ReadonlyMap<string, string> = new Map(),
): ExcerptRow[] {
  const rows: ExcerptRow[] = [];
  for (const a of annotations) {
    const docTitle = docTitles.get(a.docId);
    if (docTitle === undefined || a.deletedAt !== null) continue;
    rows.push({
      id: a.id,
      docId: a.docId,
      docTitle,
      paragraph: a.blockIndex + 1,
      citation: citations.get(a.id) ?? `¶ ${a.blockIndex + 1}`,
      quote: a.quote.exact,
      note: a.note,
      author: a.author,
      createdAt: a.createdAt,
      createdDay: localDay(a.createdAt),
      rightIds: a.rightIds,
      status: a.status,
      start: a.position.start,
      searchText: foldText(`${a.quote.exact}\n${a.note}`),
    });
  }
  return rows.sort(
    (x, y) =>
      collator.compare(x.docTitle, y.docTitle) ||
      x.docId.localeCompare(y.docId) ||
      x.start - y.start ||
      x.createdAt.localeCompare(y.createdAt),
  );
}

/** Whether a passage's rights satisfy the selected rights: any of them, or all of them. */
export function matchesRights(
  rowRightIds: readonly string[],
  selected: readonly string[],
  match: ExcerptQuery['rightsMatch'],
): boolean {
  if (selected.length === 0) return true;
  return match === 'all'
    ? selected.every((id) => rowRightIds.includes(id))
    : selected.some((id) => rowRightIds.includes(id));
}

/** The words of a free-text query, folded; a passage must contain every one. */
export function queryWords(text: string): string[] {
  return foldText(text).split(/\s+/).filter(Boolean);
}

/** The excerpts that pass every part of the query, in their original order. */
export function filterExcerpts(rows: readonly ExcerptRow[], query: ExcerptQuery): ExcerptRow[] {
  const words = queryWords(query.text);
  return rows.filter(
    (row) =>
      (query.docId === null || row.docId === query.docId) &&
      (query.author === null || row.author === query.author) &&
      (query.createdFrom === null || row.createdDay >= query.createdFrom) &&
      (query.createdTo === null || row.createdDay <= query.createdTo) &&
      matchesRights(row.rightIds, query.rightIds, query.rightsMatch) &&
      words.every((word) => row.searchText.includes(word)),
  );
}

/** How many of the rows carry each right. */
export function countByRight(rows: readonly ExcerptRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const id of row.rightIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The distinct authors of the rows, sorted, the unnamed ('') last. */
export function authorsOf(rows: readonly ExcerptRow[]): string[] {
  const authors = [...new Set(rows.map((r) => r.author))];
  return authors.sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
}

export interface MatrixRow {
  readonly docId: string;
  readonly docTitle: string;
  /** Passages per right, in the order of the matrix's rightIds. */
  readonly counts: readonly number[];
  /** Every passage of the document, tagged or not. */
  readonly total: number;
}

export interface ExcerptMatrix {
  readonly rightIds: readonly string[];
  readonly rows: readonly MatrixRow[];
  /** Passages per right over all documents shown and hidden. */
  readonly columnTotals: readonly number[];
  /** Documents left out to keep the table readable (those with the fewest passages). */
  readonly hiddenDocuments: number;
}

/**
 * Counts passages per document and right. Rows are documents with at least one passage,
 * sorted by title; beyond `maxRows` documents only those with the most passages are kept.
 */
export function excerptMatrix(
  rows: readonly ExcerptRow[],
  rightIds: readonly string[],
  maxRows: number = Number.POSITIVE_INFINITY,
): ExcerptMatrix {
  const column = new Map(rightIds.map((id, index) => [id, index]));
  const byDoc = new Map<string, { docTitle: string; counts: number[]; total: number }>();
  const columnTotals = rightIds.map(() => 0);
  for (const row of rows) {
    let entry = byDoc.get(row.docId);
    if (!entry) {
      entry = { docTitle: row.docTitle, counts: rightIds.map(() => 0), total: 0 };
      byDoc.set(row.docId, entry);
    }
    entry.total += 1;
    for (const id of new Set(row.rightIds)) {
      const index = column.get(id);
      if (index === undefined) continue;
      entry.counts[index] = (entry.counts[index] ?? 0) + 1;
      columnTotals[index] = (columnTotals[index] ?? 0) + 1;
    }
  }
  let matrixRows: MatrixRow[] = [...byDoc].map(([docId, entry]) => ({ docId, ...entry }));
  let hiddenDocuments = 0;
  if (matrixRows.length > maxRows) {
    hiddenDocuments = matrixRows.length - maxRows;
    matrixRows = matrixRows.sort((a, b) => b.total - a.total).slice(0, maxRows);
  }
  matrixRows.sort(
    (a, b) => collator.compare(a.docTitle, b.docTitle) || a.docId.localeCompare(b.docId),
  );
  return { rightIds, rows: matrixRows, columnTotals, hiddenDocuments };
}

/** Whether the query filters anything at all. */
export function isEmptyQuery(query: ExcerptQuery): boolean {
  return (
    query.rightIds.length === 0 &&
    query.docId === null &&
    query.author === null &&
    query.createdFrom === null &&
    query.createdTo === null &&
    query.text === ''
  );
}
