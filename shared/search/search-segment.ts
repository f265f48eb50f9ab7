/**
 * One piece of the library's search index, as it is stored: the postings of a batch of
 * documents in flat typed arrays (no object per word or per paragraph), so 200,000 paragraphs
 * fit in tens of megabytes, are stored in IndexedDB as a few rows and load again in a blink.
 * A segment never changes once built; documents deleted or replaced since are masked by the
 * index that holds it, and segments are merged (dropping what is masked) to stay few.
 */
import { fold } from './fold';
import { wordTokens } from './tokenize';

/** What the index keeps of a document. */
export interface IndexedDocument {
  readonly id: string;
  readonly title: string;
  readonly kind: string | null;
  readonly year: number | null;
  /** The document's version: a new version means new blocks to index. */
  readonly version: number;
}

/** What the index keeps of a block. */
export interface IndexedBlock {
  readonly index: number;
  /** Offset of the block in the document's plain text (for the right filter). */
  readonly start: number;
  readonly text: string;
}

/** A document with the blocks to index. */
export interface DocumentToIndex {
  readonly meta: IndexedDocument;
  readonly blocks: readonly IndexedBlock[];
}

/** A document in a segment: its details and where its blocks are. */
export interface SegmentDocument extends IndexedDocument {
  /** Its first block's number in the segment; its blocks follow in order. */
  readonly firstBlock: number;
  readonly blockCount: number;
  /** Distinct words of the title (the title field's length, as BM25 counts it). */
  readonly titleLength: number;
}

/**
 * A built segment. Words are folded and sorted (UTF-16 order) and joined by a line feed, which
 * no word contains; the postings of word w are entries postingsAt[w] to postingsAt[w + 1].
 */
export interface SearchSegment {
  /** SEGMENT_FORMAT when built; a stored segment of another format is not read. */
  readonly format: number;
  readonly documents: readonly SegmentDocument[];
  /** Per block: its index in its document, its offsets in the document's text, its document. */
  readonly blockIndex: Uint32Array;
  readonly blockStart: Uint32Array;
  readonly blockEnd: Uint32Array;
  readonly blockDocument: Uint32Array;
  /** Per block: distinct words as written (the text field's length, as BM25 counts it). */
  readonly blockLength: Uint32Array;
  /** The text's words, folded, sorted, joined by "\n". */
  readonly terms: string;
  readonly postingsAt: Uint32Array;
  readonly postingBlocks: Uint32Array;
  readonly postingCounts: Uint16Array;
  /**
   * Where each word occurs in each of its blocks (word positions, for phrases): per posting,
   * its count of positions as variable-length deltas, bytes positionsAt[w] to positionsAt[w + 1].
   */
  readonly positionsAt: Uint32Array;
  readonly positions: Uint8Array;
  /** The titles' words, folded, sorted, joined by "\n"; their postings list documents. */
  readonly titleTerms: string;
  readonly titlePostingsAt: Uint32Array;
  readonly titleDocuments: Uint32Array;
  readonly titleCounts: Uint16Array;
}

/**
 * A word's count in one block (and in one title) is stored in 16 bits: occurrences past the
 * 65,535th in one paragraph are neither counted nor placed (no real paragraph has so many).
 */
const MAX_COUNT = 0xffff;
const TERM_SEPARATOR = '\n';
/** The layout above; raised when it changes, so a stored index of the old layout is rebuilt. */
export const SEGMENT_FORMAT = 1;

/** The words of a segment's text or titles as an array (for binary search). */
export function splitTerms(joined: string): string[] {
  return joined === '' ? [] : joined.split(TERM_SEPARATOR);
}

