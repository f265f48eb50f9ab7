/**
 * Counting what the library holds: for the startup guard and the marker kept outside it; and
 * watching it change, for the safety nets.
 */
import { liveQuery } from 'dexie';
import type { LibraryMarker } from '../../shared/ipc/contract';
import type { RightsmarkDatabase } from './database';
import { libraryId } from './backup-repo';
import { getSetting } from './settings-repo';

/** What the startup decision needs to know of the database. */
export interface LibraryState {
  /** Whether the sample-library marker row exists (the library was set up before). */
  readonly seeded: boolean;
  readonly documents: number;
  readonly annotations: number;
}

export async function readLibraryState(db: RightsmarkDatabase): Promise<LibraryState> {
  const [seeded, documents, annotations] = await Promise.all([
    getSetting(db, 'sample-library'),
    db.documents.count(),
    db.annotations.count(),
  ]);
  return { seeded: seeded !== undefined, documents, annotations };
}

/** The marker describing the library now. */
export async function currentMarker(
  db: RightsmarkDatabase,
  now: string,
  lastBackupAt: string | null,
): Promise<LibraryMarker> {
  const [id, documents, annotations, collections] = await Promise.all([
    libraryId(db),
    db.documents.count(),
    db.annotations.count(),
    db.collections.count(),
  ]);
  return {
    libraryId: id,
    counts: { documents, annotations, collections },
    lastBackupAt,
    updatedAt: now,
  };
}

/** A cheap signature that changes whenever any row is added, changed or removed. */
async function changeSignature(db: RightsmarkDatabase): Promise<string> {
  const [
    documents,
    annotations,
    collections,
    rights,
    lastAnnotation,
    lastDocument,
    lastCollection,
    lastRight,
  ] = await Promise.all([
    db.documents.count(),
    db.annotations.count(),
    db.collections.count(),
    db.rights.count(),
    db.annotations.orderBy('modifiedAt').last(),
    db.documents.orderBy('modifiedAt').last(),
    db.collections.orderBy('modifiedAt').last(),
    db.rights.toArray(),
  ]);
  return JSON.stringify([
    documents,
    annotations,
    collections,
    rights,
    lastAnnotation?.modifiedAt,
    lastDocument?.modifiedAt,
    lastCollection?.modifiedAt,
    lastRight
      .map((r) => r.modifiedAt)
      .sort()
      .at(-1),
  ]);
}

/**
 * Calls `next` with a signature of the library now and again whenever any row is added,
 * changed or removed; returns a function that stops watching.
 */
export function watchLibraryChanges(
  db: RightsmarkDatabase,
  observer: { next: (signature: string) => void; error: (error: unknown) => void },
): () => void {
  const subscription = liveQuery(() => changeSignature(db)).subscribe(observer);
  return () => subscription.unsubscribe();
}
