/**
 * The full-text index of the library: one entry per block (paragraph, heading, list item),
 * searchable by its text and its document's title, with our own word splitting and folding.
 * It is a list of segments (search-segment.ts) that the app stores in its database: a restart
 * loads them instead of reading every paragraph again, and an import adds a segment. Ranking is
 * BM25+ over both fields, with exact, prefix and typo matches weighted as MiniSearch weighs
 * them (this index replaced it: see docs/search-index.md). Pure: the renderer feeds it
 * documents and blocks, gives it a way to read a block's text for snippets, and stores the
 * segments it hands back.
 */
import { documentPasses, hasFilters, type SearchFilters } from './filters';
import { findMatches, overlapsAny, shiftRanges, type TextRange } from './matches';
import {
  allowedEdits,
  allowsPrefix,
  boundedDistance,
  characterMask,
  isEmptyQuery,
  maskDistanceBound,
  parseQuery,
  type ParsedQuery,
} from './query';
import {
  buildSegment,
  findTerm,
  mergeSegments,
  SEGMENT_FORMAT,
  splitTerms,
  VarintReader,
  type DocumentToIndex,
  type IndexedBlock,
  type IndexedDocument,
  type SearchSegment,
} from './search-segment';
import { buildSnippet, querySnippet, SNIPPET_LENGTH, type Snippet } from './snippet';

export type { DocumentToIndex, IndexedBlock, IndexedDocument, SearchSegment };

/** One matching block, with its snippet. */
export interface SearchHit {
  readonly docId: string;
  readonly blockIndex: number;
  readonly score: number;
  readonly snippet: Snippet;
}

/** A document's matches: how many blocks match, and the best of them in reading order. */
export interface DocumentResults {
  readonly docId: string;
  readonly title: string;
  /** Matching blocks in this document, shown or not. */
  readonly count: number;
  readonly hits: readonly SearchHit[];
}

export interface SearchResults {
  readonly query: ParsedQuery;
  /** Matching blocks in the whole library. */
  readonly total: number;
  /** Documents with at least one matching block. */
  readonly documentCount: number;
  /** Documents in order of their best match; only those with shown hits. */
  readonly groups: readonly DocumentResults[];
  /** True when some matches are counted but not shown (see MAX_SHOWN_HITS). */
  readonly truncated: boolean;
}

/** Live passages (document-relative ranges) carrying the filtered right, by document id. */
export type PassagesByDocument = ReadonlyMap<string, readonly TextRange[]>;

/** A block named by its document and its index there. */
export interface BlockRef {
  readonly docId: string;
  readonly index: number;
}

/** Reads blocks' texts (for snippets and the right filter); undefined for a block gone. */
export type BlockTexts = (blocks: readonly BlockRef[]) => Promise<readonly (string | undefined)[]>;

/** A segment as stored, under an id that grows with each new segment. */
export interface StoredSegment {
  readonly id: number;
  readonly segment: SearchSegment;
}

/** What to write to storage since the last call: segments added, and ids of those merged away. */
export interface IndexChanges {
  readonly put: readonly StoredSegment[];
  readonly deleted: readonly number[];
}

/** Results shown at most: a screenful of groups is read, thousands of snippets are not. */
export const MAX_SHOWN_HITS = 100;
/** Blocks shown per document at most, so one long document does not fill the list. */
export const MAX_HITS_PER_DOCUMENT = 8;
/**
 * A title match counts for less than a text match: every block of a document carries the
 * title, and the blocks that say the words themselves are the ones worth reading first.
 */
const TITLE_BOOST = 0.3;
/** Weights of a prefix and a typo match against an exact one (MiniSearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** BM25+ parameters (MiniSearch's defaults): saturation, length normalisation, floor. */
const BM25_K = 1.2;
const BM25_B = 0.7;
const BM25_D = 0.5;
/**
 * Segments merge when the older of the last two holds at most this many times the blocks of
 * the newer, so a library of n blocks is held in about log2(n / batch) segments; and a segment
 * is rewritten once fewer than half its blocks are live.
 */
const MERGE_RATIO = 2;
const MIN_LIVE_SHARE = 0.5;
/**
 * Candidates ordered by score at first (four screens of hits, room for documents that reach
 * MAX_HITS_PER_DOCUMENT); more only when these fill too few shown hits.
 */
const FIRST_ORDERED = 4 * MAX_SHOWN_HITS;
/**
 * When at least one block in this many matches, the matches are read off the scores in block
 * order rather than sorted.
 */
const DENSE_SHARE = 8;
/** Query words whose expansions are kept; past this many, all are dropped and kept afresh. */
const MAX_CACHED_EXPANSIONS = 1000;

const EMPTY_QUERY = parseQuery('');

