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

/** The text fields of a collection's briefing, as the dialog names them. */
export type CollectionBriefingField =
  'documentType' | 'reference' | 'cutOffDate' | 'summary' | 'findings' | 'recommendations';

export const COLLECTION_BRIEFING_FIELDS: readonly CollectionBriefingField[] = [
  'documentType',
  'reference',
  'cutOffDate',
  'summary',
  'findings',
  'recommendations',
];

/**
 * What the analyst wrote for briefings made from a collection: the cover's document type,
 * reference or version and data cut-off date, and the argument (executive summary, key findings,
 * recommendations: plain paragraphs separated by blank lines, lines starting "- " are list
 * items). Empty strings mean "none".
 */
export type CollectionBriefing = Readonly<Record<CollectionBriefingField, string>> & {
  /** When any of it last changed (ISO 8601): on import the newer text of a field wins. */
  readonly modifiedAt: string;
};

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
  /**
   * The briefing's argument and cover details; absent until the analyst writes some (rows
   * stored before it existed have none: it is not indexed, so no schema version was needed).
   */
  readonly briefing?: CollectionBriefing;
}
