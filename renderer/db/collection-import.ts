/**
 * Importing a shared collection file: the library as merge planning reads it, the check of
 * every carried text against its claimed SHA-256, and applying a merge plan in ONE transaction
 * (documents, rights, excerpts with their provenance, notes on whole documents, the collection
 * itself): all or nothing.
 */
import {
  collectionTargets,
  documentNotesToWrite,
  excerptsToWrite,
  planMergeWrites,
  type LibrarySnapshot,
  type MergePlan,
  type RightChoice,
} from '../../shared/exchange';
import { formatOfName } from '../../shared/import/sniff';
import { documentText } from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';
import {
  findByContentHash,
  getBlocksOf,
  prepareDocument,
  type PreparedDocument,
} from './documents-repo';
import { systemEnvironment, type Environment } from '../platform/environment';

/**
 * The receiver's library as `planMerge` reads it: live documents with their plain text, every
 * annotation (deleted ones too: an import must recognise them), every right. One read
 * transaction, so the parts agree.
 */
export async function loadLibrarySnapshot(db: RightsmarkDatabase): Promise<LibrarySnapshot> {
  const tables = [db.documents, db.blocks, db.annotations, db.rights, db.documentNotes];
  return db.transaction('r', tables, async () => {
    const [documents, annotations, rights, documentNotes] = await Promise.all([
      db.documents.filter((d) => d.deletedAt === null).toArray(),
      db.annotations.toArray(),
      db.rights.toArray(),
      db.documentNotes.toArray(),
    ]);
    const blocks = await getBlocksOf(
      db,
      documents.map((d) => d.id),
    );
    const texts = new Map([...blocks].map(([docId, rows]) => [docId, documentText(rows)]));
    return {
      documents: documents.map((d) => ({
        id: d.id,
        contentHash: d.contentHash,
        title: d.title,
        sourceName: d.sourceName,
        text: texts.get(d.id) ?? '',
      })),
      annotations,
      rights: rights.map((r) => ({ id: r.id, name: r.name })),
      documentNotes: documentNotes.map((n) => ({
        id: n.id,
        text: n.text,
        modifiedAt: n.modifiedAt,
        deletedAt: n.deletedAt,
      })),
    };
  });
}

/**
 * Builds the rows for every document the file carries and checks each text's SHA-256 against
 * the hash the file claims. Hashing is not an IndexedDB operation, so it happens here, before
 * the write transaction opens.
 *
 * @throws LibraryError when a carried text does not match its claimed hash: the file
 *   would otherwise pass off a changed text as the original.
 */
export async function prepareCarriedDocuments(
  plan: MergePlan,
  env: Environment = systemEnvironment,
): Promise<Map<string, PreparedDocument>> {
  const prepared = new Map<string, PreparedDocument>();
  for (const carried of plan.documentsToAdd) {
    const { document } = carried;
    const title = document.title ?? document.sourceName ?? 'Untitled document';
    const sourceName = document.sourceName ?? `${title}.txt`;
    const result = await prepareDocument(
      {
        meta: {
          title,
          publisher: document.publisher,
          year: document.year,
          kind: document.kind,
          language: document.language,
        },
        format: formatOfName(sourceName),
        sourceName,
        sourceSize: new TextEncoder().encode(carried.text).length,
        sampleKey: null,
        blocks: document.blocks ?? [],
      },
      env,
    );
    if (result.document.contentHash !== carried.contentHash.toLowerCase()) {
      throw new LibraryError(
        'fingerprint-mismatch',
        { fileName: plan.fileName, title },
        `${plan.fileName}: ${title}: SHA-256 mismatch`,
      );
    }
    prepared.set(carried.contentHash.toLowerCase(), result);
  }
  return prepared;
}

/** What an import wrote. */
export interface ImportResult {
  /** The collection the file's excerpts are in now. */
  readonly collectionId: string;
  readonly documentsAdded: number;
  readonly rightsCreated: number;
  /** Excerpts added or replaced (new, updated and conflict copies). */
  readonly excerptsWritten: number;
  /** Notes on whole documents added or replaced. */
  readonly documentNotesWritten: number;
  /** False when the collection was already exactly as the file describes it. */
  readonly collectionChanged: boolean;
}