/** A segment in memory: its words split for lookup, and which documents are live. */
class LoadedSegment {
  readonly terms: string[];
  readonly titleTerms: string[];
  readonly documentLive: Uint8Array;
  readonly blockLive: Uint8Array;
  liveBlocks = 0;
  liveTextLength = 0;
  liveTitleLength = 0;
  /**
   * Per-block score accumulators for searching (the query's and one word's), made at the first
   * search and left all zero after each, so a search allocates no array the size of the library.
   */
  private scratch: [Float64Array, Float64Array] | null = null;

  constructor(
    readonly id: number,
    readonly segment: SearchSegment,
    /** The blocks' texts, when the index keeps them itself (no BlockTexts given). */
    readonly texts: readonly string[] | null,
  ) {
    this.terms = splitTerms(segment.terms);
    this.titleTerms = splitTerms(segment.titleTerms);
    this.documentLive = new Uint8Array(segment.documents.length);
    this.blockLive = new Uint8Array(segment.blockIndex.length);
  }

  /** The two zeroed score accumulators (see `scratch`); the caller zeroes them again. */
  accumulators(): [Float64Array, Float64Array] {
    const blocks = this.segment.blockIndex.length;
    this.scratch ??= [new Float64Array(blocks), new Float64Array(blocks)];
    return this.scratch;
  }

  setLive(ordinal: number, live: boolean): void {
    if ((this.documentLive[ordinal] === 1) === live) return;
    const doc = this.segment.documents[ordinal]!;
    const sign = live ? 1 : -1;
    this.documentLive[ordinal] = live ? 1 : 0;
    this.blockLive.fill(live ? 1 : 0, doc.firstBlock, doc.firstBlock + doc.blockCount);
    let textLength = 0;
    for (let b = doc.firstBlock; b < doc.firstBlock + doc.blockCount; b += 1) {
      textLength += this.segment.blockLength[b]!;
    }
    this.liveBlocks += sign * doc.blockCount;
    this.liveTextLength += sign * textLength;
    this.liveTitleLength += sign * doc.titleLength * doc.blockCount;
  }
}

interface Entry {
  readonly segment: LoadedSegment;
  readonly ordinal: number;
}

interface Current extends Entry {
  meta: IndexedDocument;
}

/** A query word and one word of the vocabulary it matches, with the match's weight. */
interface Expansion {
  readonly term: string;
  readonly weight: number;
}

/** A block's text read while searching (the right filter), with where the query matches. */
interface ReadBlock {
  readonly text: string;
  readonly ranges: readonly TextRange[];
  readonly anchor: TextRange;
}

/** The matching blocks of one segment with their scores, in block order. */
interface Matches {
  readonly segment: LoadedSegment;
  /** The segment's place in the index. */
  readonly rank: number;
  readonly blocks: Uint32Array;
  readonly scores: Float64Array;
  readonly read?: ReadonlyMap<number, ReadBlock>;
}

/** A matching block picked to be shown. */
interface Candidate {
  readonly segment: LoadedSegment;
  readonly block: number;
  readonly score: number;
  readonly read?: ReadBlock;
}

/** A growable list of block numbers, without a number object per entry. */
class BlockList {
  items = new Uint32Array(16);
  length = 0;

  push(block: number): void {
    if (this.length === this.items.length) {
      const grown = new Uint32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = block;
  }
}

/** The library's search index. */
export class LibraryIndex {
  private segments: LoadedSegment[] = [];
  /** Every indexed copy of a document, live or masked, oldest first. */
  private entries = new Map<string, Entry[]>();
  /** The live copy of each indexed document. */
  private current = new Map<string, Current>();
  /** Every word of every segment, sorted, and grouped by length (for typo matching). */
  private vocabulary: string[] = [];
  private byLength: string[][] = [];
  /** The characterMask of each word of byLength, in the same places. */
  private byLengthMasks: Uint32Array[] = [];
  /**
   * Each query word's matches in the vocabulary, kept until the vocabulary changes: a search
   * typed or refined word by word asks for the same words again and again.
   */
  private expansions = new Map<string, readonly Expansion[]>();
  private nextSegmentId = 1;
  private put = new Map<number, StoredSegment>();
  private deleted = new Set<number>();

  /**
   * @param texts how to read blocks' texts; without it the index keeps the texts it is given
   * (tests, the benchmark), which a library of 200,000 paragraphs should not do.
   */
  constructor(private readonly texts: BlockTexts | null = null) {}

  /** Documents in the index. */
  get documentCount(): number {
    return this.current.size;
  }

  /** Blocks in the index (of live documents). */
  get blockCount(): number {
    return this.segments.reduce((n, s) => n + s.liveBlocks, 0);
  }

  /** Segments held (for the benchmark and tests). */
  get segmentCount(): number {
    return this.segments.length;
  }

  /** The indexed version of a document, or undefined when it is not indexed. */
  indexed(docId: string): IndexedDocument | undefined {
    return this.current.get(docId)?.meta;
  }

  /** Ids of the indexed documents. */
  documentIds(): string[] {
    return [...this.current.keys()];
  }

