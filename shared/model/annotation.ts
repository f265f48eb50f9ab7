/**
 * Annotations: a passage of a document, tagged with rights and carrying an optional note.
 * Passages are identified the way the W3C Web Annotation Data Model does, so they survive
 * changes to the document and can be shared with other tools.
 */

/** The exact passage with a little context on each side (W3C TextQuoteSelector). */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** Start and end offsets over the document's plain text (W3C TextPositionSelector), end exclusive. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** The pair of selectors that identifies one passage: what is stored, shared and re-anchored. */
export interface PassageSelectors {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
}

/**
 * How the stored position relates to the current text of the document:
 * - `anchored`: found where it was made (or confirmed by the analyst);
 * - `reanchored`: moved or fuzzily matched after the document changed, awaiting confirmation;
 * - `orphaned`: not found in the current text; kept with its quote and note.
 */
export type AnchorStatus = 'anchored' | 'reanchored' | 'orphaned';

export interface Annotation {
  readonly id: string;
  readonly docId: string;
  /** Index of the block the passage starts in (for "¶ n" citations). */
  readonly blockIndex: number;
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
  readonly rightIds: readonly string[];
  /** Plain text; may contain line breaks. Empty when there is no note. */
  readonly note: string;
  readonly author: string;
  readonly createdAt: string;
  readonly modifiedAt: string;
  readonly status: AnchorStatus;
  /** Set when deleted; the row stays so the delete can be undone. */
  readonly deletedAt: string | null;
  /**
   * Set on excerpts that came from a shared collection file: which file, and when it was
   * imported. Absent on the analyst's own excerpts (and on every row written before imports).
   */
  readonly origin?: AnnotationOrigin;
  /**
   * Set on an imported excerpt that conflicts with one of ours: the id of ours. Both are kept
   * until the analyst chooses.
   */
  readonly conflictOf?: string;
  /**
   * The analyst keeps the note to themselves: no export carries it, whatever its switches say.
   * Backups keep it (they are the analyst's own). Absent means shareable.
   */
  readonly privateNote?: boolean;
  /** The analyst keeps the whole excerpt to themselves: no export carries it. */
  readonly privateExcerpt?: boolean;
}

/** Where an imported excerpt came from. */
export interface AnnotationOrigin {
  /** The name of the file it was imported from. */
  readonly fileName: string;
  /** When it was imported (ISO 8601). */
  readonly importedAt: string;
}
