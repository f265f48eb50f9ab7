/**
 * Keeps the library's search index in step with the database and answers queries. Runs in the
 * search worker (off the UI thread), or in the page where workers are unavailable (unit tests).
 * The index is stored in the database as segments: the first sync loads them, so a restart is
 * searchable at once. Syncing compares each document's (id, version, title, deletion) with what
 * is indexed, masks what was deleted, takes back a restored document's stored copy, and re-reads
 * only the blocks of documents that are new or changed, in batches, so results for the part
 * already indexed can be served while a large library is still being indexed; what changed is
 * written back as it goes.
 */
import {
  LibraryIndex,
  type PassagesByDocument,
  type SearchFilters,
  type SearchResults,
  type TextRange,
} from '../../../shared/search';
import type { LibraryDocument } from '../../../shared/model';
import { anchoredWithRight } from '../../db/annotations-repo';
import type { RightsmarkDatabase } from '../../db/database';
import { getBlocksOf, listDocuments } from '../../db/documents-repo';
import {
  clearSearchSegments,
  getBlockTexts,
  loadSearchSegments,
  saveSearchChanges,
} from '../../db/search-index-repo';
import { messageOf } from '../../ui/message-of';

/** How far indexing has come. */
export interface IndexProgress {
  /** Live documents indexed so far. */
  readonly indexed: number;
  /** Live documents in the library. */
  readonly total: number;
  /** Increments whenever the index changes, so views can search again. */
  readonly generation: number;
}

/**
 * Documents whose blocks are read and indexed at once. Large enough that reading from
 * IndexedDB is efficient, small enough (≈ 4,000 blocks, a few hundred milliseconds) that a
 * query waiting behind a batch is answered promptly.
 */
const BATCH_DOCUMENTS = 200;
/**
 * The index is written at most this often: while a large library is first indexed, and while an
 * import adds documents batch after batch (each sync merging segments that the next replaces), a
 * write per sync would compete with the import's own writes. Changes not yet written when the
 * app closes are indexed again at the next start.
 */
const SAVE_EVERY_MS = 10_000;

export class LibrarySearchEngine {
  private readonly index: LibraryIndex;
  private loaded = false;
  private lastSave = Number.NEGATIVE_INFINITY;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private progress: IndexProgress = { indexed: 0, total: 0, generation: 0 };
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: RightsmarkDatabase,
    private readonly onProgress: (progress: IndexProgress) => void = () => {},
    private readonly now: () => number = () => Date.now(),
  ) {
    this.index = new LibraryIndex((blocks) => getBlockTexts(db, blocks));
  }

  /** Current progress. */
  status(): IndexProgress {
    return this.progress;
  }

  /**
   * Brings the index up to date with the database. Calls made while a sync runs are folded
   * into one more run after it; the promise settles when the index is current.
   */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.syncOnce();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Searches what is indexed so far. */
  async search(query: string, filters: SearchFilters): Promise<SearchResults> {
    const passages = filters.rightId === null ? null : await this.passagesOf(filters.rightId);
    return this.index.search(query, filters, passages);
  }

  /** Loads the stored index once; one that cannot be read is dropped and built again. */
  private async loadStored(): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    try {
      this.index.load(await loadSearchSegments(this.db));
    } catch (error) {
      console.warn(`Search index: building it again (${messageOf(error)})`);
      this.index.load([]);
      await clearSearchSegments(this.db);
    }
  }

  private async syncOnce(): Promise<void> {
    await this.loadStored();
    const live = await listDocuments(this.db);
    const liveIds = new Set(live.map((d) => d.id));
    let changed = false;
    for (const id of this.index.documentIds()) {
      if (!liveIds.has(id)) {
        this.index.removeDocument(id);
        changed = true;
      }
    }
    const pending: LibraryDocument[] = [];
    for (const doc of live) {
      const indexed = this.index.indexed(doc.id);
      if (!indexed || indexed.version !== doc.version || indexed.title !== doc.title) {
        // A document back from the Trash is still in a segment, masked.
        if (this.index.revive(metaOf(doc))) changed = true;
        else pending.push(doc);
      } else if (indexed.kind !== doc.kind || indexed.year !== doc.year) {
        this.index.updateMeta(metaOf(doc));
        changed = true;
      }
    }
    this.report(live.length, live.length - pending.length, changed);

    for (let i = 0; i < pending.length; i += BATCH_DOCUMENTS) {
      const batch = pending.slice(i, i + BATCH_DOCUMENTS);
      const byDoc = await getBlocksOf(
        this.db,
        batch.map((d) => d.id),
      );
      this.index.addDocuments(
        batch.map((doc) => ({
          meta: metaOf(doc),
          blocks: (byDoc.get(doc.id) ?? []).map((b) => ({
            index: b.index,
            start: b.start,
            text: b.text,
          })),
        })),
      );
      this.report(live.length, live.length - pending.length + i + batch.length, true);
      if (this.now() - this.lastSave >= SAVE_EVERY_MS) await this.save();
      // Let queued queries run between batches.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (changed || pending.length > 0) {
      this.index.compact();
      await this.saveSoon();
    }
  }

  /** Writes now if the last write is long enough ago, else once that much time has passed. */
  private async saveSoon(): Promise<void> {
    const wait = this.lastSave + SAVE_EVERY_MS - this.now();
    if (wait <= 0) {
      await this.save();
      return;
    }
    this.saveTimer ??= setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, wait);
  }

  /** Writes what changed in the index; a failed write leaves the index working in memory. */
  private async save(): Promise<void> {
    this.lastSave = this.now();
    try {
      await saveSearchChanges(this.db, this.index.takeChanges());
    } catch (error) {
      console.warn(`Search index: not stored (${messageOf(error)})`);
    }
  }

  private report(total: number, indexed: number, changed: boolean): void {
    const generation = this.progress.generation + (changed ? 1 : 0);
    const next = { indexed, total, generation };
    if (
      next.indexed === this.progress.indexed &&
      next.total === this.progress.total &&
      next.generation === this.progress.generation
    )
      return;
    this.progress = next;
    this.onProgress(next);
  }

  /** The live, anchored passages carrying a right, by document. */
  private async passagesOf(rightId: string): Promise<PassagesByDocument> {
    const annotations = await anchoredWithRight(this.db, rightId);
    const passages = new Map<string, TextRange[]>();
    for (const a of annotations) {
      const range = { start: a.position.start, end: a.position.end };
      const list = passages.get(a.docId);
      if (list) list.push(range);
      else passages.set(a.docId, [range]);
    }
    return passages;
  }
}

function metaOf(doc: LibraryDocument) {
  return { id: doc.id, title: doc.title, kind: doc.kind, year: doc.year, version: doc.version };
}