  /**
   * Loads stored segments (replacing what the index held). Every document in them counts as
   * indexed, the copy in the newest segment winning; the caller then removes what the library
   * no longer holds.
   */
  load(stored: readonly StoredSegment[]): void {
    if (this.texts === null && stored.length > 0) {
      throw new Error('An index that keeps its own texts cannot load stored segments.');
    }
    const other = stored.find((s) => s.segment.format !== SEGMENT_FORMAT);
    if (other) {
      throw new Error(`Stored search segment ${other.id} has format ${other.segment.format}.`);
    }
    this.segments = [...stored]
      .sort((a, b) => a.id - b.id)
      .map(({ id, segment }) => new LoadedSegment(id, segment, null));
    for (const segment of this.segments) {
      segment.segment.documents.forEach((_, ordinal) => segment.setLive(ordinal, true));
    }
    this.nextSegmentId = Math.max(0, ...stored.map((s) => s.id)) + 1;
    this.put.clear();
    this.deleted.clear();
    this.reindexEntries(new Map());
    this.rebuildVocabulary();
  }

  /** Adds a document's blocks, replacing what was indexed of it before. */
  addDocument(meta: IndexedDocument, blocks: readonly IndexedBlock[]): void {
    this.addDocuments([{ meta, blocks }]);
  }

  /** Adds documents as one new segment, replacing what was indexed of them before. */
  addDocuments(documents: readonly DocumentToIndex[]): void {
    if (documents.length === 0) return;
    for (const { meta } of documents) this.removeDocument(meta.id);
    const texts =
      this.texts === null ? documents.flatMap((d) => d.blocks.map((b) => b.text)) : null;
    const segment = new LoadedSegment(this.nextSegmentId++, buildSegment(documents), texts);
    this.segments.push(segment);
    segment.segment.documents.forEach((doc, ordinal) => {
      segment.setLive(ordinal, true);
      this.addEntry(doc.id, { segment, ordinal });
      this.current.set(doc.id, { segment, ordinal, meta: documents[ordinal]!.meta });
    });
    this.put.set(segment.id, { id: segment.id, segment: segment.segment });
    this.mergeVocabulary(segment.terms, segment.titleTerms);
    this.compact();
  }

  /** Updates a document's kind and year without re-indexing (they are filters, not text). */
  updateMeta(meta: IndexedDocument): void {
    const current = this.current.get(meta.id);
    if (current) current.meta = meta;
  }

  /** Masks a document's blocks; nothing happens when it is not indexed. */
  removeDocument(docId: string): void {
    const current = this.current.get(docId);
    if (!current) return;
    current.segment.setLive(current.ordinal, false);
    this.current.delete(docId);
  }

  /**
   * Makes a masked copy of a document live again when it is the same version with the same
   * title (a document restored from the Trash); false when there is none to revive.
   */
  revive(meta: IndexedDocument): boolean {
    const entries = this.entries.get(meta.id) ?? [];
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const { segment, ordinal } = entries[i]!;
      const doc = segment.segment.documents[ordinal]!;
      if (doc.version !== meta.version || doc.title !== meta.title) continue;
      this.removeDocument(meta.id);
      segment.setLive(ordinal, true);
      this.current.set(meta.id, { segment, ordinal, meta });
      return true;
    }
    return false;
  }

  /** Segments added and merged away since the last call, for the caller to store. */
  takeChanges(): IndexChanges {
    const changes = { put: [...this.put.values()], deleted: [...this.deleted] };
    this.put.clear();
    this.deleted.clear();
    return changes;
  }

