/**
 * The one way a passage is cited, on every surface (reader, excerpt lists, collections,
 * exports, briefings, the CLI): by the document's own numbering, as a range when the passage
 * spans several paragraphs ("Art. 19(2)–(3)", "OP 5–7", "paras. 23–25"), else by counting
 * paragraphs ("¶ 14", "¶¶ 14–16"), with the source's pages beside it ("p. 4", "pp. 4–5").
 */
import type { BlockKind } from '../model/document';
import { blockIndexAt, type BlockSpan } from '../anchoring/block-of';
import { refWithin } from './ref-query';
import { formatRef, formatRefRange, type StructuralRef } from './structural-ref';

/** What a citation needs of a block. */
export interface CitableBlock {
  readonly kind: BlockKind;
  /** The block's text, to tell navigation lines from paragraphs; without it all are counted. */
  readonly text?: string;
  readonly ref?: StructuralRef;
  /** 1-based page in the source PDF. */
  readonly page?: number;
}

/** Where a passage is: its place in the document and, for PDFs, its pages. */
export interface PassageCitation {
  /** "Art. 19(3)", "OP 5–7", "¶ 14", "¶¶ 14–16"; null only for a document without blocks. */
  readonly place: string | null;
  /** "p. 4" or "pp. 4–5" for passages of an imported PDF; null otherwise. */
  readonly pages: string | null;
  /** True when `place` is the document's own numbering, false when it counts paragraphs. */
  readonly own: boolean;
}

/**
 * Lines of a web page or contents list that are not the text's paragraphs: a few words with no
 * sentence punctuation at the end (a comma counts: "The Human Rights Council," opens a text) ("Get RSS feed of these results", "Article", "3 January 2020",
 * a contents entry). Six words is longer than such labels run and shorter than a sentence.
 */
