/** Counting what the library holds: for the startup guard and the marker kept outside it. */
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