  /**
   * Searches the library. With a right filter, `passages` holds the passages carrying that
   * right; a block then matches only where a match overlaps one of them.
   */
  async search(
    input: string,
    filters: SearchFilters,
    passages: PassagesByDocument | null = null,
  ): Promise<SearchResults> {
    const query = parseQuery(input);
    if (isEmptyQuery(query)) return emptyResults(query);
    const terms = query.terms.filter((t) => t !== '');
    if (terms.length === 0) return emptyResults(query);
    const byRight = filters.rightId !== null;

    const unfiltered = !hasFilters(filters);
    let matches = this.score(
      terms,
      unfiltered
        ? null
        : (meta) =>
            documentPasses(meta, filters) && (!byRight || (passages?.has(meta.id) ?? false)),
    );
    if (query.phrases.length > 0) matches = matches.map((m) => withPhrases(m, query.phrases));
    if (byRight) matches = await this.inPassages(matches, query, passages ?? new Map());

    // Counts over every match (a document's matches are all in the segment holding its live
    // copy); hits picked in order of score.
    let total = 0;
    let documentCount = 0;
    const counts = new Map<LoadedSegment, Int32Array>();
    for (const m of matches) {
      total += m.blocks.length;
      const seg = m.segment.segment;
      const perDocument = new Int32Array(seg.documents.length);
      for (let k = 0; k < m.blocks.length; k += 1) {
        const ordinal = seg.blockDocument[m.blocks[k]!]!;
        if (perDocument[ordinal] === 0) documentCount += 1;
        perDocument[ordinal] = perDocument[ordinal]! + 1;
      }
      counts.set(m.segment, perDocument);
    }
    const groups = new Map<string, Candidate[]>();
    let shown = 0;
    for (const c of orderedByScore(matches, total, FIRST_ORDERED)) {
      if (shown >= MAX_SHOWN_HITS) break;
      const docId = this.docIdOf(c);
      let hits = groups.get(docId);
      if (!hits) groups.set(docId, (hits = []));
      if (hits.length < MAX_HITS_PER_DOCUMENT) {
        hits.push(c);
        shown += 1;
      }
    }

    const picked = [...groups.values()].flat();
    const needText = picked.filter((c) => c.read === undefined);
    const texts = await this.textsOf(needText);
    const fetched = new Map(needText.map((c, i) => [c, texts[i] ?? '']));
    const shownGroups: DocumentResults[] = [];
    for (const [docId, hits] of groups) {
      shownGroups.push({
        docId,
        title: this.current.get(docId)?.meta.title ?? '',
        count: countOf(counts, hits[0]!) ?? hits.length,
        hits: hits
          .map((c) => {
            return {
              docId,
              blockIndex: c.segment.segment.blockIndex[c.block]!,
              score: c.score,
              snippet: c.read
                ? buildSnippet(c.read.text, c.read.ranges, SNIPPET_LENGTH, c.read.anchor)
                : querySnippet(fetched.get(c) ?? '', query),
            };
          })
          .sort((a, b) => a.blockIndex - b.blockIndex),
      });
    }
    return {
      query,
      total,
      documentCount,
      groups: shownGroups,
      truncated: shown < total,
    };
  }

  private docIdOf(c: Candidate): string {
    const ordinal = c.segment.segment.blockDocument[c.block]!;
    return c.segment.segment.documents[ordinal]!.id;
  }

