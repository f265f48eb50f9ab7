/**
 * The Trash: documents, excerpts, document notes, rights and collections the analyst deleted, kept whole until
 * they are restored, deleted for good, or older than the period the analyst set. Also what a
 * delete takes with it, so the app can say so before it deletes.
 */
import type {
  Annotation,
  Collection,
  DocumentNote,
  LibraryDocument,
  Right,
} from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import { systemEnvironment, type Environment } from '../platform/environment';
import { isLiveRight, restoreRight } from './rights-repo';
import { forgetDocuments } from './reading-history-repo';
import { getSetting, putSetting } from './settings-repo';

/** How long deleted things stay in the Trash when the analyst has not chosen. */
export const DEFAULT_TRASH_DAYS = 30;
/** The period's bounds: at least a day (an undo later today), at most ten years. */
export const MIN_TRASH_DAYS = 1;
export const MAX_TRASH_DAYS = 3650;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The kinds of row the Trash holds, named as the tables they live in. */
export type TrashKind = 'documents' | 'excerpts' | 'documentNotes' | 'rights' | 'collections';

export async function trashDays(db: RightsmarkDatabase): Promise<number> {
  const days = await getSetting(db, 'trash-days');
  return typeof days === 'number' && Number.isInteger(days) && days >= MIN_TRASH_DAYS
    ? Math.min(days, MAX_TRASH_DAYS)
    : DEFAULT_TRASH_DAYS;
}

/** Sets the Trash period. @throws RangeError for a period that is not a whole number of days in range. */
export async function setTrashDays(db: RightsmarkDatabase, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < MIN_TRASH_DAYS || days > MAX_TRASH_DAYS) {
    throw new RangeError(
      `The Trash keeps things for ${MIN_TRASH_DAYS} to ${MAX_TRASH_DAYS} days, in whole days.`,
    );
  }
  await putSetting(db, 'trash-days', days);
}

/** When something deleted at `deletedAt` leaves the Trash for good. */
export function purgeDate(deletedAt: string, days: number): Date {
  return new Date(Date.parse(deletedAt) + days * DAY_MS);
}

/** A collection that holds some of the excerpts a delete takes. */
export interface AffectedCollection {
  readonly id: string;
  readonly name: string;
  /** How many of its excerpts the delete takes. */
  readonly excerpts: number;
}

