/**
 * The full-text index of the library: one entry per block (paragraph, heading, list item),
 * searchable by its text and its document's title, built on MiniSearch with our own word
 * splitting and folding. Pure: the renderer feeds it documents and blocks from the database and
 * the passages a right filter allows.
 */
import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import { documentPasses, type SearchFilters } from './filters';
import { findMatches, overlapsAny, shiftRanges, type TextRange } from './matches';
import {
  allowedEdits,
  allowsPrefix,
  FUZZY_RATIO,
  isEmptyQuery,
  parseQuery,
  type ParsedQuery,
} from './query';
import { buildSnippet, SNIPPET_LENGTH, type Snippet } from './snippet';
import { fold } from './fold';
import { tokenize } from './tokenize';

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

/** Results shown at most: a screenful of groups is read, thousands of snippets are not. */
export const MAX_SHOWN_HITS = 100;
/** Blocks shown per document at most, so one long document does not fill the list. */
export const MAX_HITS_PER_DOCUMENT = 8;
/**
 * A title match counts for less than a text match: every block of a document carries the
 * title, and the blocks that say the words themselves are the ones worth reading first.
 */
const TITLE_BOOST = 0.3;

interface DocumentEntry {
  readonly meta: IndexedDocument;
  readonly blocks: readonly IndexedBlock[];
  /** MiniSearch ids of the blocks, in the same order. */
  readonly ids: readonly number[];
}

interface BlockRef {
  readonly docId: string;
  readonly block: IndexedBlock;
}

interface IndexedFields {
  readonly id: number;
  readonly text: string;
  readonly title: string;
}

const EMPTY_QUERY = parseQuery('');

/** The library's search index. */
export class LibraryIndex {
  private readonly mini: MiniSearch<IndexedFields>;
  private readonly documents = new Map<string, DocumentEntry>();
  private readonly blocks = new Map<number, BlockRef>();
  private nextId = 1;

  constructor() {
    this.mini = new MiniSearch<IndexedFields>({
      fields: ['text', 'title'],
      storeFields: [],
      tokenize,
      processTerm: (term) => fold(term) || null,
      searchOptions: { processTerm: (term) => fold(term) || null },
    });
  }

  /** Documents in the index. */
  get documentCount(): number {
    return this.documents.size;
  }

  /** Blocks in the index. */
  get blockCount(): number {
    return this.blocks.size;
  }

  /** The indexed version of a document, or undefined when it is not indexed. */
  indexed(docId: string): IndexedDocument | undefined {
    return this.documents.get(docId)?.meta;
  }

  /** Ids of the indexed documents. */
  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  /** Adds a document's blocks, replacing what was indexed of it before. */
  addDocument(meta: IndexedDocument, blocks: readonly IndexedBlock[]): void {
    this.removeDocument(meta.id);
    const ids = blocks.map(() => this.nextId++);
    const fields = blocks.map((block, i) => {
      this.blocks.set(ids[i]!, { docId: meta.id, block });
      return { id: ids[i]!, text: block.text, title: meta.title };
    });
    this.mini.addAll(fields);
    this.documents.set(meta.id, { meta, blocks, ids });
  }

  /** Updates a document's kind and year without re-indexing (they are filters, not text). */
  updateMeta(meta: IndexedDocument): void {
    const entry = this.documents.get(meta.id);
    if (entry) this.documents.set(meta.id, { ...entry, meta });
  }

  /** Removes a document's blocks; nothing happens when it is not indexed. */
  removeDocument(docId: string): void {
    const entry = this.documents.get(docId);
    if (!entry) return;
    for (const id of entry.ids) {
      this.mini.discard(id);
      this.blocks.delete(id);
    }
    this.documents.delete(docId);
  }

  /**
   * Searches the library. With a right filter, `passages` holds the passages carrying that
   * right; a block then matches only where a match overlaps one of them.
   */
  search(
    input: string,
    filters: SearchFilters,
    passages: PassagesByDocument | null = null,
  ): SearchResults {
    const query = parseQuery(input);
    if (isEmptyQuery(query)) return emptyResults(query);
    const byRight = filters.rightId !== null;
    const docPasses = (docId: string) => {
      const entry = this.documents.get(docId);
      return (
        entry !== undefined &&
        documentPasses(entry.meta, filters) &&
        (!byRight || (passages?.has(docId) ?? false))
      );
    };

    const candidates = this.mini.search(
      { combineWith: 'AND', queries: [...query.terms] },
      {
        prefix: (term) => allowsPrefix(term),
        fuzzy: (term) => (allowedEdits(term) > 0 ? FUZZY_RATIO : false),
        boost: { title: TITLE_BOOST },
        filter: (result) => {
          const ref = this.blocks.get(result.id as number);
          return ref !== undefined && docPasses(ref.docId);
        },
      },
    );

    // Phrases and the right filter need the block's own text; plain words were checked by
    // the index already (in the text or the title).
    const checkText = query.phrases.length > 0 || byRight;
    const groups = new Map<string, { title: string; count: number; hits: PendingHit[] }>();
    let total = 0;
    let shown = 0;
    for (const candidate of candidates) {
      const ref = this.blocks.get(candidate.id as number);
      if (!ref) continue;
      let ranges: readonly TextRange[] | undefined;
      let anchor: TextRange | undefined;
      if (checkText) {
        const matches = findMatches(ref.block.text, query);
        if (!matches.allPhrasesFound) continue;
        ranges = matches.ranges;
        if (byRight) {
          // The snippet shows the first match inside a passage with the right.
          const allowed = passages?.get(ref.docId) ?? [];
          anchor = ranges.find((r) => overlapsAny(shiftRanges([r], ref.block.start), allowed));
          if (!anchor) continue;
        }
      }
      total += 1;
      let group = groups.get(ref.docId);
      if (!group) {
        group = { title: this.documents.get(ref.docId)?.meta.title ?? '', count: 0, hits: [] };
        groups.set(ref.docId, group);
      }
      group.count += 1;
      if (shown < MAX_SHOWN_HITS && group.hits.length < MAX_HITS_PER_DOCUMENT) {
        group.hits.push({ ref, candidate, ranges, anchor });
        shown += 1;
      }
    }

    const shownGroups: DocumentResults[] = [];
    for (const [docId, group] of groups) {
      if (group.hits.length === 0) continue;
      const hits = group.hits
        .map(({ ref, candidate, ranges, anchor }) => ({
          docId,
          blockIndex: ref.block.index,
          score: candidate.score,
          snippet: buildSnippet(
            ref.block.text,
            ranges ?? findMatches(ref.block.text, query).ranges,
            SNIPPET_LENGTH,
            anchor,
          ),
        }))
        .sort((a, b) => a.blockIndex - b.blockIndex);
      shownGroups.push({ docId, title: group.title, count: group.count, hits });
    }
    return {
      query,
      total,
      documentCount: groups.size,
      groups: shownGroups,
      truncated: shown < total,
    };
  }
}

interface PendingHit {
  readonly ref: BlockRef;
  readonly candidate: MiniSearchResult;
  readonly ranges: readonly TextRange[] | undefined;
  readonly anchor: TextRange | undefined;
}

function emptyResults(query: ParsedQuery = EMPTY_QUERY): SearchResults {
  return { query, total: 0, documentCount: 0, groups: [], truncated: false };
}
