/**
 * The library's wording index: winnowed fingerprints of every passage (see fingerprints.ts),
 * held as sorted typed arrays so 200,000 paragraphs fit in tens of megabytes. Documents are added
 * as segments and merged as they accumulate; deleted documents are dropped at the next merge and
 * skipped until then. Queries hash every shingle of the quote and count, per passage, how many
 * of them its fingerprints hold: the candidates that local alignment then scores.
 */
import { shingleHashes, winnow } from './fingerprints';
import { wordsOf } from './words';

/** A passage of the library: a block of a document. */
export interface PassageKey {
  readonly docId: string;
  /** The block's index in its document. */
  readonly index: number;
}

/** A passage's fingerprints, as stored so the index can be rebuilt without re-reading text. */
export interface PassageFingerprints {
  readonly index: number;
  /** 32-bit hashes (a stored row's typed array, or a fresh list). */
  readonly fingerprints: ArrayLike<number>;
}

/** A passage sharing wording with a query, before alignment. */
export interface Candidate extends PassageKey {
  /** Distinct shingles of the query found among the passage's fingerprints. */
  readonly hits: number;
}

/** Keys pack a fingerprint and a passage's place in its segment: hash × 2^21 + place. */
const PLACE_BITS = 2 ** 21;
/** Segments merge into one when there are more than this many (each query visits them all). */
const MAX_SEGMENTS = 8;
/**
 * A shingle found in more passages than this ("of the human", "rights and fundamental") says
 * little about where a formula comes from; it is skipped unless the quote has nothing rarer.
 */
const COMMON_SHINGLE = 2_000;

interface Segment {
  readonly passages: PassageKey[];
  readonly keys: Float64Array;
}

/** The fingerprints of each block of a document, for `WordingIndex.add` and for storage. */
export function fingerprintBlocks(
  blocks: readonly { readonly text: string }[],
): PassageFingerprints[] {
  return blocks.map((block, index) => ({
    index,
    fingerprints: winnow(shingleHashes(wordsOf(block.text).map((word) => word.folded))),
  }));
}

function lowerBound(keys: Float64Array, target: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Wording fingerprints of the whole library, queried by quote. */
export class WordingIndex {
  #segments: Segment[] = [];
  readonly #removed = new Set<string>();
  readonly #documents = new Set<string>();

  /** Documents currently indexed. */
  get documentCount(): number {
    return this.#documents.size;
  }

  /** True when the document's passages are in the index. */
  has(docId: string): boolean {
    return this.#documents.has(docId);
  }

  /** Adds documents with their blocks' fingerprints; a document already indexed is replaced. */
  add(documents: readonly { docId: string; passages: readonly PassageFingerprints[] }[]): void {
    for (const { docId } of documents) {
      if (this.#documents.has(docId)) this.remove(docId);
    }
    // A document coming back must not meet its old passages: drop them first.
    if (documents.some(({ docId }) => this.#removed.has(docId))) this.#merge();
    const passages: PassageKey[] = [];
    let count = 0;
    for (const document of documents) {
      for (const passage of document.passages) count += passage.fingerprints.length;
    }
    const keys = new Float64Array(count);
    let at = 0;
    for (const document of documents) {
      this.#removed.delete(document.docId);
      this.#documents.add(document.docId);
      for (const passage of document.passages) {
        const place = passages.length;
        if (place >= PLACE_BITS)
          throw new Error('Too many passages in one batch for the wording index');
        passages.push({ docId: document.docId, index: passage.index });
        const { fingerprints } = passage;
        for (let i = 0; i < fingerprints.length; i += 1)
          keys[at++] = (fingerprints[i] ?? 0) * PLACE_BITS + place;
      }
    }
    keys.sort();
    this.#segments.push({ passages, keys });
    if (this.#segments.length > MAX_SEGMENTS) this.#merge();
  }

  /** Drops a document (deleted from the library); its passages are never returned again. */
  remove(docId: string): void {
    if (!this.#documents.delete(docId)) return;
    this.#removed.add(docId);
  }

  /** Rewrites all segments as one, leaving out removed documents' passages. */
  #merge(): void {
    const passages: PassageKey[] = [];
    const parts: number[][] = [];
    let count = 0;
    for (const segment of this.#segments) {
      const places = segment.passages.map((passage) => {
        if (this.#removed.has(passage.docId)) return -1;
        passages.push(passage);
        return passages.length - 1;
      });
      const kept: number[] = [];
      for (const key of segment.keys) {
        const place = places[key % PLACE_BITS] ?? -1;
        if (place >= 0) kept.push(Math.floor(key / PLACE_BITS) * PLACE_BITS + place);
      }
      parts.push(kept);
      count += kept.length;
    }
    const keys = new Float64Array(count);
    let at = 0;
    for (const part of parts) {
      keys.set(part, at);
      at += part.length;
    }
    keys.sort();
    this.#segments = [{ passages, keys }];
    this.#removed.clear();
  }

  /** Approximate bytes the index holds (its key arrays and passage list). */
  get byteSize(): number {
    let bytes = 0;
    for (const segment of this.#segments)
      bytes += segment.keys.byteLength + segment.passages.length * 48;
    return bytes;
  }

  /**
   * Passages that share wording with `quote`, most shared shingles first, at most `limit`.
   * Shingles too common to point anywhere are skipped while rarer ones remain.
   */
  candidates(quote: string, limit: number): Candidate[] {
    const hashes = [...new Set(shingleHashes(wordsOf(quote).map((word) => word.folded)))];
    const postings: { hash: number; ranges: [Segment, number, number][]; size: number }[] = [];
    for (const hash of hashes) {
      const ranges: [Segment, number, number][] = [];
      let size = 0;
      for (const segment of this.#segments) {
        const from = lowerBound(segment.keys, hash * PLACE_BITS);
        const to = lowerBound(segment.keys, (hash + 1) * PLACE_BITS);
        if (to > from) {
          ranges.push([segment, from, to]);
          size += to - from;
        }
      }
      if (size > 0) postings.push({ hash, ranges, size });
    }
    const rare = postings.filter((posting) => posting.size <= COMMON_SHINGLE);
    const used = rare.length > 0 ? rare : postings;
    const hits = new Map<PassageKey, number>();
    for (const posting of used) {
      for (const [segment, from, to] of posting.ranges) {
        for (let at = from; at < to; at += 1) {
          const passage = segment.passages[(segment.keys[at] ?? 0) % PLACE_BITS];
          if (passage === undefined || this.#removed.has(passage.docId)) continue;
          hits.set(passage, (hits.get(passage) ?? 0) + 1);
        }
      }
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([passage, count]) => ({ docId: passage.docId, index: passage.index, hits: count }));
  }
}
