/**
 * What restoring a backup would do. "Replace" makes the library exactly the backup; "merge"
 * adds what the library lacks and takes the backup's version of a row only when it is newer,
 * so a merge never loses work done since the backup and never deletes anything.
 */
import type { BackupTable, BackupTables } from './backup-file';

export type RestoreMode = 'merge' | 'replace';

export interface TableChanges {
  /** Rows the backup adds. */
  readonly added: number;
  /** Rows the backup's newer version replaces. */
  readonly updated: number;
  /** Rows identical, or newer in the library, left as they are. */
  readonly kept: number;
  /** Rows the restore removes (replace mode only). */
  readonly removed: number;
}

export interface RestorePlan {
  readonly mode: RestoreMode;
  readonly changes: Readonly<Record<BackupTable, TableChanges>>;
  /** The rows to write, per table. In replace mode every table is cleared first. */
  readonly writes: BackupTables;
  /** Documents whose blocks are replaced by the backup's (their row was added or updated). */
  readonly replacedBlockDocIds: readonly string[];
}

type Versioned = { readonly id: string; readonly modifiedAt?: string };

function mergeById<T extends Versioned>(
  incoming: readonly T[],
  current: readonly T[],
): { writes: T[]; changes: TableChanges } {
  const byId = new Map(current.map((row) => [row.id, row]));
  const writes: T[] = [];
  let added = 0;
  let updated = 0;
  let kept = 0;
  for (const row of incoming) {
    const local = byId.get(row.id);
    if (!local) {
      writes.push(row);
      added += 1;
    } else if ((row.modifiedAt ?? '') > (local.modifiedAt ?? '')) {
      writes.push(row);
      updated += 1;
    } else {
      kept += 1;
    }
  }
  return { writes, changes: { added, updated, kept, removed: 0 } };
}

const blockKey = (b: { docId: string; index: number }) => `${b.docId}\u0000${b.index}`;

/** Plans a restore of `backup` into a library currently holding `current`. */
export function planRestore(
  backup: BackupTables,
  current: BackupTables,
  mode: RestoreMode,
): RestorePlan {
  if (mode === 'replace') {
    const count = (incoming: readonly unknown[], existing: readonly unknown[]): TableChanges => ({
      added: incoming.length,
      updated: 0,
      kept: 0,
      removed: existing.length,
    });
    return {
      mode,
      writes: backup,
      replacedBlockDocIds: backup.documents.map((d) => d.id),
      changes: {
        documents: count(backup.documents, current.documents),
        blocks: count(backup.blocks, current.blocks),
        annotations: count(backup.annotations, current.annotations),
        rights: count(backup.rights, current.rights),
        collections: count(backup.collections, current.collections),
        settings: count(backup.settings, current.settings),
      },
    };
  }

  const documents = mergeById(backup.documents, current.documents);
  const annotations = mergeById(backup.annotations, current.annotations);
  const rights = mergeById(backup.rights, current.rights);
  const collections = mergeById(backup.collections, current.collections);

  // A document's blocks travel with its row: taken from the backup exactly when the row is.
  const replacedBlockDocIds = documents.writes.map((d) => d.id);
  const replaced = new Set(replacedBlockDocIds);
  const blockWrites = backup.blocks.filter((b) => replaced.has(b.docId));
  const currentBlockKeys = new Set(current.blocks.map(blockKey));
  const blocksAdded = blockWrites.filter((b) => !currentBlockKeys.has(blockKey(b))).length;

  // Settings are the analyst's current preferences: only keys the library lacks are taken.
  const currentKeys = new Set(current.settings.map((s) => s.key));
  const settingsWrites = backup.settings.filter((s) => !currentKeys.has(s.key));

  return {
    mode,
    replacedBlockDocIds,
    writes: {
      documents: documents.writes,
      blocks: blockWrites,
      annotations: annotations.writes,
      rights: rights.writes,
      collections: collections.writes,
      settings: settingsWrites,
    },
    changes: {
      documents: documents.changes,
      blocks: {
        added: blocksAdded,
        updated: blockWrites.length - blocksAdded,
        kept: backup.blocks.length - blockWrites.length,
        removed: 0,
      },
      annotations: annotations.changes,
      rights: rights.changes,
      collections: collections.changes,
      settings: {
        added: settingsWrites.length,
        updated: 0,
        kept: backup.settings.length - settingsWrites.length,
        removed: 0,
      },
    },
  };
}
