/**
 * The library's one IndexedDB database: typed tables and numbered schema versions. Queries and
 * writes live in the repositories beside this file, never in components.
 */
import Dexie, { type Table } from 'dexie';
import type {
  Annotation,
  Collection,
  DocumentNote,
  DocumentOriginal,
  LibraryDocument,
  Right,
  SettingRow,
  StoredBlock,
} from '../../shared/model';
import type { StoredWordingPrints } from '../../shared/reuse';
import type { StoredSegment } from '../../shared/search';

export const DATABASE_NAME = 'rightsmark';

/**
 * Version 1 of the schema. Indexes are what the views query by:
 * - documents by content hash (duplicate imports) and source name (new versions);
 * - blocks by document, in order, through the [docId+index] primary key;
 * - annotations by document and, multi-entry, by right (excerpts filtered by right);
 * - settings as a key–value table.
 * Soft-deleted rows carry deletedAt; null is not a valid IndexedDB key, so live rows stay out
 * of the deletedAt index and "deleted" queries stay cheap.
 *
 * A released version is never edited: a change is a new version with a named upgrade
 * function (and a fixture of the old version in db/fixtures, opened by schema-upgrades.test).
 */
export const SCHEMA_V1 = {
  documents: 'id, title, contentHash, sourceName, sampleKey, modifiedAt, deletedAt',
  blocks: '[docId+index], docId',
  annotations: 'id, docId, *rightIds, modifiedAt, status, deletedAt',
  rights: 'id, order',
  collections: 'id, name, modifiedAt, deletedAt',
  settings: 'key',
} as const;

/**
 * Version 2 adds document notes (notes on a whole document: Hypothesis page notes, W3C
 * annotations that target only a document, and the reader's Document notes panel), queried by
 * document; soft-deleted like annotations. No upgrade function: the new table starts empty and
 * no existing row changes.
 */
export const SCHEMA_V2 = {
  documentNotes: 'id, docId, modifiedAt, deletedAt',
} as const;

/**
 * Version 3 adds the stored search index: segments of postings (shared/search/search-segment.ts)
 * by a growing id, so a restart loads the index instead of reading every paragraph again. It is
 * derived data: no upgrade function fills it (the search engine builds it from the documents on
 * first start), and backups leave it out.
 */
export const SCHEMA_V3 = {
  searchSegments: 'id',
} as const;

/**
 * Version 4 adds the imported PDFs themselves, so the reader can show a block's original page.
 * They live in their own table keyed by document id: the documents table stays light (the
 * library lists it whole) and a document's bytes are read only when its pages are shown.
 * No upgrade function: the table starts empty, and PDFs imported before it say "Re-import
 * the PDF to see its pages".
 */
export const SCHEMA_V4 = {
  originals: 'docId',
} as const;

/**
 * Version 5 adds the wording index's fingerprints, one row per document by id, so "where else
 * does this wording appear?" is ready at start-up without re-reading the library's text. The
 * rows are derived data: backups leave them out, and a library upgraded from an older version
 * has none until the wording index fills the table in the background (no upgrade function).
 */
export const SCHEMA_V5 = {
  wordingPrints: 'docId',
} as const;

/** The schema version this build opens (the highest declared below). */
export const SCHEMA_VERSION = 5;

export class RightsmarkDatabase extends Dexie {
  documents!: Table<LibraryDocument, string>;
  blocks!: Table<StoredBlock, [string, number]>;
  annotations!: Table<Annotation, string>;
  rights!: Table<Right, string>;
  collections!: Table<Collection, string>;
  settings!: Table<SettingRow, string>;
  documentNotes!: Table<DocumentNote, string>;
  searchSegments!: Table<StoredSegment, number>;
  originals!: Table<DocumentOriginal, string>;
  wordingPrints!: Table<StoredWordingPrints, string>;

  constructor(name: string = DATABASE_NAME) {
    // Strict durability: a write the app reports as saved is on disk, not only in the OS cache.
    super(name, { chromeTransactionDurability: 'strict' });

    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
  }
}

/** The app's database; tests construct their own with a unique name instead. */
export const db = new RightsmarkDatabase();
