/** Reads and writes of documents and their blocks. */
import Dexie from 'dexie';
import {
  placeBlocks,
  type DocumentFormat,
  type DocumentMeta,
  type DocumentOriginal,
  type LibraryDocument,
  type ParsedBlock,
  type StoredBlock,
} from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';
import { systemEnvironment, type Environment } from '../platform/environment';
import { textFacts, type TextFacts } from './text-facts';

/** What a new document is made from, whatever its source. */
export interface NewDocument {
  readonly meta: DocumentMeta;
  readonly format: DocumentFormat;
  readonly sourceName: string;
  readonly sourceSize: number;
  readonly sampleKey: string | null;
  readonly blocks: readonly ParsedBlock[];
  /** The imported file's bytes: kept for PDFs, whose pages the reader can show. */
  readonly sourceBytes?: Uint8Array;
  /** The blocks' text facts, when the import worker computed them already. */
  readonly facts?: TextFacts;
}

export interface PreparedDocument {
  readonly document: LibraryDocument;
  readonly blocks: readonly StoredBlock[];
  /** The PDF it was read from, stored beside it. */
  readonly original?: DocumentOriginal;
}

/** The row that keeps a document's source file, for PDFs (the only format with pages to show). */
export function originalOf(
  document: Pick<LibraryDocument, 'id' | 'format' | 'contentHash' | 'modifiedAt'>,
  bytes: Uint8Array | undefined,
): DocumentOriginal | undefined {
  if (document.format !== 'pdf' || bytes === undefined || bytes.length === 0) return undefined;
  return {
    docId: document.id,
    mediaType: 'application/pdf',
    bytes,
    contentHash: document.contentHash,
    storedAt: document.modifiedAt,
  };
}

/**
 * Builds the rows for a new document. Hashing is asynchronous and not an IndexedDB operation,
 * so it happens here (or in the import worker), before the write transaction opens (awaiting it
 * inside would let IndexedDB commit the transaction early).
 */
export async function prepareDocument(
  input: NewDocument,
  env: Environment = systemEnvironment,
): Promise<PreparedDocument> {
  const id = env.newId();
  const now = env.now();
  const facts = input.facts ?? (await textFacts(input.blocks));
  const blocks = placeBlocks(id, input.blocks);
  const document: LibraryDocument = {
    ...input.meta,
    id,
    format: input.format,
    sourceName: input.sourceName,
    sourceSize: input.sourceSize,
    contentHash: facts.contentHash,
    textLength: facts.textLength,
    wordCount: facts.wordCount,
    blockCount: blocks.length,
    sampleKey: input.sampleKey,
    version: 1,
    createdAt: now,
    modifiedAt: now,
    deletedAt: null,
  };
  const original = originalOf(document, input.sourceBytes);
  return original ? { document, blocks, original } : { document, blocks };
}

/**
 * Writes prepared documents; call inside a transaction covering documents and blocks, and
 * originals when any of them carries its PDF.
 */
export async function putPreparedDocuments(
  db: RightsmarkDatabase,
  prepared: readonly PreparedDocument[],
): Promise<void> {
  await db.documents.bulkAdd(prepared.map((p) => p.document));
  await db.blocks.bulkAdd(prepared.flatMap((p) => p.blocks));
  const originals = prepared.flatMap((p) => (p.original ? [p.original] : []));
  if (originals.length > 0) await db.originals.bulkPut(originals);
}

/**
 * Every document in the library that is not deleted, in no particular order. Read in one
 * request and filtered here: a filtered query walks a cursor, a round trip per row, and the
 * library view asks again after every write (an import's among them).
 */
export async function listDocuments(db: RightsmarkDatabase): Promise<LibraryDocument[]> {
  return (await db.documents.toArray()).filter((doc) => doc.deletedAt === null);
}

/** A live document, or undefined when it does not exist or is deleted. */
export async function getDocument(
  db: RightsmarkDatabase,
  id: string,
): Promise<LibraryDocument | undefined> {
  const doc = await db.documents.get(id);
  return doc && doc.deletedAt === null ? doc : undefined;
}

/** A document's blocks in reading order. */
export async function getBlocks(db: RightsmarkDatabase, docId: string): Promise<StoredBlock[]> {
  return db.blocks
    .where('[docId+index]')
    .between([docId, Dexie.minKey], [docId, Dexie.maxKey])
    .toArray();
}

/**
 * The blocks of each of these documents in reading order, by document id (in the order the
 * ids are given), read with one query.
 */
export async function getBlocksOf(
  db: RightsmarkDatabase,
  docIds: Iterable<string>,
): Promise<Map<string, StoredBlock[]>> {
  const byDoc = new Map<string, StoredBlock[]>();
  for (const docId of docIds) byDoc.set(docId, []);
  if (byDoc.size === 0) return byDoc;
  const rows = await db.blocks
    .where('docId')
    .anyOf([...byDoc.keys()])
    .toArray();
  for (const block of rows) byDoc.get(block.docId)?.push(block);
  for (const blocks of byDoc.values()) blocks.sort((a, b) => a.index - b.index);
  return byDoc;
}