const NAVIGATION_MAX_WORDS = 6;
const SENTENCE_END = /[.,!?:;…"'”’»)\]]\s*$/u;

/** True for a short line without sentence punctuation: a label, not a paragraph to count. */
export function isNavigationLine(block: {
  readonly kind: BlockKind;
  readonly text?: string;
}): boolean {
  if (block.kind === 'heading') return true;
  if (block.text === undefined || block.kind === 'quote') return false;
  const text = block.text.trim();
  if (text === '' || SENTENCE_END.test(text)) return false;
  return text.split(/\s+/u).length <= NAVIGATION_MAX_WORDS;
}

/**
 * ¶ numbers as analysts count them: paragraphs, list items and quotations from 1, in reading
 * order; headings and navigation lines (see `isNavigationLine`; judged only when the block's
 * text is given) are not counted and get null.
 */
export function paragraphNumbers(
  blocks: readonly { readonly kind: BlockKind; readonly text?: string }[],
): (number | null)[] {
  let count = 0;
  return blocks.map((block) => (isNavigationLine(block) ? null : (count += 1)));
}

/** "¶ 14" or "¶¶ 14–16". */
function paragraphRange(first: number, last: number): string {
  return first === last ? `¶ ${first}` : `¶¶ ${first}–${last}`;
}

/** The citation as one line: "OP 5, p. 7", "¶ 14", "pp. 4–5" (or "" when nothing is known). */
export function citationLabel(citation: PassageCitation): string {
  return [citation.place, citation.pages].filter((part) => part !== null).join(', ');
}

/** Cites passages of one document; build it once per document and ask it for each passage. */
export interface DocumentCiter {
  /** The passage over blocks `first`…`last` (block indexes, both included). */
  blocks(first: number, last?: number): PassageCitation;
  /** The passage over [start, end) of the document's plain text. */
  passage(position: { readonly start: number; readonly end: number }): PassageCitation;
  /** A block's ¶ number, or null for a heading. */
  paragraph(index: number): number | null;
  /** A block's label in the margin: its own reference ("OP 5"), else "¶ n", else null. */
  marginLabel(index: number): string | null;
}

/**
 * A citer over a document's blocks in order. `passage` needs each block's place in the plain
 * text (`start` and `text` or `length`); `blocks` and `paragraph` work without.
 */
export function documentCiter(
  blocks: readonly (CitableBlock & Partial<BlockSpan>)[],
): DocumentCiter {
  const numbers = paragraphNumbers(blocks);
  const clamp = (index: number) => Math.min(Math.max(index, 0), blocks.length - 1);

  function place(first: number, last: number): { place: string | null; own: boolean } {
    // The document's own numbering, from the first to the last numbered block of the passage.
    let from: StructuralRef | undefined;
    let to: StructuralRef | undefined;
    for (let index = first; index <= last; index += 1) {
      const ref = blocks[index]?.ref;
      if (ref === undefined || ref.unit === 'page') continue;
      from ??= ref;
      to = ref;
    }
    if (from !== undefined && to !== undefined) {
      // A passage from "Article 19" into its paragraph 3 is all of Art. 19.
      return { place: refWithin(to, from) ? formatRef(from) : formatRefRange(from, to), own: true };
    }
    // Else count paragraphs. A passage of headings only is cited by the paragraph the heading
    // introduces (or, at the end of a document, the last one before it).
    const counted = numbers.slice(first, last + 1).filter((n): n is number => n !== null);
    const low = counted[0];
    const high = counted.at(-1);
    if (low !== undefined && high !== undefined) {
      return { place: paragraphRange(low, high), own: false };
    }
    const after = numbers.slice(last + 1).find((n) => n !== null);
    const before = numbers.slice(0, first).findLast((n) => n !== null);
    const near = after ?? before;
    return {
      place: near === undefined || near === null ? null : paragraphRange(near, near),
      own: false,
    };
  }

  function pages(first: number, last: number): string | null {
    let low = Infinity;
    let high = -Infinity;
    for (let index = first; index <= last; index += 1) {
      const page = blocks[index]?.page;
      if (page === undefined) continue;
      low = Math.min(low, page);
      high = Math.max(high, page);
    }
    if (low === Infinity) return null;
    return formatRefRange(
      { unit: 'page', path: [String(low)] },
      { unit: 'page', path: [String(high)] },
    );
  }

  function citeBlocks(first: number, last = first): PassageCitation {
    if (blocks.length === 0) return { place: null, pages: null, own: false };
    const a = clamp(Math.min(first, last));
    const b = clamp(Math.max(first, last));
    return { ...place(a, b), pages: pages(a, b) };
  }

  let spans: readonly BlockSpan[] | undefined;
  function spansOf(): readonly BlockSpan[] {
    spans ??= blocks.map((block) => {
      if (block.start === undefined) throw new Error('documentCiter: blocks lack positions');
      return 'text' in block && block.text !== undefined
        ? { start: block.start, text: block.text }
        : { start: block.start, length: 'length' in block ? (block.length ?? 0) : 0 };
    });
    return spans;
  }

  return {
    blocks: citeBlocks,
    passage({ start, end }) {
      const spans = spansOf();
      const first = blockIndexAt(spans, start);
      // End is exclusive: the passage's last character decides its last block.
      const last = blockIndexAt(spans, Math.max(start, end - 1));
      return citeBlocks(first === -1 ? 0 : first, last === -1 ? (first === -1 ? 0 : first) : last);
    },
    paragraph: (index) => numbers[index] ?? null,
    marginLabel(index) {
      const ref = blocks[index]?.ref;
      if (ref !== undefined && ref.unit !== 'page') return formatRef(ref);
      const number = numbers[index];
      return number === undefined || number === null ? null : `¶ ${number}`;
    },
  };
}

/** The citation of one passage of a document (a shortcut for a single use of `documentCiter`). */
export function citePassage(
  blocks: readonly (CitableBlock & Partial<BlockSpan>)[],
  first: number,
  last: number = first,
): PassageCitation {
  return documentCiter(blocks).blocks(first, last);
}
