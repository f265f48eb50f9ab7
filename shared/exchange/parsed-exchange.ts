/**
 * What every readable file becomes: one shape for excerpts, documents and rights, whichever
 * format they came in (ours, W3C Web Annotation or Hypothesis). Merge planning reads only this.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model/annotation';
import type { ParsedBlock } from '../model/document';

/** The formats `parseCollectionFile` reads. */
export type ExchangeFormat = 'rightsmark' | 'w3c' | 'hypothesis';

/** How an excerpt names its document; the best available is used to find it in the library. */
export interface DocumentRef {
  /** SHA-256 (lowercase hex) of the plain text: our files, and `urn:sha256:` targets. */
  readonly contentHash: string | null;
  /** The page or file the annotation was made on (W3C `source`, Hypothesis `uri`). */
  readonly uri: string | null;
  readonly title: string | null;
}

/** A right named by an excerpt: by our id when the file has one, always by name. */
export interface IncomingRightRef {
  readonly id: string | null;
  readonly name: string;
}

/** One excerpt as read from a file. */
export interface IncomingExcerpt {
  /**
   * The id it has (or gets) in a library: our own ids come back as they were; a foreign id is
   * turned into a UUID derived from it, so the same annotation is recognised on every import.
   */
  readonly id: string;
  /** The id as written in the file ('' when it had none). */
  readonly externalId: string;
  readonly docRef: DocumentRef;
  /** The quote with its context ('' when the file gave none). */
  readonly quote: TextQuoteSelector;
  /** The position in UTF-16 code units over the plain text, when the file gave one. */
  readonly position: TextPositionSelector | null;
  readonly rights: readonly IncomingRightRef[];
  /** The analyst's note; null when the file left notes out (so "no note" is not a change). */
  readonly note: string | null;
  /** The collection's comment on this excerpt ('' when none). */
  readonly comment: string;
  readonly creator: string | null;
  readonly created: string | null;
  readonly modified: string | null;
}

/** A source document as described by a file, with its text when the file carries it. */
export interface IncomingDocument {
  readonly contentHash: string | null;
  readonly uri: string | null;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly year: number | null;
  readonly kind: string | null;
  readonly language: string | null;
  readonly sourceName: string | null;
  /** UTF-16 code units of the plain text, when known. */
  readonly textLength: number | null;
  /** The reading blocks, when the file carries the text (joined by "\n\n" = the plain text). */
  readonly blocks: readonly ParsedBlock[] | null;
}

/** A right as described by a file (ours give everything; tags give only a name). */
export interface IncomingRight {
  readonly id: string | null;
  readonly name: string;
  readonly description: string | null;
  readonly legalBasis: string | null;
  readonly color: string | null;
}

/**
 * A note on a whole document rather than on a passage (a Hypothesis page note, a W3C annotation
 * whose target is only a source): kept with the document, never turned into an excerpt.
 */
export interface IncomingDocumentNote {
  /** A UUID derived from the file's id, so importing the same file twice adds it once. */
  readonly id: string;
  readonly externalId: string;
  readonly docRef: DocumentRef;
  /** The note's text, with any replies to it appended (see `appendReplies`). */
  readonly text: string;
  readonly tags: readonly string[];
  readonly creator: string | null;
  readonly created: string | null;
  readonly modified: string | null;
}

/** Something in the file that was read but cannot become an excerpt, and why. */
export interface SkippedEntry {
  /** Where in the file, e.g. `annotations[4]`. */
  readonly path: string;
  readonly reason: string;
}

/** The analyst's argument and cover details a collection file may carry for its briefing. */
export interface IncomingBriefingArgument {
  readonly documentType?: string;
  readonly reference?: string;
  readonly cutOffDate?: string;
  /** Plain paragraphs; lines starting "- " are list items. */
  readonly summary?: string;
  readonly findings?: string;
  readonly recommendations?: string;
  /** When the analyst last changed any of it (ISO 8601): on import the newer text wins. */
  readonly modified?: string;
}

/** A file read and checked, ready for `planMerge`. */
export interface ParsedExchange {
  readonly format: ExchangeFormat;
  readonly fileName: string;
  /** Our collection's id, or the W3C collection's IRI; null when the file is not a collection. */
  readonly collectionId: string | null;
  /** The collection's name (W3C `label`); null when the file has none. */
  readonly name: string | null;
  readonly description: string;
  /** What the file says for a briefing made from it (Rightsmark files only; absent otherwise). */
  readonly briefing?: IncomingBriefingArgument;
  /** In the file's order, which is the collection's order. */
  readonly excerpts: readonly IncomingExcerpt[];
  readonly documents: readonly IncomingDocument[];
  readonly rights: readonly IncomingRight[];
  readonly exportedAt: string | null;
  /** The generator's name, e.g. "Rightsmark 0.1.0". */
  readonly generator: string | null;
  /** Notes on whole documents (page notes), in the file's order. */
  readonly documentNotes: readonly IncomingDocumentNote[];
  /** Entries that are neither excerpts nor document notes (image annotations…), with the reason. */
  readonly skipped: readonly SkippedEntry[];
}