/** What deleting some documents takes with them. */
export interface DocumentDeletionImpact {
  readonly documents: readonly Pick<LibraryDocument, 'id' | 'title'>[];
  /** Their live excerpts. */
  readonly excerpts: number;
  /** Of those, the ones with a note. */
  readonly notes: number;
  /** Live ordered collections holding any of those excerpts, by name. */
  readonly collections: readonly AffectedCollection[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Live ordered collections holding any of `annotationIds`, with how many each holds. */
async function collectionsHolding(
  db: RightsmarkDatabase,
  annotationIds: ReadonlySet<string>,
): Promise<AffectedCollection[]> {
  if (annotationIds.size === 0) return [];
  const collections = await db.collections.filter((c) => c.deletedAt === null).toArray();
  return collections
    .map((c) => ({
      id: c.id,
      name: c.name,
      excerpts: c.items.filter((i) => annotationIds.has(i.annotationId)).length,
    }))
    .filter((c) => c.excerpts > 0)
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** What deleting the documents `ids` would take: their excerpts, notes, and the collections using them. */
export async function documentDeletionImpact(
  db: RightsmarkDatabase,
  ids: readonly string[],
): Promise<DocumentDeletionImpact> {
  return db.transaction('r', [db.documents, db.annotations, db.collections], async () => {
    const documents = (await db.documents.bulkGet([...ids])).filter(
      (d): d is LibraryDocument => d !== undefined && d.deletedAt === null,
    );
    const annotations = await db.annotations
      .where('docId')
      .anyOf(documents.map((d) => d.id))
      .filter((a) => a.deletedAt === null)
      .toArray();
    return {
      documents: documents.map((d) => ({ id: d.id, title: d.title })),
      excerpts: annotations.length,
      notes: annotations.filter((a) => a.note.trim() !== '').length,
      collections: await collectionsHolding(db, new Set(annotations.map((a) => a.id))),
    };
  });
}

/**
 * Moves documents to the Trash in one transaction: each row is marked, its blocks and
 * excerpts stay, so restoring brings everything back. Resolves to the ids it deleted.
 */
export async function deleteDocuments(
  db: RightsmarkDatabase,
  ids: readonly string[],
  env: Environment = systemEnvironment,
): Promise<string[]> {
  return db.transaction('rw', db.documents, async () => {
    const now = env.now();
    const live = (await db.documents.bulkGet([...ids])).filter(
      (d): d is LibraryDocument => d !== undefined && d.deletedAt === null,
    );
    await db.documents.bulkPut(live.map((d) => ({ ...d, deletedAt: now })));
    return live.map((d) => d.id);
  });
}

/** A document in the Trash, with what it carries. */
export interface TrashedDocument {
  readonly document: LibraryDocument;
  /** Its excerpts that come back with it (those not deleted on their own). */
  readonly excerpts: number;
  readonly notes: number;
  readonly collections: readonly AffectedCollection[];
}

/** An excerpt deleted on its own (its document live), with its document's title. */
export interface TrashedExcerpt {
  readonly annotation: Annotation;
  readonly documentTitle: string | null;
}

/** A document note deleted on its own (its document live), with its document's title. */
export interface TrashedDocumentNote {
  readonly note: DocumentNote;
  readonly documentTitle: string | null;
}

/** A right in the Trash, with where its excerpts went. */
export interface TrashedRight {
  readonly right: Right;
  /** The right its excerpts were moved to, and back from on restore; null when it had none. */
  readonly movedTo: string | null;
  readonly movedExcerpts: number;
}

export interface TrashedCollection {
  readonly collection: Collection;
}

/** Everything in the Trash, newest deletion first, and the period it is kept. */
export interface TrashContents {
  readonly days: number;
  readonly documents: readonly TrashedDocument[];
  readonly excerpts: readonly TrashedExcerpt[];
  readonly documentNotes: readonly TrashedDocumentNote[];
  readonly rights: readonly TrashedRight[];
  readonly collections: readonly TrashedCollection[];
}

const byDeletion =
  <T>(deletedAt: (row: T) => string | null | undefined) =>
  (a: T, b: T) =>
    (deletedAt(b) ?? '').localeCompare(deletedAt(a) ?? '');

export async function loadTrash(db: RightsmarkDatabase): Promise<TrashContents> {
  return db.transaction(
    'r',
    [db.documents, db.annotations, db.documentNotes, db.rights, db.collections, db.settings],
    async () => {
      const [documents, rights, collections, deletedAnnotations, deletedNotes, days] =
        await Promise.all([
          db.documents.where('deletedAt').above('').toArray(),
          db.rights.filter((r) => !isLiveRight(r)).toArray(),
          db.collections.where('deletedAt').above('').toArray(),
          db.annotations.where('deletedAt').above('').toArray(),
          db.documentNotes.where('deletedAt').above('').toArray(),
          trashDays(db),
        ]);
      const trashedDocIds = new Set(documents.map((d) => d.id));
      const carried = await db.annotations
        .where('docId')
        .anyOf([...trashedDocIds])
        .filter((a) => a.deletedAt === null)
        .toArray();
      const allCollections = await db.collections.filter((c) => c.deletedAt === null).toArray();
      const names = new Map((await db.rights.toArray()).map((r) => [r.id, r.name] as const));
      const loneExcerpts = deletedAnnotations.filter((a) => !trashedDocIds.has(a.docId));
      const loneNotes = deletedNotes.filter((n) => !trashedDocIds.has(n.docId));
      const titles = new Map(
        (
          await db.documents.bulkGet([
            ...new Set([...loneExcerpts, ...loneNotes].map((row) => row.docId)),
          ])
        )
          .filter((d): d is LibraryDocument => d !== undefined)
          .map((d) => [d.id, d.title]),
      );
      return {
        days,
        documents: documents.sort(byDeletion((d) => d.deletedAt)).map((document) => {
          const own = carried.filter((a) => a.docId === document.id);
          const ids = new Set(own.map((a) => a.id));
          return {
            document,
            excerpts: own.length,
            notes: own.filter((a) => a.note.trim() !== '').length,
            collections: allCollections
              .map((c) => ({
                id: c.id,
                name: c.name,
                excerpts: c.items.filter((i) => ids.has(i.annotationId)).length,
              }))
              .filter((c) => c.excerpts > 0)
              .sort((a, b) => collator.compare(a.name, b.name)),
          };
        }),
        excerpts: loneExcerpts.sort(byDeletion((a) => a.deletedAt)).map((annotation) => ({
          annotation,
          documentTitle: titles.get(annotation.docId) ?? null,
        })),
        documentNotes: loneNotes.sort(byDeletion((n) => n.deletedAt)).map((note) => ({
          note,
          documentTitle: titles.get(note.docId) ?? null,
        })),
        rights: rights.sort(byDeletion((r) => r.deletedAt)).map((right) => ({
          right,
          movedTo:
            right.deletion?.replacementId != null
              ? (names.get(right.deletion.replacementId) ?? null)
              : null,
          movedExcerpts: right.deletion?.movedAnnotationIds.length ?? 0,
        })),
        collections: collections
          .sort(byDeletion((c) => c.deletedAt))
          .map((collection) => ({ collection })),
      };
    },
  );
}

/** The table holding a kind of Trash row that is marked deleted (rights are not: see rights-repo). */
function softDeleteTable(db: RightsmarkDatabase, kind: Exclude<TrashKind, 'rights'>) {
  switch (kind) {
    case 'documents':
      return db.documents;
    case 'excerpts':
      return db.annotations;
    case 'documentNotes':
      return db.documentNotes;
    case 'collections':
      return db.collections;
  }
}

/** Takes one row out of the Trash, with everything it carried. Resolves to false if it was not there. */
export async function restoreFromTrash(
  db: RightsmarkDatabase,
  kind: TrashKind,
  id: string,
  env: Environment = systemEnvironment,
): Promise<boolean> {
  if (kind === 'rights') return restoreRight(db, id, env);
  const table = softDeleteTable(db, kind);
  return db.transaction('rw', table, async () => {
    const row = await table.get(id);
    if (!row || row.deletedAt === null) return false;
    await table.put({ ...row, deletedAt: null } as never);
    return true;
  });
}

/**
 * Takes documents out of the Trash in one transaction (the undo of one multi-document delete),
 * each with everything it carried. Resolves to the ids it restored; others are ignored.
 */
export async function restoreDocuments(
  db: RightsmarkDatabase,
  ids: readonly string[],
): Promise<string[]> {
  return db.transaction('rw', db.documents, async () => {
    const trashed = (await db.documents.bulkGet([...ids])).filter(
      (d): d is LibraryDocument => d !== undefined && d.deletedAt !== null,
    );
    await db.documents.bulkPut(trashed.map((d) => ({ ...d, deletedAt: null })));
    return trashed.map((d) => d.id);
  });
}

/** How many rows of each kind a purge removed for good. */
export type PurgeCounts = Readonly<Record<TrashKind, number>>;

/** Every table a purge deletes from (or, for settings, forgets the purged documents in). */
function purgeTables(db: RightsmarkDatabase) {
  return [
    db.documents,
    db.blocks,
    db.annotations,
    db.documentNotes,
    db.rights,
    db.collections,
    db.settings,
    db.originals,
  ];
}

/**
 * Deletes rows in the Trash for good, in one transaction. A document takes its blocks, its
 * stored PDF and all its excerpts with it; collections keep their items (counted as no longer in the library),
 * so a merge restore of a backup holding the excerpts puts them back in place. Ids not in
 * the Trash are ignored.
 */
export async function purgeFromTrash(
  db: RightsmarkDatabase,
  kind: TrashKind,
  ids: readonly string[],
): Promise<number> {
  return db.transaction('rw', purgeTables(db), async () => {
    if (kind === 'rights') {
      const rows = (await db.rights.bulkGet([...ids])).filter(
        (r): r is Right => r !== undefined && !isLiveRight(r),
      );
      await db.rights.bulkDelete(rows.map((r) => r.id));
      return rows.length;
    }
    const table = softDeleteTable(db, kind);
    const rows = (await (table as typeof db.documentNotes).bulkGet([...ids])).filter(
      (r): r is NonNullable<typeof r> => r !== undefined && r.deletedAt !== null,
    );
    const gone = rows.map((r) => r.id);
    if (kind === 'documents') {
      await db.blocks.where('docId').anyOf(gone).delete();
      await db.originals.bulkDelete(gone);
      await db.annotations.where('docId').anyOf(gone).delete();
      await db.documentNotes.where('docId').anyOf(gone).delete();
      await forgetDocuments(db, gone);
    }
    await table.bulkDelete(gone);
    return gone.length;
  });
}

/** The ids in the Trash whose deletion is older than `cutoff` (all of them when null). */
async function trashIds(
  db: RightsmarkDatabase,
  cutoff: string | null,
): Promise<Record<TrashKind, string[]>> {
  const older = (deletedAt: string | null | undefined) =>
    deletedAt != null && (cutoff === null || deletedAt < cutoff);
  const [documents, annotations, notes, rights, collections] = await Promise.all([
    db.documents.where('deletedAt').above('').toArray(),
    db.annotations.where('deletedAt').above('').toArray(),
    db.documentNotes.where('deletedAt').above('').toArray(),
    db.rights.filter((r) => !isLiveRight(r)).toArray(),
    db.collections.where('deletedAt').above('').toArray(),
  ]);
  return {
    documents: documents.filter((d) => older(d.deletedAt)).map((d) => d.id),
    excerpts: annotations.filter((a) => older(a.deletedAt)).map((a) => a.id),
    documentNotes: notes.filter((n) => older(n.deletedAt)).map((n) => n.id),
    rights: rights.filter((r) => older(r.deletedAt)).map((r) => r.id),
    collections: collections.filter((c) => older(c.deletedAt)).map((c) => c.id),
  };
}

async function purgeAll(db: RightsmarkDatabase, cutoff: string | null): Promise<PurgeCounts> {
  return db.transaction('rw', purgeTables(db), async () => {
    const ids = await trashIds(db, cutoff);
    // Documents first: their excerpts go with them, whatever their own state.
    const documents = await purgeFromTrash(db, 'documents', ids.documents);
    const excerpts = await purgeFromTrash(db, 'excerpts', ids.excerpts);
    const documentNotes = await purgeFromTrash(db, 'documentNotes', ids.documentNotes);
    const rights = await purgeFromTrash(db, 'rights', ids.rights);
    const collections = await purgeFromTrash(db, 'collections', ids.collections);
    return { documents, excerpts, documentNotes, rights, collections };
  });
}

/** Empties the Trash: everything in it is deleted for good. */
export async function emptyTrash(db: RightsmarkDatabase): Promise<PurgeCounts> {
  return purgeAll(db, null);
}

/**
 * Deletes for good what has been in the Trash longer than the analyst's period; the app runs
 * it when a library opens.
 */
export async function purgeExpired(
  db: RightsmarkDatabase,
  env: Environment = systemEnvironment,
): Promise<PurgeCounts> {
  const days = await trashDays(db);
  const cutoff = new Date(Date.parse(env.now()) - days * DAY_MS).toISOString();
  return purgeAll(db, cutoff);
}