/** Index of `term` in sorted `terms`, or -1. */
export function findTerm(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const value = terms[mid]!;
    if (value === term) return mid;
    if (value < term) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Distinct words as written: the field length MiniSearch's BM25 used, kept for its ranking. */
function distinctWords(tokens: readonly { readonly text: string }[]): number {
  return new Set(tokens.map((t) => t.text)).size;
}

/** Appends n as a variable-length unsigned integer (7 bits per byte, high bit: more follow). */
function pushVarint(bytes: number[], n: number): void {
  let value = n;
  while (value >= 0x80) {
    bytes.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  bytes.push(value);
}

/** Reads variable-length integers from a byte array, from a cursor that moves on. */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
  ) {}

  next(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }

  /** Skips `count` integers. */
  skip(count: number): void {
    for (let i = 0; i < count; i += 1) {
      while (this.bytes[this.at++]! >= 0x80);
    }
  }
}

interface TextPosting {
  blocks: number[];
  counts: number[];
  positions: number[];
  lastPosition: number;
}

/** Builds a segment of the given documents (their blocks in order). */
export function buildSegment(documents: readonly DocumentToIndex[]): SearchSegment {
  const segmentDocuments: SegmentDocument[] = [];
  const blockIndex: number[] = [];
  const blockStart: number[] = [];
  const blockEnd: number[] = [];
  const blockDocument: number[] = [];
  const blockLength: number[] = [];
  const text = new Map<string, TextPosting>();
  const titles = new Map<string, { documents: number[]; counts: number[] }>();

  documents.forEach(({ meta, blocks }, ordinal) => {
    const titleTokens = wordTokens(meta.title);
    for (const token of titleTokens) {
      const term = fold(token.text);
      if (!term) continue;
      let entry = titles.get(term);
      if (!entry) titles.set(term, (entry = { documents: [], counts: [] }));
      const last = entry.documents.length - 1;
      if (entry.documents[last] === ordinal) entry.counts[last] = entry.counts[last]! + 1;
      else {
        entry.documents.push(ordinal);
        entry.counts.push(1);
      }
    }
    segmentDocuments.push({
      id: meta.id,
      title: meta.title,
      kind: meta.kind,
      year: meta.year,
      version: meta.version,
      firstBlock: blockIndex.length,
      blockCount: blocks.length,
      titleLength: distinctWords(titleTokens),
    });

    for (const block of blocks) {
      const number = blockIndex.length;
      blockIndex.push(block.index);
      blockStart.push(block.start);
      blockEnd.push(block.start + block.text.length);
      blockDocument.push(ordinal);
      const tokens = wordTokens(block.text);
      blockLength.push(distinctWords(tokens));
      tokens.forEach((token, position) => {
        const term = fold(token.text);
        if (!term) return;
        let entry = text.get(term);
        if (!entry) {
          entry = { blocks: [], counts: [], positions: [], lastPosition: 0 };
          text.set(term, entry);
        }
        const last = entry.blocks.length - 1;
        if (entry.blocks[last] === number) {
          // Past the 16-bit count, further occurrences in the block are not recorded.
          if (entry.counts[last]! >= MAX_COUNT) return;
          entry.counts[last] = entry.counts[last]! + 1;
          pushVarint(entry.positions, position - entry.lastPosition);
        } else {
          entry.blocks.push(number);
          entry.counts.push(1);
          pushVarint(entry.positions, position);
        }
        entry.lastPosition = position;
      });
    }
  });

  const terms = [...text.keys()].sort();
  let postingTotal = 0;
  let positionTotal = 0;
  for (const term of terms) {
    const entry = text.get(term)!;
    postingTotal += entry.blocks.length;
    positionTotal += entry.positions.length;
  }
  const postingsAt = new Uint32Array(terms.length + 1);
  const positionsAt = new Uint32Array(terms.length + 1);
  const postingBlocks = new Uint32Array(postingTotal);
  const postingCounts = new Uint16Array(postingTotal);
  const positions = new Uint8Array(positionTotal);
  let p = 0;
  let q = 0;
  terms.forEach((term, t) => {
    const entry = text.get(term)!;
    postingsAt[t] = p;
    positionsAt[t] = q;
    for (let i = 0; i < entry.blocks.length; i += 1) {
      postingBlocks[p] = entry.blocks[i]!;
      postingCounts[p] = entry.counts[i]!;
      p += 1;
    }
    positions.set(entry.positions, q);
    q += entry.positions.length;
  });
  postingsAt[terms.length] = p;
  positionsAt[terms.length] = q;

  const titleTerms = [...titles.keys()].sort();
  const titlePostingsAt = new Uint32Array(titleTerms.length + 1);
  const titleTotal = titleTerms.reduce((n, term) => n + titles.get(term)!.documents.length, 0);
  const titleDocuments = new Uint32Array(titleTotal);
  const titleCounts = new Uint16Array(titleTotal);
  let r = 0;
  titleTerms.forEach((term, t) => {
    const entry = titles.get(term)!;
    titlePostingsAt[t] = r;
    for (let i = 0; i < entry.documents.length; i += 1) {
      titleDocuments[r] = entry.documents[i]!;
      titleCounts[r] = Math.min(MAX_COUNT, entry.counts[i]!);
      r += 1;
    }
  });
  titlePostingsAt[titleTerms.length] = r;

  return {
    format: SEGMENT_FORMAT,
    documents: segmentDocuments,
    blockIndex: Uint32Array.from(blockIndex),
    blockStart: Uint32Array.from(blockStart),
    blockEnd: Uint32Array.from(blockEnd),
    blockDocument: Uint32Array.from(blockDocument),
    blockLength: Uint32Array.from(blockLength),
    terms: terms.join(TERM_SEPARATOR),
    postingsAt,
    postingBlocks,
    postingCounts,
    positionsAt,
    positions,
    titleTerms: titleTerms.join(TERM_SEPARATOR),
    titlePostingsAt,
    titleDocuments,
    titleCounts,
  };
}

