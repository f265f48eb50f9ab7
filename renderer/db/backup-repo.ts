/**
 * Backing up the whole library to one file and restoring it, merged or replaced, in one
 * durable transaction: all of it or none of it.
 */
import {
  createBackup,
  planRestore,
  type BackupTables,
  type LibraryBackup,
  type RestoreMode,
  type RestorePlan,
} from '../../shared/backup';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';
import { systemEnvironment, type Environment } from '../platform/environment';
import { sha256Hex } from './hash';
import { getSetting, putSetting } from './settings-repo';

/**
 * Backups hold the library's text, never the PDFs documents were imported from (the analyst
 * has those files, and a backup of a library of reports would grow by every one of them).
 * After a restore, a stored PDF stays where its document is still there with the same text;
 * any other is deleted, and the reader asks for the PDF to be imported again.
 */
async function dropUnmatchedOriginals(db: RightsmarkDatabase): Promise<void> {
  const hashes = new Map<string, string>();
  await db.documents.each((document) => hashes.set(document.id, document.contentHash));
  const unmatched: string[] = [];
  await db.originals.each((original) => {
    if (hashes.get(original.docId) !== original.contentHash) unmatched.push(original.docId);
  });
  await db.originals.bulkDelete(unmatched);
}

/** Every table a backup holds, for one transaction over all of them. */
function libraryTables(db: RightsmarkDatabase) {
  return [
    db.documents,
    db.blocks,
    db.annotations,
    db.rights,
    db.collections,
    db.settings,
    db.documentNotes,
  ];
}

/** Every row of every table, as stored (the stored PDFs excepted: see dropUnmatchedOriginals). */
export async function snapshotTables(db: RightsmarkDatabase): Promise<BackupTables> {
  return db.transaction('r', libraryTables(db), async () => ({
    documents: await db.documents.toArray(),
    blocks: await db.blocks.toArray(),
    annotations: await db.annotations.toArray(),
    rights: await db.rights.toArray(),
    collections: await db.collections.toArray(),
    settings: await db.settings.toArray(),
    documentNotes: await db.documentNotes.toArray(),
  }));
}

/** The library's id, created on first use for libraries that predate it. */
export async function libraryId(
  db: RightsmarkDatabase,
  env: Environment = systemEnvironment,
): Promise<string> {
  const existing = await getSetting(db, 'library-id');
  if (existing) return existing;
  const id = env.newId();
  await putSetting(db, 'library-id', id);
  return id;
}

/** A complete backup of the library as it is now. */
export async function backUpLibrary(
  db: RightsmarkDatabase,
  generator: string,
  env: Environment = systemEnvironment,
): Promise<LibraryBackup> {
  const id = await libraryId(db, env);
  const tables = await snapshotTables(db);
  return createBackup(
    { libraryId: id, schemaVersion: db.verno, generator, tables },
    env.now(),
    sha256Hex,
  );
}

/** What restoring would change, without changing anything. */
export async function previewRestore(
  db: RightsmarkDatabase,
  backup: LibraryBackup,
  mode: RestoreMode,
  env: Environment = systemEnvironment,
): Promise<RestorePlan> {
  return planRestore(backup.tables, await snapshotTables(db), mode, env.now());
}

/**
 * Restores a verified backup. The plan is made again inside the write transaction, so what is
 * written matches the library at that moment; any failure rolls everything back.
 */
export async function restoreLibrary(
  db: RightsmarkDatabase,
  backup: LibraryBackup,
  mode: RestoreMode,
  env: Environment = systemEnvironment,
): Promise<RestorePlan> {
  if (backup.schemaVersion > db.verno) {
    throw new LibraryError(
      'backup-too-new',
      { schemaVersion: backup.schemaVersion },
      `Backup schema ${backup.schemaVersion} is newer than ${db.verno}`,
    );
  }
  const tables = libraryTables(db);
  return db.transaction('rw', [...tables, db.originals], async () => {
    const current = await snapshotTables(db);
    const plan = planRestore(backup.tables, current, mode, env.now());
    if (mode === 'replace') {
      for (const table of tables) await table.clear();
    } else {
      for (const docId of plan.replacedBlockDocIds)
        await db.blocks.where('docId').equals(docId).delete();
    }
    await db.documents.bulkPut([...plan.writes.documents]);
    await db.blocks.bulkPut([...plan.writes.blocks]);
    await db.annotations.bulkPut([...plan.writes.annotations]);
    await db.rights.bulkPut([...plan.writes.rights]);
    await db.collections.bulkPut([...plan.writes.collections]);
    await db.settings.bulkPut([...plan.writes.settings]);
    await db.documentNotes.bulkPut([...(plan.writes.documentNotes ?? [])]);
    await dropUnmatchedOriginals(db);
    return plan;
  });
}
