/** The filters a search can be narrowed by: right, document kind, and a range of years. */

/** Filters chosen in the search view; null means "any". */
export interface SearchFilters {
  /** Only passages annotated with this right. */
  readonly rightId: string | null;
  /** Only documents of this kind (the library's free-text kind, compared exactly). */
  readonly kind: string | null;
  /** Only documents of this year or later; documents without a year are left out. */
  readonly yearFrom: number | null;
  /** Only documents of this year or earlier; documents without a year are left out. */
  readonly yearTo: number | null;
}

/** No filter: the whole library. */
export const NO_FILTERS: SearchFilters = {
  rightId: null,
  kind: null,
  yearFrom: null,
  yearTo: null,
};

/** The document fields the filters look at. */
export interface FilterableDocument {
  readonly kind: string | null;
  readonly year: number | null;
}

/** Whether a document passes the kind and year filters (the right filter is per passage). */
export function documentPasses(doc: FilterableDocument, filters: SearchFilters): boolean {
  if (filters.kind !== null && doc.kind !== filters.kind) return false;
  if (filters.yearFrom !== null || filters.yearTo !== null) {
    if (doc.year === null) return false;
    if (filters.yearFrom !== null && doc.year < filters.yearFrom) return false;
    if (filters.yearTo !== null && doc.year > filters.yearTo) return false;
  }
  return true;
}

/** Whether any filter is set. */
export function hasFilters(filters: SearchFilters): boolean {
  return (
    filters.rightId !== null ||
    filters.kind !== null ||
    filters.yearFrom !== null ||
    filters.yearTo !== null
  );
}
