/**
 * Keeps the library's wording index (shared/reuse) in step with the database and answers "where
 * else does this wording appear?". It runs in the wording worker (or in the page where workers
 * are unavailable). Each document's fingerprints are stored beside it (wordingPrints), so at
 * start-up the index is rebuilt from those rows without reading or hashing any text. A sync
 * compares each document's id, version and deletion with what is indexed: new and replaced
 * documents are fingerprinted and stored, documents moved to the Trash leave the index but keep
 * their row (a restore needs no work), and rows of documents deleted for good are dropped.
 */
import type { LibraryDocument } from '../../../shared/model';
import {
  CANDIDATES_ALIGNED,
  fingerprintBlocks,
  packFingerprints,
  rankSimilar,
  unpackFingerprints,
  WordingIndex,
  type PassageFingerprints,
  type StoredWordingPrints,
  type WordDifference,
} from '../../../shared/reuse';
import { documentCiter, type DocumentCiter } from '../../../shared/structure';
import type { RightsmarkDatabase } from '../../db/database';
import {
  documentsSignature,
  getBlocksAt,
  getBlocksOf,
  listDocuments,
  listDocumentStates,
} from '../../db/documents-repo';
import {
  deleteWordingPrints,
  getWordingPrints,
  listWordingPrints,
  putWordingPrints,
} from '../../db/wording-prints-repo';

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

/**
 * Which text a document or a stored row stands for: its version and content hash, so a document
 * brought back by a restore with the same version number but other text is fingerprinted anew.
 */
function textKey(of: { readonly version: number; readonly contentHash: string }): string {
  return `${of.version}:${of.contentHash}`;
}

/** Documents whose blocks are read (and fingerprints written) at once while indexing. */
const BATCH_DOCUMENTS = 200;

/** Where the index's documents came from since the engine started: for tests and the bench. */
export interface WordingIndexStats {
  /** Documents indexed from their stored fingerprints. */
  readonly fromStore: number;
  /** Documents whose text was read and fingerprinted. */
  readonly fingerprinted: number;
  /** Documents in the index now. */
  readonly indexed: number;
}

export class WordingEngine {
  readonly #index = new WordingIndex();
  /** Indexed documents: id → text key (see textKey). */
  readonly #indexed = new Map<string, string>();
  /** Stored rows: id → text key. Null until the table has been read once. */
  #stored: Map<string, string> | null = null;
  #documents = new Map<string, LibraryDocument>();
  #signature: string | null = null;
  #running: Promise<void> | null = null;
  #fromStore = 0;
  #fingerprinted = 0;

  constructor(private readonly db: RightsmarkDatabase) {}