/**
 * A string that changes whenever a document is added, replaced, renamed, re-filed (kind,
 * year) or deleted: what the search index must follow.
 */
export async function documentsSignature(db: RightsmarkDatabase): Promise<string> {
  let signature = '';
  await db.documents.each((d) => {
    signature += `${d.id}\u0001${d.version}\u0001${d.deletedAt === null ? 1 : 0}\u0001${d.title}\u0001${d.kind ?? ''}\u0001${d.year ?? ''}\u0002`;
  });
  return signature;
}

/**
 * Deletes a document so that it can be undone: the row is marked, its blocks and annotations
 * stay. Resolves to false when there was nothing to delete.
 */
export async function deleteDocument(
  db: RightsmarkDatabase,
  id: string,
  env: Environment = systemEnvironment,
): Promise<boolean> {
  return db.transaction('rw', db.documents, async () => {
    const doc = await db.documents.get(id);
    if (!doc || doc.deletedAt !== null) return false;
    await db.documents.put({ ...doc, deletedAt: env.now() });
    return true;
  });
}

/** Undoes deleteDocument. */
export async function restoreDocument(db: RightsmarkDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.documents, async () => {
    const doc = await db.documents.get(id);
    if (!doc || doc.deletedAt === null) return false;
    await db.documents.put({ ...doc, deletedAt: null });
    return true;
  });
}

/** Live annotation counts per document id. */
export async function annotationCounts(db: RightsmarkDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.annotations.each((annotation) => {
    if (annotation.deletedAt !== null) return;
    counts.set(annotation.docId, (counts.get(annotation.docId) ?? 0) + 1);
  });
  return counts;
}

/** Adds one new document in its own transaction: all of it or none of it. */
export async function addDocument(
  db: RightsmarkDatabase,
  input: NewDocument,
  env: Environment = systemEnvironment,
): Promise<LibraryDocument> {
  const prepared = await prepareDocument(input, env);
  await db.transaction('rw', db.documents, db.blocks, db.originals, () =>
    putPreparedDocuments(db, [prepared]),
  );
  return prepared.document;
}

/** A live document with exactly this content, if the library has one. */
export async function findByContentHash(
  db: RightsmarkDatabase,
  contentHash: string,
): Promise<LibraryDocument | undefined> {
  return db.documents
    .where('contentHash')
    .equals(contentHash)
    .filter((d) => d.deletedAt === null)
    .first();
}

/**
 * Live documents an import may be a new version of: the same source file name or the same
 * title (case-insensitive).
 */
export async function findVersionCandidates(
  db: RightsmarkDatabase,
  sourceName: string,
  title: string,
): Promise<LibraryDocument[]> {
  // Both through indexes: an import of thousands of files asks this once per file.
  const [bySource, byTitle] = await Promise.all([
    db.documents.where('sourceName').equals(sourceName).toArray(),
    db.documents.where('title').equalsIgnoreCase(title.trim()).toArray(),
  ]);
  const found = new Map([...bySource, ...byTitle].map((d) => [d.id, d]));
  return [...found.values()].filter((d) => d.deletedAt === null);
}

/** What an import must know of the library before adding a document. */
export interface ImportLookalikes {
  /** A live document with exactly this content, if any. */
  readonly duplicate: LibraryDocument | undefined;
  /** Live documents it may be a new version of (see findVersionCandidates). */
  readonly candidates: LibraryDocument[];
}

/**
 * `findByContentHash` and `findVersionCandidates` in one read transaction: an import of
 * thousands of files asks this once per file, and one transaction costs a third of three.
 */
export async function findImportLookalikes(
  db: RightsmarkDatabase,
  contentHash: string,
  sourceName: string,
  title: string,
): Promise<ImportLookalikes> {
  return db.transaction('r', db.documents, async () => {
    const [duplicate, candidates] = await Promise.all([
      findByContentHash(db, contentHash),
      findVersionCandidates(db, sourceName, title),
    ]);
    return { duplicate, candidates };
  });
}

/** The keys an import looks documents up by: content hashes, source names, folded titles. */
export interface ImportLookupKeys {
  readonly contentHashes: Set<string>;
  readonly sourceNames: Set<string>;
  readonly titles: Set<string>;
}

/**
 * A title as the lookup keys hold it: folded so that any two titles `equalsIgnoreCase` matches
 * fold alike (a key set may hold more than the query finds, never less).
 */
export function foldTitle(title: string): string {
  return title.trim().toUpperCase().toLowerCase();
}