/**
 * Applies a merge plan in one transaction: adds the carried documents (checked with
 * prepareCarriedDocuments first; a document with the same content added meanwhile is reused),
 * creates or maps the rights the library lacks (`rightChoices` by UnknownRight key; a right
 * with no choice is created), writes new, updated and conflict excerpts with their origin, and
 * writes new and updated document notes (page notes) on their documents, and creates or updates
 * the collection with the file's name, description, order and comments (items the analyst
 * added here stay, after the file's). If anything fails, nothing is written.
 *
 * What to write is decided by `planMergeWrites` (shared/exchange/merge-writes.ts) from what the
 * transaction reads first; applying the same file twice writes nothing the second time.
 *
 * @throws LibraryError when a carried text does not match its hash, or a choice names a
 *   right that does not exist.
 */
export async function applyMergePlan(
  db: RightsmarkDatabase,
  plan: MergePlan,
  rightChoices: ReadonlyMap<string, RightChoice> = new Map(),
  env: Environment = systemEnvironment,
): Promise<ImportResult> {
  const prepared = await prepareCarriedDocuments(plan, env);
  const now = env.now();
  const targets = collectionTargets(plan);

  return db.transaction(
    'rw',
    [db.documents, db.blocks, db.annotations, db.rights, db.collections, db.documentNotes],
    async (): Promise<ImportResult> => {
      const hashes = [...prepared.keys()];
      const [found, rightIds, lastRight, locals, collections, notes] = await Promise.all([
        Promise.all(hashes.map((hash) => findByContentHash(db, hash))),
        db.rights.toCollection().primaryKeys(),
        db.rights.orderBy('order').last(),
        db.annotations.bulkGet(excerptsToWrite(plan).map((e) => e.id)),
        db.collections.bulkGet([targets.own, targets.apart]),
        db.documentNotes.bulkGet(documentNotesToWrite(plan).map((n) => n.incoming.id)),
      ]);
      const writes = planMergeWrites(
        plan,
        {
          libraryDocIdByHash: new Map(hashes.map((hash, i) => [hash, found[i]?.id ?? null])),
          preparedDocIdByHash: new Map([...prepared].map(([hash, doc]) => [hash, doc.document.id])),
          rightIds: new Set(rightIds),
          lastRightOrder: lastRight?.order ?? 0,
          annotations: new Map(locals.flatMap((a) => (a ? [[a.id, a]] : []))),
          collections: new Map(collections.flatMap((c) => (c ? [[c.id, c]] : []))),
          documentNotes: new Map(notes.flatMap((n) => (n ? [[n.id, n]] : []))),
        },
        rightChoices,
        { now, newId: () => env.newId() },
      );
      if (writes.refused !== null) {
        throw new LibraryError(
          'mapped-right-missing',
          { name: writes.refused.name },
          `Right ${writes.refused.rightId} (for ${writes.refused.name}) is missing`,
        );
      }
      const added = writes.documentsToAdd.flatMap((hash) => prepared.get(hash) ?? []);
      await db.documents.bulkAdd(added.map((doc) => doc.document));
      await db.blocks.bulkAdd(added.flatMap((doc) => doc.blocks));
      await db.rights.bulkAdd([...writes.rightsToAdd]);
      await db.annotations.bulkPut([...writes.annotations]);
      await db.documentNotes.bulkPut([...writes.documentNotes]);
      if (writes.collection) await db.collections.put(writes.collection);
      return {
        collectionId: writes.collectionId,
        documentsAdded: added.length,
        rightsCreated: writes.rightsToAdd.length,
        excerptsWritten: writes.annotations.length,
        documentNotesWritten: writes.documentNotes.length,
        collectionChanged: writes.collection !== null,
      };
    },
  );
}