/** A segment to merge, with its words split and which of its documents to keep. */
export interface MergePart {
  readonly segment: SearchSegment;
  readonly terms: readonly string[];
  readonly titleTerms: readonly string[];
  readonly keep: (documentOrdinal: number) => boolean;
}

/** Growable typed output for merging. */
class Grow<T extends Uint8Array | Uint16Array | Uint32Array> {
  length = 0;
  constructor(
    public array: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.array.length) this.reserve(1);
    this.array[this.length++] = value;
  }
  pushRange(
    source: { subarray(from: number, to: number): ArrayLike<number> },
    from: number,
    to: number,
  ): void {
    this.reserve(to - from);
    this.array.set(source.subarray(from, to), this.length);
    this.length += to - from;
  }
  private reserve(extra: number): void {
    if (this.length + extra <= this.array.length) return;
    const next = this.make(Math.max(this.array.length * 2, this.length + extra, 16));
    next.set(this.array.subarray(0, this.length));
    this.array = next;
  }
  done(): T {
    return this.array.slice(0, this.length) as T;
  }
}

/**
 * Merges segments into one, keeping only the documents each part keeps, without reading any
 * text again: postings are copied with their blocks renumbered.
 */
export function mergeSegments(parts: readonly MergePart[]): SearchSegment {
  const documents: SegmentDocument[] = [];
  const blockMaps: Int32Array[] = [];
  const documentMaps: Int32Array[] = [];
  const blockIndex: number[] = [];
  const blockStart: number[] = [];
  const blockEnd: number[] = [];
  const blockDocument: number[] = [];
  const blockLength: number[] = [];
  for (const part of parts) {
    const { segment } = part;
    const blockMap = new Int32Array(segment.blockIndex.length).fill(-1);
    const documentMap = new Int32Array(segment.documents.length).fill(-1);
    segment.documents.forEach((doc, ordinal) => {
      if (!part.keep(ordinal)) return;
      documentMap[ordinal] = documents.length;
      documents.push({ ...doc, firstBlock: blockIndex.length });
      for (let b = doc.firstBlock; b < doc.firstBlock + doc.blockCount; b += 1) {
        blockMap[b] = blockIndex.length;
        blockIndex.push(segment.blockIndex[b]!);
        blockStart.push(segment.blockStart[b]!);
        blockEnd.push(segment.blockEnd[b]!);
        blockDocument.push(documents.length - 1);
        blockLength.push(segment.blockLength[b]!);
      }
    });
    blockMaps.push(blockMap);
    documentMaps.push(documentMap);
  }

  const text = mergeField(
    parts,
    (part) => part.terms,
    (part, i) => ({
      postingsAt: part.segment.postingsAt,
      ids: part.segment.postingBlocks,
      counts: part.segment.postingCounts,
      map: blockMaps[i]!,
      positionsAt: part.segment.positionsAt,
      positions: part.segment.positions,
    }),
  );
  const title = mergeField(
    parts,
    (part) => part.titleTerms,
    (part, i) => ({
      postingsAt: part.segment.titlePostingsAt,
      ids: part.segment.titleDocuments,
      counts: part.segment.titleCounts,
      map: documentMaps[i]!,
      positionsAt: null,
      positions: null,
    }),
  );

  return {
    format: SEGMENT_FORMAT,
    documents,
    blockIndex: Uint32Array.from(blockIndex),
    blockStart: Uint32Array.from(blockStart),
    blockEnd: Uint32Array.from(blockEnd),
    blockDocument: Uint32Array.from(blockDocument),
    blockLength: Uint32Array.from(blockLength),
    terms: text.terms.join(TERM_SEPARATOR),
    postingsAt: text.postingsAt,
    postingBlocks: text.ids,
    postingCounts: text.counts,
    positionsAt: text.positionsAt,
    positions: text.positions,
    titleTerms: title.terms.join(TERM_SEPARATOR),
    titlePostingsAt: title.postingsAt,
    titleDocuments: title.ids,
    titleCounts: title.counts,
  };
}