  stats(): WordingIndexStats {
    return {
      fromStore: this.#fromStore,
      fingerprinted: this.#fingerprinted,
      indexed: this.#indexed.size,
    };
  }

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
    const states = await listDocumentStates(this.db);
    const live = await listDocuments(this.db);
    this.#documents = new Map(live.map((document) => [document.id, document]));
    for (const docId of [...this.#indexed.keys()]) {
      const document = this.#documents.get(docId);
      if (document === undefined || textKey(document) !== this.#indexed.get(docId)) {
        this.#index.remove(docId);
        this.#indexed.delete(docId);
      }
    }
    const rows =
      this.#stored === null ? await this.#readStore() : new Map<string, StoredWordingPrints>();
    const stored = this.#stored ?? new Map<string, string>();
    // Rows of documents deleted for good (or gone with a replace restore) are dropped.
    const existing = new Set(states.map((state) => state.id));
    const gone = [...stored.keys()].filter((docId) => !existing.has(docId));
    await deleteWordingPrints(this.db, gone);
    for (const docId of gone) stored.delete(docId);

    const missing = live.filter((document) => !this.#indexed.has(document.id));
    // A stored row of the same text is used as it is: at start-up, and after a restore.
    const reusable = missing.filter((document) => stored.get(document.id) === textKey(document));
    const unread = reusable.filter((document) => !rows.has(document.id)).map((d) => d.id);
    const read = await getWordingPrints(this.db, unread);
    const rowOf = new Map<string, StoredWordingPrints>(rows);
    for (const row of read) if (row !== undefined) rowOf.set(row.docId, row);
    const fromRows: { docId: string; passages: readonly PassageFingerprints[] }[] = [];
    const toRead: LibraryDocument[] = [];
    for (const document of missing) {
      const row =
        stored.get(document.id) === textKey(document) ? rowOf.get(document.id) : undefined;
      const passages = row === undefined ? null : unpackFingerprints(row);
      if (passages === null) toRead.push(document);
      else fromRows.push({ docId: document.id, passages });
    }
    if (fromRows.length > 0) {
      this.#index.add(fromRows);
      for (const { docId } of fromRows) this.#indexed.set(docId, stored.get(docId) ?? '');
      this.#fromStore += fromRows.length;
    }
    for (let at = 0; at < toRead.length; at += BATCH_DOCUMENTS) {
      const batch = toRead.slice(at, at + BATCH_DOCUMENTS);
      const blocks = await getBlocksOf(
        this.db,
        batch.map((document) => document.id),
      );
      const prints = batch.map((document) =>
        packFingerprints(
          document.id,
          document.version,
          document.contentHash,
          fingerprintBlocks(blocks.get(document.id) ?? []),
        ),
      );
      await putWordingPrints(this.db, prints);
      this.#index.add(
        prints.map((row) => ({ docId: row.docId, passages: unpackFingerprints(row) ?? [] })),
      );
      for (const row of prints) {
        stored.set(row.docId, textKey(row));
        this.#indexed.set(row.docId, textKey(row));
      }
      this.#fingerprinted += batch.length;
    }
    this.#stored = stored;
    this.#signature = signature;
  }

  /** Reads every stored row once (the start-up path), keeping them for this sync. */
  async #readStore(): Promise<Map<string, StoredWordingPrints>> {
    const rows = await listWordingPrints(this.db);
    this.#stored = new Map(rows.map((row) => [row.docId, textKey(row)]));
    return new Map(rows.map((row) => [row.docId, row]));
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
    // Only the candidate blocks are read to align; whole documents only for those that match,
    // to cite them by their own numbering.
    const found = await getBlocksAt(
      this.db,
      candidates.map((candidate) => [candidate.docId, candidate.index] as const),
    );
    const candidateBlocks = new Map(
      found.flatMap((block) =>
        block === undefined ? [] : [[`${block.docId}\u0000${block.index}`, block]],
      ),
    );
    const blockOf = (docId: string, index: number) => candidateBlocks.get(`${docId}\u0000${index}`);
    const passages = candidates.flatMap((candidate) => {
      const block = blockOf(candidate.docId, candidate.index);
      return block === undefined ? [] : [{ ...candidate, text: block.text }];
    });
    const ranked = rankSimilar(quote, passages).filter((match) => {
      const block = blockOf(match.docId, match.index);
      if (block === undefined || !this.#documents.has(match.docId)) return false;
      // The selection finds itself: leave it out.
      const start = block.start + match.start;
      const end = block.start + match.end;
      return !(match.docId === origin.docId && start < origin.end && end > origin.start);
    });
    const documentsBlocks = await getBlocksOf(this.db, new Set(ranked.map((m) => m.docId)));
    const citers = new Map<string, DocumentCiter>();
    const citerOf = (docId: string): DocumentCiter => {
      let citer = citers.get(docId);
      if (citer === undefined) {
        citer = documentCiter(documentsBlocks.get(docId) ?? []);
        citers.set(docId, citer);
      }
      return citer;
    };
    return ranked.flatMap((match) => {
      const document = this.#documents.get(match.docId);
      const block = blockOf(match.docId, match.index);
      if (document === undefined || block === undefined) return [];
      const start = block.start + match.start;
      const end = block.start + match.end;
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