/**
 * Every document's lookup keys, read from the indexes alone (deleted documents included: the
 * keys only rule documents out, the indexed queries above decide).
 */
export async function importLookupKeys(db: RightsmarkDatabase): Promise<ImportLookupKeys> {
  return db.transaction('r', db.documents, async () => {
    const [hashes, sources, titles] = await Promise.all([
      db.documents.orderBy('contentHash').uniqueKeys(),
      db.documents.orderBy('sourceName').uniqueKeys(),
      db.documents.orderBy('title').uniqueKeys(),
    ]);
    return {
      contentHashes: new Set(hashes.map(String)),
      sourceNames: new Set(sources.map(String)),
      titles: new Set(titles.map((title) => foldTitle(String(title)))),
    };
  });
}

/** What addDocumentIfNew did: added the document, or found one with the same content. */
export type AddIfNewResult =
  | { readonly added: true; readonly document: LibraryDocument }
  | { readonly added: false; readonly existing: LibraryDocument };

/**
 * Adds a prepared document in its own transaction unless a live document with the same content
 * hash is already there; the check runs inside the transaction, so two imports of one file at
 * once still add it once.
 */
export async function addDocumentIfNew(
  db: RightsmarkDatabase,
  prepared: PreparedDocument,
): Promise<AddIfNewResult> {
  return db.transaction(
    'rw',
    db.documents,
    db.blocks,
    db.originals,
    async (): Promise<AddIfNewResult> => {
      const existing = await findByContentHash(db, prepared.document.contentHash);
      if (existing) return { added: false, existing };
      await putPreparedDocuments(db, [prepared]);
      return { added: true, document: prepared.document };
    },
  );
}

/**
 * Adds several new documents in one transaction, each only if its content is not in the
 * library yet (nor earlier in the same list). Every document is whole or absent; if the write
 * fails, none of the list is stored and the caller may retry them one by one.
 *
 * The library is asked for every hash of the list at once, and the new documents are written
 * with one bulk add per table: a query and a small write per document cost an import of a thousand
 * files more than its rows (and Dexie tracks a small write key by key for live queries, where
 * it marks a large one as a whole table). The answer is the one addDocumentIfNew would give for
 * each document in turn: the live document with the lowest id holding that content, or the
 * list's earlier document with it.
 */
export async function addDocumentsIfNew(
  db: RightsmarkDatabase,
  prepared: readonly PreparedDocument[],
): Promise<AddIfNewResult[]> {
  return db.transaction('rw', db.documents, db.blocks, db.originals, async () => {
    const hashes = [...new Set(prepared.map((item) => item.document.contentHash))];
    // One index read per hash, all sent at once (an `anyOf` walks a cursor, a round trip per
    // hash). Each comes ordered by id: the first live one is what findByContentHash finds.
    const stored = await Promise.all(
      hashes.map((hash) => db.documents.where('contentHash').equals(hash).toArray()),
    );
    const holder = new Map<string, LibraryDocument>();
    for (const documents of stored) {
      const live = documents.find((d) => d.deletedAt === null);
      if (live) holder.set(live.contentHash, live);
    }
    const results: AddIfNewResult[] = [];
    const fresh: PreparedDocument[] = [];
    for (const item of prepared) {
      const existing = holder.get(item.document.contentHash);
      if (existing) {
        results.push({ added: false, existing });
      } else {
        holder.set(item.document.contentHash, item.document);
        fresh.push(item);
        results.push({ added: true, document: item.document });
      }
    }
    if (fresh.length > 0) await putPreparedDocuments(db, fresh);
    return results;
  });
}

/** The analyst corrects a document's details (title, publisher, year, kind, language). */
export async function updateDocumentMeta(
  db: RightsmarkDatabase,
  id: string,
  meta: DocumentMeta,
  env: Environment = systemEnvironment,
): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    const doc = await db.documents.get(id);
    if (!doc) throw new LibraryError('missing', { kind: 'document' }, `No document with id ${id}`);
    await db.documents.put({ ...doc, ...meta, modifiedAt: env.now() });
  });
}

/** Every document's id, version and whether it is in the Trash (deleted rows included). */
export async function listDocumentStates(
  db: RightsmarkDatabase,
): Promise<{ readonly id: string; readonly version: number; readonly deleted: boolean }[]> {
  const states: { id: string; version: number; deleted: boolean }[] = [];
  await db.documents.each((d) => {
    states.push({ id: d.id, version: d.version, deleted: d.deletedAt !== null });
  });
  return states;
}

/** The blocks at these [document, index] places, in the order asked (undefined where none). */
export async function getBlocksAt(
  db: RightsmarkDatabase,
  places: readonly (readonly [string, number])[],
): Promise<(StoredBlock | undefined)[]> {
  return db.blocks.bulkGet(places.map(([docId, index]) => [docId, index]));
}