interface FieldSource {
  readonly postingsAt: Uint32Array;
  readonly ids: Uint32Array;
  readonly counts: Uint16Array;
  /** Old id → new id, or -1 when dropped. */
  readonly map: Int32Array;
  readonly positionsAt: Uint32Array | null;
  readonly positions: Uint8Array | null;
}

/** Merges one field's postings (text or titles) of several parts, words in sorted order. */
function mergeField(
  parts: readonly MergePart[],
  termsOf: (part: MergePart) => readonly string[],
  sourceOf: (part: MergePart, i: number) => FieldSource,
) {
  const sources = parts.map(sourceOf);
  const partTerms = parts.map(termsOf);
  const all = new Set<string>();
  for (const terms of partTerms) for (const term of terms) all.add(term);
  const terms = [...all].sort();
  const cursors = new Array<number>(parts.length).fill(0);
  const kept: string[] = [];
  const postingsAt: number[] = [];
  const positionsAt: number[] = [];
  const ids = new Grow(new Uint32Array(1024), (n) => new Uint32Array(n));
  const counts = new Grow(new Uint16Array(1024), (n) => new Uint16Array(n));
  const positions = new Grow(new Uint8Array(4096), (n) => new Uint8Array(n));
  for (const term of terms) {
    const startIds = ids.length;
    const startPositions = positions.length;
    for (let i = 0; i < parts.length; i += 1) {
      const list = partTerms[i]!;
      let c = cursors[i]!;
      while (c < list.length && list[c]! < term) c += 1;
      cursors[i] = c;
      if (list[c] !== term) continue;
      const source = sources[i]!;
      const reader = source.positions
        ? new VarintReader(source.positions, source.positionsAt![c]!)
        : null;
      for (let p = source.postingsAt[c]!; p < source.postingsAt[c + 1]!; p += 1) {
        const mapped = source.map[source.ids[p]!]!;
        const count = source.counts[p]!;
        const from = reader?.at ?? 0;
        reader?.skip(count);
        if (mapped < 0) continue;
        ids.push(mapped);
        counts.push(count);
        if (reader) positions.pushRange(source.positions!, from, reader.at);
      }
    }
    if (ids.length === startIds) continue;
    kept.push(term);
    postingsAt.push(startIds);
    positionsAt.push(startPositions);
  }
  postingsAt.push(ids.length);
  positionsAt.push(positions.length);
  return {
    terms: kept,
    postingsAt: Uint32Array.from(postingsAt),
    ids: ids.done(),
    counts: counts.done(),
    positionsAt: Uint32Array.from(positionsAt),
    positions: positions.done(),
  };
}
