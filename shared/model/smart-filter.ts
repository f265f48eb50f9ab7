/**
 * Smart collections as pure functions: which excerpts a saved filter (rights any/all,
 * documents, the documents' years, free text) matches, and how the excerpts view's filter
 * becomes a saved one. Reuses the excerpts view's matching so both agree on every passage.
 */
import type { Annotation } from './annotation';
import type { ExcerptFilter } from './collection';
import type { LibraryDocument } from './document';
import { matchesRights, queryWords, toExcerptRows, type ExcerptQuery } from './excerpt-filter';

/** A filter that matches every excerpt. */
export const EMPTY_SMART_FILTER: ExcerptFilter = {
  rightIds: [],
  rightsMatch: 'any',
  docIds: [],
  text: '',
  yearFrom: null,
  yearTo: null,
};

/** The document fields a smart filter reads. */
export type FilterDocument = Pick<LibraryDocument, 'id' | 'title' | 'year' | 'deletedAt'>;

/**
 * The live excerpts of live documents that `filter` matches, in the excerpts view's order
 * (document title, then position in the document). A document without a year never matches a
 * filter with a year bound: "from 2019" means "known to be from 2019 or later".
 */
export function smartExcerpts(
  annotations: readonly Annotation[],
  documents: readonly FilterDocument[],
  filter: ExcerptFilter,
): Annotation[] {
  const live = documents.filter((d) => d.deletedAt === null);
  const titles = new Map(live.map((d) => [d.id, d.title]));
  const years = new Map(live.map((d) => [d.id, d.year]));
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const words = queryWords(filter.text);
  const docIds = new Set(filter.docIds);
  const out: Annotation[] = [];
  for (const row of toExcerptRows(annotations, titles)) {
    if (docIds.size > 0 && !docIds.has(row.docId)) continue;
    if (!matchesRights(row.rightIds, filter.rightIds, filter.rightsMatch)) continue;
    if (!words.every((word) => row.searchText.includes(word))) continue;
    const year = years.get(row.docId) ?? null;
    if (filter.yearFrom !== null && (year === null || year < filter.yearFrom)) continue;
    if (filter.yearTo !== null && (year === null || year > filter.yearTo)) continue;
    const annotation = byId.get(row.id);
    if (annotation) out.push(annotation);
  }
  return out;
}

/** The parts of an excerpts-view filter a smart collection cannot keep, in the analyst's words. */
export type UnsavedFilterPart = 'author' | 'creation dates';

/**
 * The excerpts view's filter as a smart collection's filter. Author and creation dates have no
 * place in a saved filter (it selects by what passages say and where they are from); they are
 * listed in `dropped` so the view can say so before saving.
 */
export function filterFromQuery(query: ExcerptQuery): {
  filter: ExcerptFilter;
  dropped: UnsavedFilterPart[];
} {
  const dropped: UnsavedFilterPart[] = [];
  if (query.author !== null) dropped.push('author');
  if (query.createdFrom !== null || query.createdTo !== null) dropped.push('creation dates');
  return {
    filter: {
      rightIds: [...query.rightIds],
      rightsMatch: query.rightsMatch,
      docIds: query.docId === null ? [] : [query.docId],
      text: query.text.trim(),
      yearFrom: null,
      yearTo: null,
    },
    dropped,
  };
}

/** Whether the filter matches everything. */
export function isEmptySmartFilter(filter: ExcerptFilter): boolean {
  return (
    filter.rightIds.length === 0 &&
    filter.docIds.length === 0 &&
    filter.text.trim() === '' &&
    filter.yearFrom === null &&
    filter.yearTo === null
  );
}
