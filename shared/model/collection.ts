/** Excerpt collections: named, ordered sets of annotated passages, or saved filters ("smart"). */

export interface CollectionItem {
  readonly annotationId: string;
  /** A briefing-specific comment on this excerpt. */
  readonly comment: string;
}

/** The filter a smart collection saves. Empty lists mean "any". */
export interface ExcerptFilter {
  readonly rightIds: readonly string[];
  readonly rightsMatch: 'any' | 'all';
  readonly docIds: readonly string[];
  readonly text: string;
  readonly yearFrom: number | null;
  readonly yearTo: number | null;
}

export interface Collection {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Ordered items; empty for smart collections. */
  readonly items: readonly CollectionItem[];
  /** Present for smart collections. */
  readonly filter: ExcerptFilter | null;
  readonly createdAt: string;
  readonly modifiedAt: string;
  readonly deletedAt: string | null;
}