  /**
   * Blocks matching every query word (in the text or the title), scored BM25+, of the
   * documents that pass `filter` (null: every document).
   */
  private score(
    terms: readonly string[],
    filter: ((meta: IndexedDocument) => boolean) | null,
  ): Matches[] {
    const totalBlocks = this.blockCount;
    if (totalBlocks === 0) return [];
    const avgText = this.segments.reduce((n, s) => n + s.liveTextLength, 0) / totalBlocks;
    const avgTitle = this.segments.reduce((n, s) => n + s.liveTitleLength, 0) / totalBlocks;
    // The query's scores so far, and one word's scores when the query has several; both are
    // non-zero exactly at the blocks of `lists` and `touched`, and zeroed again before returning.
    const combined = this.segments.map((s) => s.accumulators()[0]);
    const own = this.segments.map((s) => s.accumulators()[1]);
    // The blocks matched so far, per segment: work follows the postings, not the library's size.
    let lists: BlockList[] = this.segments.map(() => new BlockList());

    for (let t = 0; t < terms.length; t += 1) {
      const scores = t === 0 ? combined : own;
      const touched = this.segments.map(() => new BlockList());
      for (const { term: derived, weight } of this.expand(terms[t]!)) {
        const located = this.segments.map((s) => ({
          text: findTerm(s.terms, derived),
          title: findTerm(s.titleTerms, derived),
        }));
        // How many live blocks hold the word, in each field (BM25's document frequency).
        let inText = 0;
        let inTitle = 0;
        for (let i = 0; i < this.segments.length; i += 1) {
          const s = this.segments[i]!;
          const { text, title } = located[i]!;
          const seg = s.segment;
          if (text >= 0) {
            const to = seg.postingsAt[text + 1]!;
            for (let p = seg.postingsAt[text]!; p < to; p += 1) {
              inText += s.blockLive[seg.postingBlocks[p]!]!;
            }
          }
          if (title >= 0) {
            const to = seg.titlePostingsAt[title + 1]!;
            for (let p = seg.titlePostingsAt[title]!; p < to; p += 1) {
              const ordinal = seg.titleDocuments[p]!;
              if (s.documentLive[ordinal]) inTitle += seg.documents[ordinal]!.blockCount;
            }
          }
        }
        for (let i = 0; i < this.segments.length; i += 1) {
          const s = this.segments[i]!;
          const { text, title } = located[i]!;
          const seg = s.segment;
          const out = scores[i]!;
          const seen = touched[i]!;
          if (text >= 0 && inText > 0) {
            const idf = inverseFrequency(totalBlocks, inText);
            const to = seg.postingsAt[text + 1]!;
            for (let p = seg.postingsAt[text]!; p < to; p += 1) {
              const block = seg.postingBlocks[p]!;
              if (!s.blockLive[block]) continue;
              if (out[block] === 0) seen.push(block);
              out[block] =
                out[block]! +
                weight * bm25(idf, seg.postingCounts[p]!, seg.blockLength[block]!, avgText);
            }
          }
          if (title >= 0 && inTitle > 0) {
            const idf = inverseFrequency(totalBlocks, inTitle);
            const to = seg.titlePostingsAt[title + 1]!;
            for (let p = seg.titlePostingsAt[title]!; p < to; p += 1) {
              const ordinal = seg.titleDocuments[p]!;
              if (!s.documentLive[ordinal]) continue;
              const doc = seg.documents[ordinal]!;
              const value =
                weight * TITLE_BOOST * bm25(idf, seg.titleCounts[p]!, doc.titleLength, avgTitle);
              for (let b = doc.firstBlock; b < doc.firstBlock + doc.blockCount; b += 1) {
                if (out[b] === 0) seen.push(b);
                out[b] = out[b]! + value;
              }
            }
          }
        }
      }
      if (t === 0) {
        lists = touched;
        continue;
      }
      // AND: a block stays only when this word matched it too. The word's scores are cleared
      // where they were set, for the next word.
      let left = 0;
      lists = lists.map((list, i) => {
        const word = own[i]!;
        const sum = combined[i]!;
        const kept = new BlockList();
        for (let k = 0; k < list.length; k += 1) {
          const b = list.items[k]!;
          if (word[b]! <= 0) {
            sum[b] = 0;
            continue;
          }
          sum[b] = sum[b]! + word[b]!;
          kept.push(b);
        }
        const set = touched[i]!;
        for (let k = 0; k < set.length; k += 1) word[set.items[k]!] = 0;
        left += kept.length;
        return kept;
      });
      if (left === 0) break;
    }

    return this.segments.map((segment, rank) => {
      const sum = combined[rank]!;
      const seg = segment.segment;
      const list = lists[rank]!;
      // Per document: 0 not yet asked, 1 passes the filters, 2 does not. Without filters every
      // matched block passes: only live blocks are scored, and a live document is current.
      const passing = new Uint8Array(filter === null ? 0 : seg.documents.length);
      const passes =
        filter === null
          ? null
          : (ordinal: number) => {
              if (passing[ordinal] === 0) {
                const meta = segment.documentLive[ordinal]
                  ? this.current.get(seg.documents[ordinal]!.id)?.meta
                  : undefined;
                passing[ordinal] = meta !== undefined && filter(meta) ? 1 : 2;
              }
              return passing[ordinal] === 1;
            };
      const kept = new Uint32Array(list.length);
      let n = 0;
      if (list.length * DENSE_SHARE >= sum.length) {
        // Most blocks match: reading the scores in block order is cheaper than sorting.
        for (let b = 0; b < sum.length; b += 1) {
          if (sum[b] !== 0 && (passes === null || passes(seg.blockDocument[b]!))) kept[n++] = b;
        }
      } else {
        if (passes === null) {
          kept.set(list.items.subarray(0, list.length));
          n = list.length;
        }
        for (let k = 0; passes !== null && k < list.length; k += 1) {
          const b = list.items[k]!;
          if (passes(seg.blockDocument[b]!)) kept[n++] = b;
        }
        // Typed arrays sort numerically, in place, without a comparison callback.
        kept.subarray(0, n).sort();
      }
      const blocks = kept.slice(0, n);
      // Times the number of query words, as MiniSearch scored (the same factor for every block).
      const scores = new Float64Array(n);
      for (let k = 0; k < n; k += 1) scores[k] = sum[blocks[k]!]! * terms.length;
      for (let k = 0; k < list.length; k += 1) sum[list.items[k]!] = 0;
      return { segment, rank, blocks, scores };
    });
  }

  /**
   * The words of the vocabulary a query word matches: itself, longer words starting with it
   * (from three letters), and words within the typos it allows, weighted as MiniSearch did.
   */
  private expand(term: string): readonly Expansion[] {
    const known = this.expansions.get(term);
    if (known) return known;
    const expansions: Expansion[] = [{ term, weight: 1 }];
    const prefixed = new Set<string>();
    if (allowsPrefix(term)) {
      for (let i = lowerBound(this.vocabulary, term); i < this.vocabulary.length; i += 1) {
        const word = this.vocabulary[i]!;
        if (!word.startsWith(term)) break;
        if (word === term) continue;
        prefixed.add(word);
        const distance = word.length - term.length;
        expansions.push({
          term: word,
          weight: (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance),
        });
      }
    }
    const edits = allowedEdits(term);
    if (edits > 0) {
      const from = Math.max(1, term.length - edits);
      const to = Math.min(this.byLength.length - 1, term.length + edits);
      const mask = characterMask(term);
      for (let length = from; length <= to; length += 1) {
        const words = this.byLength[length] ?? [];
        const masks = this.byLengthMasks[length]!;
        for (let i = 0; i < words.length; i += 1) {
          // Most words have more letters the term lacks (or lack more of its letters) than it
          // allows typos: they are ruled out without computing a distance.
          if (maskDistanceBound(mask, masks[i]!) > edits) continue;
          const word = words[i]!;
          if (word === term || prefixed.has(word)) continue;
          const distance = boundedDistance(term, word, edits);
          if (distance > 0) {
            expansions.push({
              term: word,
              weight: (FUZZY_WEIGHT * word.length) / (word.length + distance),
            });
          }
        }
      }
    }
    if (this.expansions.size >= MAX_CACHED_EXPANSIONS) this.expansions.clear();
    this.expansions.set(term, expansions);
    return expansions;
  }

