/**
 * Keeps the library's wording index (shared/reuse) in step with the database and answers "where
 * else does this wording appear?". Like the search engine, a sync compares each document's id,
 * version and deletion with what is indexed and reads only the blocks of new or changed
 * documents, so imports, new versions, deletions and restores are followed; the index is rebuilt
 * from the stored blocks when the app starts.
 */
import type { LibraryDocument } from '../../../shared/model';
import {
  CANDIDATES_ALIGNED,
  fingerprintBlocks,
  rankSimilar,
  WordingIndex,
  type WordDifference,
} from '../../../shared/reuse';
import { documentCiter, type DocumentCiter } from '../../../shared/structure';
import type { RightsmarkDatabase } from '../../db/database';
import { documentsSignature, getBlocksOf, listDocuments } from '../../db/documents-repo';

/** A passage elsewhere in the library with the same or similar wording. */
export interface WordingMatch {
  readonly docId: string;
  readonly docTitle: string;
  readonly year: number | null;
  /** The block's index, for opening it ("/doc/<id>/p/<index + 1>"). */
  readonly blockIndex: number;
  /** "OP 5", "Art. 19(3)", or "¶ 12" (paragraphs counted) where the document numbers nothing. */
  readonly reference: string;
  readonly similarity: number;
  readonly exact: boolean;
  /** The matching stretch in the document's plain text. */
  readonly start: number;
  readonly end: number;
  readonly words: readonly WordDifference[];
}

/** Documents whose blocks are read at once while indexing. */
const BATCH_DOCUMENTS = 200;

export class WordingEngine {
  readonly #index = new WordingIndex();
  /** Indexed documents: id → version. */
  readonly #indexed = new Map<string, number>();
  #documents = new Map<string, LibraryDocument>();
  #signature: string | null = null;
  #running: Promise<void> | null = null;

  constructor(private readonly db: RightsmarkDatabase) {}

  /** Brings the index up to date; concurrent calls share one run. */
  sync(): Promise<void> {
    this.#running ??= this.#sync().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #sync(): Promise<void> {
    const signature = await documentsSignature(this.db);
    if (signature === this.#signature) return;
    const documents = await listDocuments(this.db);
    const live = documents.filter((document) => document.deletedAt === null);
    this.#documents = new Map(live.map((document) => [document.id, document]));
    for (const docId of [...this.#indexed.keys()]) {
      const document = this.#documents.get(docId);
      if (document === undefined || document.version !== this.#indexed.get(docId)) {
        this.#index.remove(docId);
        this.#indexed.delete(docId);
      }
    }
    const missing = live.filter((document) => !this.#indexed.has(document.id));
    for (let at = 0; at < missing.length; at += BATCH_DOCUMENTS) {
      const batch = missing.slice(at, at + BATCH_DOCUMENTS);
      const blocks = await getBlocksOf(
        this.db,
        batch.map((document) => document.id),
      );
      this.#index.add(
        batch.map((document) => ({
          docId: document.id,
          passages: fingerprintBlocks(blocks.get(document.id) ?? []),
        })),
      );
      for (const document of batch) this.#indexed.set(document.id, document.version);
    }
    this.#signature = signature;
  }

  /**
   * Passages whose wording matches `quote`, best first, leaving out the selection itself
   * (`origin`: its document and plain-text range).
   */
  async find(
    quote: string,
    origin: { readonly docId: string; readonly start: number; readonly end: number },
  ): Promise<WordingMatch[]> {
    await this.sync();
    const candidates = this.#index.candidates(quote, CANDIDATES_ALIGNED);
    const blocks = await getBlocksOf(this.db, new Set(candidates.map((c) => c.docId)));
    const passages = candidates.flatMap((candidate) => {
      const block = blocks.get(candidate.docId)?.[candidate.index];
      return block === undefined ? [] : [{ ...candidate, text: block.text }];
    });
    const citers = new Map<string, DocumentCiter>();
    const citerOf = (docId: string): DocumentCiter => {
      let citer = citers.get(docId);
      if (citer === undefined) {
        citer = documentCiter(blocks.get(docId) ?? []);
        citers.set(docId, citer);
      }
      return citer;
    };
    return rankSimilar(quote, passages).flatMap((match) => {
      const document = this.#documents.get(match.docId);
      const block = blocks.get(match.docId)?.[match.index];
      if (document === undefined || block === undefined) return [];
      const start = block.start + match.start;
      const end = block.start + match.end;
      // The selection finds itself: leave it out.
      if (match.docId === origin.docId && start < origin.end && end > origin.start) return [];
      const cited = citerOf(match.docId).passage({ start, end });
      return [
        {
          docId: match.docId,
          docTitle: document.title,
          year: document.year,
          blockIndex: block.index,
          reference: cited.place ?? `¶ ${block.index + 1}`,
          similarity: match.similarity,
          exact: match.exact,
          start,
          end,
          words: match.words,
        },
      ];
    });
  }
}

const engines = new WeakMap<RightsmarkDatabase, WordingEngine>();

/** The one wording engine of a database. */
export function wordingEngine(db: RightsmarkDatabase): WordingEngine {
  let engine = engines.get(db);
  if (engine === undefined) {
    engine = new WordingEngine(db);
    engines.set(db, engine);
  }
  return engine;
}
