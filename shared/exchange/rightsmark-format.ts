/**
 * The `.rightsmark.json` sharing format: a W3C Web Annotation `AnnotationCollection` whose
 * annotations are the excerpts, with what the receiver needs besides (rights, source documents
 * and their texts, collection details) under one `rightsmark` member. Described for people in
 * docs/collection-format.md and for machines in docs/schema/rightsmark-collection.schema.json.
 */
import type { BlockKind } from '../model/document';

/** The W3C Web Annotation JSON-LD context every annotation document starts with. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Our second context entry: defines `rightsmark` as one JSON literal (JSON-LD 1.1 `@json`), so
 * Linked Data tools keep it intact as a value and annotation tools ignore it.
 */
export const RIGHTSMARK_CONTEXT = {
  '@version': 1.1,
  rightsmark: { '@id': 'urn:rightsmark:terms:collection', '@type': '@json' },
} as const;

/** The `rightsmark.format` value that tells our files from other annotation collections. */
export const FORMAT_NAME = 'rightsmark-collection';

/**
 * The format version this code writes and the newest it reads. Adding optional fields keeps the
 * version (readers ignore what they do not know); anything an older reader would misread bumps
 * it, and older readers then refuse the file with a clear message.
 */
export const FORMAT_VERSION = 1;

/** Positions (TextPositionSelector, textLength) count UTF-16 code units of the plain text. */
export const POSITION_UNIT = 'utf16-code-unit';

/** The usual file name ending. */
export const COLLECTION_FILE_EXTENSION = '.rightsmark.json';

/** A W3C TextQuoteSelector as written in a file. */
export interface FileQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** A W3C TextPositionSelector as written in a file (end exclusive). */
export interface FilePositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/**
 * What a textual body means in our files:
 * - `tagging`: one right (value = its name, id = its `urn:rightsmark:right:` IRI);
 * - `commenting`: the analyst's note on the excerpt;
 * - `describing`: the collection's comment on this excerpt (specific to this collection).
 */
export type BodyPurpose = 'tagging' | 'commenting' | 'describing';

export interface FileTextualBody {
  readonly type: 'TextualBody';
  readonly purpose: BodyPurpose;
  readonly value: string;
  readonly id?: string;
  readonly format?: 'text/plain';
}

export interface FilePerson {
  readonly type: 'Person';
  readonly name: string;
}

/** One excerpt. */
export interface FileAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'highlighting';
  readonly created: string;
  readonly modified: string;
  readonly creator?: FilePerson;
  readonly body?: readonly FileTextualBody[];
  readonly target: {
    /** `urn:sha256:<contentHash>` of the document's plain text. */
    readonly source: string;
    /** The quote, then (unless the excerpt was orphaned when exported) the position. */
    readonly selector: readonly (FileQuoteSelector | FilePositionSelector)[];
  };
}

/**
 * A note on a whole document (see shared/model/document-note.ts), as a W3C Annotation whose
 * target is the document itself: no selector.
 */
export interface FileDocumentNote {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'commenting';
  readonly created: string;
  readonly modified: string;
  readonly creator?: FilePerson;
  /** The note (`commenting`), then its labels from another tool (`tagging`). */
  readonly body: readonly FileTextualBody[];
  /**
   * `urn:sha256:<contentHash>` of the document's plain text: the IRI itself, since a target of
   * only `{ source }` is neither an External Web Resource nor a Specific Resource to W3C tools
   * (the suite's 3.2-targetObjectsRecognized).
   */
  readonly target: string;
}

/** One reading block of a carried document text. */
export interface FileBlock {
  readonly kind: BlockKind;
  readonly level?: number;
  readonly text: string;
  readonly page?: number;
}

/** A source document: its metadata and, when the file carries texts, its blocks. */
export interface FileDocument {
  /** `urn:sha256:<contentHash>`, as annotations' `target.source`. */
  readonly id: string;
  readonly contentHash: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly year: number | null;
  readonly kind: string | null;
  readonly language: string | null;
  readonly sourceName: string;
  /** Length of the plain text in UTF-16 code units. */
  readonly textLength: number;
  /** Present when the file carries texts: joined by `blockSeparator` they are the plain text. */
  readonly blocks?: readonly FileBlock[];
}

export interface FileRight {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly legalBasis: string;
  readonly color: string;
}

/**
 * What a briefing made from the file prints besides the excerpts: only the fields the analyst
 * filled in, and when they last changed any of them.
 */
export interface FileBriefing {
  readonly documentType?: string;
  readonly reference?: string;
  readonly cutOffDate?: string;
  readonly summary?: string;
  readonly findings?: string;
  readonly recommendations?: string;
  readonly modified?: string;
}

/** Everything that is ours, in one member of the collection. */
export interface RightsmarkExtension {
  readonly format: typeof FORMAT_NAME;
  readonly formatVersion: number;
  readonly positionUnit: typeof POSITION_UNIT;
  /** How blocks are joined into the plain text positions count over: `"\n\n"`. */
  readonly blockSeparator: string;
  readonly exportedAt: string;
  /** False when the analysts' notes were left out on export (so absence means nothing). */
  readonly includesNotes: boolean;
  readonly includesSourceTexts: boolean;
  readonly collection: {
    readonly id: string;
    readonly description: string;
    /**
     * The briefing's argument and cover details (`FileBriefing`); absent when the analyst wrote
     * none or the export withheld it.
     */
    readonly briefing?: FileBriefing;
  };
  readonly rights: readonly FileRight[];
  readonly documents: readonly FileDocument[];
  /**
   * Notes on the documents the excerpts quote (absent when there are none, or notes were left
   * out). Kept here rather than among the collection's items, which are its excerpts in order.
   */
  readonly documentNotes?: readonly FileDocumentNote[];
}

/** A whole `.rightsmark.json` file. */
export interface RightsmarkCollectionFile {
  readonly '@context': readonly [typeof ANNO_CONTEXT, typeof RIGHTSMARK_CONTEXT];
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly created: string;
  readonly modified: string;
  readonly generator: { readonly id: string; readonly type: 'Software'; readonly name: string };
  readonly generated: string;
  readonly first: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    /** The excerpts in the collection's order. */
    readonly items: readonly FileAnnotation[];
  };
  readonly rightsmark: RightsmarkExtension;
}