  /** Keeps the matches with a match inside a passage carrying the right, noting where. */
  private async inPassages(
    matches: readonly Matches[],
    query: ParsedQuery,
    passages: PassagesByDocument,
  ): Promise<Matches[]> {
    // Only blocks that overlap a passage can hold a match inside it; their texts are read.
    const near: Candidate[] = [];
    for (const m of matches) {
      const seg = m.segment.segment;
      m.blocks.forEach((block, i) => {
        const docId = seg.documents[seg.blockDocument[block]!]!.id;
        const range = { start: seg.blockStart[block]!, end: seg.blockEnd[block]! };
        if (!overlapsAny([range], passages.get(docId) ?? [])) return;
        near.push({ segment: m.segment, block, score: m.scores[i]! });
      });
    }
    const texts = await this.textsOf(near);
    const read = new Map<LoadedSegment, Map<number, ReadBlock>>();
    near.forEach((c, i) => {
      const text = texts[i];
      if (text === undefined) return;
      const found = findMatches(text, query);
      if (!found.allPhrasesFound) return;
      const start = c.segment.segment.blockStart[c.block]!;
      const allowed = passages.get(this.docIdOf(c)) ?? [];
      const anchor = found.ranges.find((r) => overlapsAny(shiftRanges([r], start), allowed));
      if (!anchor) return;
      let own = read.get(c.segment);
      if (!own) read.set(c.segment, (own = new Map()));
      own.set(c.block, { text, ranges: found.ranges, anchor });
    });
    return matches.map((m) => {
      const own = read.get(m.segment) ?? new Map<number, ReadBlock>();
      return { ...keepBlocks(m, (block) => own.has(block)), read: own };
    });
  }

  private async textsOf(
    candidates: readonly Candidate[],
  ): Promise<readonly (string | undefined)[]> {
    if (candidates.length === 0) return [];
    if (this.texts === null) return candidates.map((c) => c.segment.texts?.[c.block]);
    return this.texts(
      candidates.map((c) => ({
        docId: this.docIdOf(c),
        index: c.segment.segment.blockIndex[c.block]!,
      })),
    );
  }

  private addEntry(docId: string, entry: Entry): void {
    const list = this.entries.get(docId);
    if (list) list.push(entry);
    else this.entries.set(docId, [entry]);
  }

  /** Rebuilds the entry and live maps from the segments, keeping the live documents' details. */
  private reindexEntries(metas: ReadonlyMap<string, IndexedDocument>): void {
    this.entries = new Map();
    this.current = new Map();
    for (const segment of this.segments) {
      segment.segment.documents.forEach((doc, ordinal) => {
        this.addEntry(doc.id, { segment, ordinal });
        if (!segment.documentLive[ordinal]) return;
        const previous = this.current.get(doc.id);
        // Two live copies of one document (loaded from storage): the newer one wins.
        if (previous) previous.segment.setLive(previous.ordinal, false);
        const { firstBlock: _f, blockCount: _c, titleLength: _t, ...meta } = doc;
        this.current.set(doc.id, { segment, ordinal, meta: metas.get(doc.id) ?? meta });
      });
    }
  }

  /**
   * Keeps the segments few and mostly live: drops those with nothing live, rewrites those
   * mostly masked, and merges the newest into the one before while they are of similar size.
   * Adding documents compacts by itself; call it after removing documents.
   */
  compact(): void {
    const before = new Set(this.segments);
    const metas = new Map([...this.current].map(([id, c]) => [id, c.meta]));
    let segments = this.segments
      .filter((s) => s.documentLive.includes(1))
      .map((s) =>
        s.liveBlocks < s.segment.blockIndex.length * MIN_LIVE_SHARE ? this.merge([s]) : s,
      );
    for (;;) {
      const n = segments.length;
      if (n < 2) break;
      const older = segments[n - 2]!;
      const newer = segments[n - 1]!;
      if (older.liveBlocks > MERGE_RATIO * newer.liveBlocks) break;
      segments = [...segments.slice(0, n - 2), this.merge([older, newer])];
    }
    const after = new Set(segments);
    if (segments.length === this.segments.length && segments.every((s) => before.has(s))) return;
    for (const s of this.segments) {
      if (after.has(s)) continue;
      if (this.put.has(s.id)) this.put.delete(s.id);
      else this.deleted.add(s.id);
    }
    for (const s of segments) {
      if (!before.has(s)) this.put.set(s.id, { id: s.id, segment: s.segment });
    }
    this.segments = segments;
    this.reindexEntries(metas);
  }

