/**
 * Documents in the library and the blocks (headings, paragraphs, list items) their reading
 * text is made of. A document's plain text is its blocks' texts joined by BLOCK_SEPARATOR;
 * anchoring and exchange formats count positions over exactly that text.
 */
import type { StructuralRef } from '../structure/structural-ref';

/** The kinds of block the reader renders. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote';

/** An inline style over part of a block's text (offsets in UTF-16 code units, end exclusive). */
export interface InlineMark {
  readonly type: 'strong' | 'emphasis' | 'link' | 'footnote-ref';
  readonly start: number;
  readonly end: number;
}

/** One block as parsed from a source, before it belongs to a stored document. */
export interface ParsedBlock {
  readonly kind: BlockKind;
  /** Heading level 1–6; absent for other kinds. */
  readonly level?: number;
  /** The block's plain text: no markup, whitespace collapsed, no line breaks. */
  readonly text: string;
  readonly marks?: readonly InlineMark[];
  /** 1-based page in the source (PDF imports), so citations can say "p. 7". */
  readonly page?: number;
  /**
   * The number or letter an ordered list printed before the item ("3", "b") when it is not part
   * of the text (markdown, HTML and DOCX lists); structure recognition reads it.
   */
  readonly label?: string;
  /** The block's place in the document's own numbering ("Art. 19(3)", "OP 5"), when it has one. */
  readonly ref?: StructuralRef;
}

/** Where a document came from and how it was made. */
export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** Metadata an analyst sees and edits in the library. */
export interface DocumentMeta {
  readonly title: string;
  readonly publisher: string | null;
  readonly year: number | null;
  /** A free-text kind ("declaration", "parliamentary briefing"). */
  readonly kind: string | null;
  /** BCP 47 language tag of the main language, when known. */
  readonly language: string | null;
}

/** A document row in the library. */
export interface LibraryDocument extends DocumentMeta {
  readonly id: string;
  readonly format: DocumentFormat;
  /** The file name it was imported from (or the sample corpus file). */
  readonly sourceName: string;
  /** Size of the source file in bytes. */
  readonly sourceSize: number;
  /** SHA-256 (hex) of the document's plain text; identifies the same content across libraries. */
  readonly contentHash: string;
  /** Length of the plain text in UTF-16 code units. */
  readonly textLength: number;
  /** Words in the plain text (CJK counted per word segment), shown as the document's length. */
  readonly wordCount: number;
  readonly blockCount: number;
  /** Set for documents from the bundled sample library: the corpus file name. */
  readonly sampleKey: string | null;
  /** Increments when a changed version of the document replaces this one. */
  readonly version: number;
  readonly createdAt: string;
  readonly modifiedAt: string;
  /** Set when the analyst deleted it; the row stays until the deletion can no longer be undone. */
  readonly deletedAt: string | null;
}

/**
 * The file a document was imported from, kept so the reader can show its original pages (PDF
 * imports only). Stored apart from the document row, keyed by its id, so listing the library
 * never reads the bytes.
 */
export interface DocumentOriginal {
  readonly docId: string;
  readonly mediaType: 'application/pdf';
  /** The file exactly as imported. */
  readonly bytes: Uint8Array;
  /** The text's content hash the file was read into: a later change of text is detectable. */
  readonly contentHash: string;
  readonly storedAt: string;
}

/** A stored block: a ParsedBlock placed in its document. */
export interface StoredBlock extends ParsedBlock {
  readonly docId: string;
  /** 0-based position in the document; the analyst cites it as "¶ index+1". */
  readonly index: number;
  /** Offset of the block's first character in the document's plain text. */
  readonly start: number;
}

/** Blocks are separated by one blank line in a document's plain text. */
export const BLOCK_SEPARATOR = '\n\n';

/** The citable paragraph number of a block ("¶ 14"). */
export function paragraphNumber(block: Pick<StoredBlock, 'index'>): number {
  return block.index + 1;
}

/** Places parsed blocks in a document: assigns indexes and plain-text offsets. */
export function placeBlocks(docId: string, blocks: readonly ParsedBlock[]): StoredBlock[] {
  let start = 0;
  return blocks.map((block, index) => {
    const stored: StoredBlock = { ...block, docId, index, start };
    start += block.text.length + BLOCK_SEPARATOR.length;
    return stored;
  });
}

/** The document's plain text, over which every position is counted. */
export function documentText(blocks: readonly Pick<ParsedBlock, 'text'>[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Segmenting one very long string is quadratic in Node 20's ICU (100 KB takes seconds), so
 * long text is counted in chunks cut at whitespace, which segments the same way.
 */
const SEGMENT_CHUNK = 4096;

/** Counts words the way a reader would, including Japanese and other unspaced scripts. */
export function countWords(text: string): number {
  let count = 0;
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + SEGMENT_CHUNK);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from) to = space;
    }
    for (const segment of wordSegmenter.segment(text.slice(from, to)))
      if (segment.isWordLike) count += 1;
    from = to;
  }
  return count;
}