  /** One segment of the live documents of these. */
  private merge(parts: readonly LoadedSegment[]): LoadedSegment {
    const segment = mergeSegments(
      parts.map((s) => ({
        segment: s.segment,
        terms: s.terms,
        titleTerms: s.titleTerms,
        keep: (ordinal: number) => s.documentLive[ordinal] === 1,
      })),
    );
    let texts: string[] | null = null;
    if (this.texts === null) {
      texts = [];
      for (const s of parts) {
        for (let b = 0; b < s.segment.blockIndex.length; b += 1) {
          if (s.blockLive[b]) texts.push(s.texts?.[b] ?? '');
        }
      }
    }
    const merged = new LoadedSegment(this.nextSegmentId++, segment, texts);
    segment.documents.forEach((_, ordinal) => merged.setLive(ordinal, true));
    return merged;
  }

  private mergeVocabulary(...lists: readonly (readonly string[])[]): void {
    const added = [...new Set(lists.flat())].sort();
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    const old = this.vocabulary;
    while (i < old.length || j < added.length) {
      const a = old[i];
      const b = added[j];
      if (b === undefined || (a !== undefined && a < b)) {
        merged.push(a!);
        i += 1;
      } else if (a === undefined || b < a) {
        merged.push(b);
        j += 1;
      } else {
        merged.push(a);
        i += 1;
        j += 1;
      }
    }
    this.setVocabulary(merged);
  }

  private rebuildVocabulary(): void {
    const all = new Set<string>();
    for (const s of this.segments) {
      for (const t of s.terms) all.add(t);
      for (const t of s.titleTerms) all.add(t);
    }
    this.setVocabulary([...all].sort());
  }

  private setVocabulary(sorted: string[]): void {
    this.vocabulary = sorted;
    this.expansions.clear();
    const byLength: string[][] = [];
    for (const word of sorted) (byLength[word.length] ??= []).push(word);
    this.byLength = byLength;
    this.byLengthMasks = Array.from(byLength, (words) =>
      Uint32Array.from(words ?? [], characterMask),
    );
  }
}

/** How many matching blocks the document of a shown hit holds. */
function countOf(
  counts: ReadonlyMap<LoadedSegment, Int32Array>,
  hit: Candidate,
): number | undefined {
  return counts.get(hit.segment)?.[hit.segment.segment.blockDocument[hit.block]!];
}

function emptyResults(query: ParsedQuery = EMPTY_QUERY): SearchResults {
  return { query, total: 0, documentCount: 0, groups: [], truncated: false };
}

/** BM25's inverse document frequency of a word found in `matching` of `total` blocks. */
function inverseFrequency(total: number, matching: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/** BM25+ score of a word counted `count` times in a field of `length` words. */
function bm25(idf: number, count: number, length: number, averageLength: number): number {
  return (
    idf *
    (BM25_D +
      (count * (BM25_K + 1)) / (count + BM25_K * (1 - BM25_B + (BM25_B * length) / averageLength)))
  );
}

/** First index in sorted `words` whose word is not below `term`. */
function lowerBound(words: readonly string[], term: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (words[mid]! < term) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Matches by falling score (ties by document id, then in reading order, however the index is
 * split into segments), lazily: the best `first` are ordered at once, then eight times as many
 * of the rest, and so on, only as far as the caller reads (most searches stop within the first
 * hundred). The order is total, so how it is cut into batches never changes it.
 */
function* orderedByScore(
  matches: readonly Matches[],
  total: number,
  first: number,
): Generator<Candidate> {
  // The candidates scoring in [low, high), best first.
  const collect = (low: number, high: number) => {
    const out: Candidate[] = [];
    for (const m of matches) {
      for (let i = 0; i < m.blocks.length; i += 1) {
        const score = m.scores[i]!;
        if (score < low || score >= high) continue;
        const block = m.blocks[i]!;
        const read = m.read?.get(block);
        out.push(
          read ? { segment: m.segment, block, score, read } : { segment: m.segment, block, score },
        );
      }
    }
    return out.sort((a, b) => b.score - a.score || tieOrder(a, b));
  };
  let high = Number.POSITIVE_INFINITY;
  let batch = first;
  let left = total;
  for (;;) {
    if (left <= batch) {
      yield* collect(Number.NEGATIVE_INFINITY, high);
      return;
    }
    const scores = new Float64Array(left);
    let at = 0;
    for (const m of matches) {
      for (let i = 0; i < m.scores.length; i += 1) {
        if (m.scores[i]! < high) scores[at++] = m.scores[i]!;
      }
    }
    const threshold = selectAscending(scores, left - batch);
    const next = collect(threshold, high);
    yield* next;
    left -= next.length;
    high = threshold;
    batch *= 8;
  }
}

/** Equal scores: by document id, then in reading order. */
function tieOrder(a: Candidate, b: Candidate): number {
  const x = a.segment.segment;
  const y = b.segment.segment;
  const docA = x.documents[x.blockDocument[a.block]!]!.id;
  const docB = y.documents[y.blockDocument[b.block]!]!.id;
  if (docA !== docB) return docA < docB ? -1 : 1;
  return x.blockIndex[a.block]! - y.blockIndex[b.block]!;
}

/** The value that would stand at `k` if `values` were sorted (values are reordered). */
function selectAscending(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i += 1;
      while (values[j]! > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k]!;
}

/** The matches whose block passes `keep`. */
function keepBlocks(m: Matches, keep: (block: number) => boolean): Matches {
  const blocks = new Uint32Array(m.blocks.length);
  const scores = new Float64Array(m.blocks.length);
  let n = 0;
  for (let i = 0; i < m.blocks.length; i += 1) {
    const block = m.blocks[i]!;
    if (!keep(block)) continue;
    blocks[n] = block;
    scores[n] = m.scores[i]!;
    n += 1;
  }
  return { ...m, blocks: blocks.slice(0, n), scores: scores.slice(0, n) };
}

/** Keeps the matches where every phrase occurs: its words at consecutive positions. */
function withPhrases(m: Matches, phrases: readonly (readonly string[])[]): Matches {
  let blocks: Uint32Array = m.blocks;
  for (const phrase of phrases) {
    if (blocks.length === 0) break;
    // Positions where the phrase could start, narrowed word by word.
    let starts = positionsOf(m.segment, phrase[0]!, blocks);
    for (let k = 1; k < phrase.length && starts.blocks.length > 0; k += 1) {
      const next = positionsOf(m.segment, phrase[k]!, starts.blocks);
      starts = followedBy(starts, next, k);
    }
    blocks = starts.blocks;
  }
  if (blocks === m.blocks) return m;
  // Both lists are in block order: one pass keeps the blocks that remain.
  let j = 0;
  return keepBlocks(m, (block) => {
    while (j < blocks.length && blocks[j]! < block) j += 1;
    return blocks[j] === block;
  });
}

/**
 * Word positions in some blocks of a segment: block b = blocks[i] holds the positions
 * positions[at[i]] to positions[at[i + 1]] (ascending).
 */
interface Positions {
  readonly blocks: Uint32Array;
  readonly at: Uint32Array;
  readonly positions: Uint32Array;
}

/**
 * A word's positions in the given blocks of a segment (in block order; blocks without it are
 * left out), walking its postings and the blocks together, both in block order.
 */
function positionsOf(segment: LoadedSegment, term: string, blocks: Uint32Array): Positions {
  const t = findTerm(segment.terms, term);
  if (t < 0)
    return { blocks: new Uint32Array(0), at: new Uint32Array(1), positions: new Uint32Array(0) };
  const seg = segment.segment;
  const from = seg.postingsAt[t]!;
  const to = seg.postingsAt[t + 1]!;
  const size = Math.min(blocks.length, to - from);
  const found = new Uint32Array(size);
  const at = new Uint32Array(size + 1);
  const positions = new BlockList();
  const reader = new VarintReader(seg.positions, seg.positionsAt[t]!);
  let n = 0;
  let j = 0;
  for (let p = from; p < to && j < blocks.length; p += 1) {
    const block = seg.postingBlocks[p]!;
    const count = seg.postingCounts[p]!;
    while (j < blocks.length && blocks[j]! < block) j += 1;
    if (blocks[j] !== block) {
      reader.skip(count);
      continue;
    }
    found[n] = block;
    at[n] = positions.length;
    let position = 0;
    for (let i = 0; i < count; i += 1) {
      position += reader.next();
      positions.push(position);
    }
    n += 1;
  }
  at[n] = positions.length;
  return {
    blocks: found.subarray(0, n),
    at: at.subarray(0, n + 1),
    positions: positions.items.subarray(0, positions.length),
  };
}

/** The starts whose block has the next word exactly `k` positions after them. */
function followedBy(starts: Positions, next: Positions, k: number): Positions {
  const blocks = new Uint32Array(next.blocks.length);
  const at = new Uint32Array(next.blocks.length + 1);
  const kept = new BlockList();
  let n = 0;
  let j = 0;
  for (let i = 0; i < starts.blocks.length && j < next.blocks.length; i += 1) {
    const block = starts.blocks[i]!;
    while (j < next.blocks.length && next.blocks[j]! < block) j += 1;
    if (next.blocks[j] !== block) continue;
    const before = kept.length;
    // Both position lists ascend: a start p stays when p + k is among the next word's.
    let q = next.at[j]!;
    const qEnd = next.at[j + 1]!;
    for (let a = starts.at[i]!; a < starts.at[i + 1]!; a += 1) {
      const wanted = starts.positions[a]! + k;
      while (q < qEnd && next.positions[q]! < wanted) q += 1;
      if (q < qEnd && next.positions[q] === wanted) kept.push(starts.positions[a]!);
    }
    if (kept.length === before) continue;
    blocks[n] = block;
    at[n] = before;
    n += 1;
  }
  at[n] = kept.length;
  return {
    blocks: blocks.subarray(0, n),
    at: at.subarray(0, n + 1),
    positions: kept.items.subarray(0, kept.length),
  };
}
