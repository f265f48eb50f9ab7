/**
 * What restoring a backup would do. "Replace" makes the library exactly the backup, and lists
 * what that loses. "Merge" never loses anything either side holds: it adds what the library
 * lacks, brings back what the backup has and the library deleted since (or holds in its
 * Trash), takes the backup's version of a row only when it is newer, and never deletes.
 */
import type { Annotation, DocumentNote, Right } from '../model';
import type { BackupTable, BackupTables } from './backup-file';

export type RestoreMode = 'merge' | 'replace';

export interface TableChanges {
  /** Rows the backup adds: the library has no row with their id (never had, or purged). */
  readonly added: number;
  /** Rows deleted in the library (in its Trash) that the restore brings back. */
  readonly restored: number;
  /** Rows the backup's newer version replaces. */
  readonly updated: number;
  /** Rows identical, or newer in the library, left as they are. */
  readonly kept: number;
  /** Rows the restore removes (replace mode only). */
  readonly removed: number;
}

/** The tables whose rows an analyst knows by name, listed one by one in a preview. */
export type NamedTable = 'documents' | 'annotations' | 'documentNotes' | 'rights' | 'collections';

/** One row a restore brings back or changes (merge), or takes away (replace), as an analyst names it. */
export interface PlannedRow {
  readonly table: NamedTable;
  readonly id: string;
  /** The document's title, the excerpt's quote, the note's text, the right's or collection's name. */
  readonly label: string;
  /**
   * - `add`: the library has no such row; it comes from the backup.
   * - `restore`: the library deleted it (or holds it in the Trash); it comes back.
   * - `update`: the backup's version is newer and replaces the library's.
   * - `lose`: replace only: the row, or the library's newer version of it, is lost.
   */
  readonly action: 'add' | 'restore' | 'update' | 'lose';
}

export interface RestorePlan {
  readonly mode: RestoreMode;
  readonly changes: Readonly<Record<BackupTable, TableChanges>>;
  /** The rows to write, per table. In replace mode every table is cleared first. */
  readonly writes: BackupTables;
  /** Documents whose blocks are replaced by the backup's (their content came from the backup). */
  readonly replacedBlockDocIds: readonly string[];
  /**
   * Merge: every named row added, restored or updated. Replace: every named row the library
   * loses (absent from the backup, or newer in the library than in the backup).
   */
  readonly rows: readonly PlannedRow[];
}

/** What the planner needs of a row: every restorable table's rows have these. */
type Versioned = {
  readonly id: string;
  readonly modifiedAt?: string;
  readonly deletedAt?: string | null;
};

const isLive = (row: Versioned): boolean => (row.deletedAt ?? null) === null;

/** Labels longer than this are cut with an ellipsis: a preview lists, it does not quote. */
const LABEL_LENGTH = 80;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LABEL_LENGTH ? flat : `${flat.slice(0, LABEL_LENGTH - 1)}…`;
}

const labels: {
  readonly [T in NamedTable]: (row: NonNullable<BackupTables[T]>[number]) => string;
} = {
  documents: (d) => shorten(d.title),
  annotations: (a) => `“${shorten(a.quote.exact)}”`,
  documentNotes: (n: DocumentNote) => `“${shorten(n.text)}”`,
  rights: (r) => shorten(r.name),
  collections: (c) => shorten(c.name),
};

const newer = (a: Versioned, b: Versioned): boolean => (a.modifiedAt ?? '') > (b.modifiedAt ?? '');

/**
 * The merged row for one id held by both sides. Its content is the newer side's (the
 * library's on a tie, so a merge never overwrites newer local work); it is live when either
 * side is live, since a merge brings back and never deletes. When both are deleted it keeps
 * the library's deletion time, so the Trash keeps counting from the analyst's delete.
 */
function mergeRow<T extends Versioned>(incoming: T, local: T): { row: T; fromBackup: boolean } {
  const fromBackup = newer(incoming, local);
  const content = fromBackup ? incoming : local;
  const deletedAt = isLive(incoming) || isLive(local) ? null : (local.deletedAt ?? null);
  if ((content.deletedAt ?? null) === deletedAt) return { row: content, fromBackup };
  return { row: { ...content, deletedAt }, fromBackup };
}

interface TableMerge<T> {
  readonly writes: T[];
  changes: TableChanges;
  readonly rows: PlannedRow[];
  /** Ids whose written content is the backup's. */
  readonly fromBackup: Set<string>;
}

function mergeById<T extends Versioned>(
  incoming: readonly T[],
  current: readonly T[],
  table: NamedTable,
  label: (row: T) => string,
): TableMerge<T> {
  const byId = new Map(current.map((row) => [row.id, row]));
  const writes: T[] = [];
  const rows: PlannedRow[] = [];
  const fromBackup = new Set<string>();
  let added = 0;
  let restored = 0;
  let updated = 0;
  let kept = 0;
  for (const row of incoming) {
    const local = byId.get(row.id);
    if (!local) {
      // Purged or never here: the backup's row comes as it is, into the Trash if it was there.
      writes.push(row);
      fromBackup.add(row.id);
      rows.push({ table, id: row.id, label: label(row), action: 'add' });
      added += 1;
      continue;
    }
    const merged = mergeRow(row, local);
    if (merged.row === local) {
      kept += 1;
      continue;
    }
    writes.push(merged.row);
    if (merged.fromBackup) fromBackup.add(row.id);
    if (!isLive(local) && isLive(merged.row)) {
      rows.push({ table, id: row.id, label: label(merged.row), action: 'restore' });
      restored += 1;
    } else {
      rows.push({ table, id: row.id, label: label(merged.row), action: 'update' });
      updated += 1;
    }
  }
  return { writes, rows, fromBackup, changes: { added, restored, updated, kept, removed: 0 } };
}

const blockKey = (b: { docId: string; index: number }) => `${b.docId}\u0000${b.index}`;

/**
 * Plans a restore of `backup` into a library currently holding `current`. `now` stamps the
 * excerpts a merge changes itself (tags moved back to a right it brings back).
 */
export function planRestore(
  backup: BackupTables,
  current: BackupTables,
  mode: RestoreMode,
  now: string,
): RestorePlan {
  return mode === 'replace' ? planReplace(backup, current) : planMerge(backup, current, now);
}

/**
 * A right the merge brings back from the Trash takes back the excerpts its delete moved to
 * another right, as restoring it from the Trash does: the replacement comes off them (unless
 * they carried it before) and the right goes back on. This is applied to whichever version
 * of each excerpt the merge keeps, so newer edits to an excerpt stay; only the move is
 * undone. Rights are undone newest deletion first, so a chain (A moved to B, then B to C)
 * unwinds to where it started. The returned rights no longer carry their deletion record.
 */
function undoMoves(
  current: readonly Right[],
  rights: TableMerge<Right>,
  annotations: TableMerge<Annotation>,
  currentAnnotations: readonly Annotation[],
  backupAnnotationIds: ReadonlySet<string>,
  now: string,
): void {
  const written = new Map(rights.writes.map((row, index) => [row.id, index]));
  const returning = current
    .filter((local) => !isLive(local) && local.deletion !== undefined)
    .filter((local) => {
      const index = written.get(local.id);
      return index !== undefined && isLive(rights.writes[index] as Right);
    })
    // Stryker disable next-line StringLiteral: equivalent mutant; a right in the Trash always has
    // its deletion time, so the fallback is never read.
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
  for (const local of returning) {
    const index = written.get(local.id) as number;
    const { deletion: _undone, ...right } = rights.writes[index] as Right;
    rights.writes[index] = right;
  }

  const annotationIndex = new Map(annotations.writes.map((row, index) => [row.id, index]));
  const libraryAnnotations = new Map(currentAnnotations.map((row) => [row.id, row]));
  for (const { id: rightId, deletion } of returning) {
    if (!deletion || deletion.replacementId === null) continue;
    const keep = new Set(deletion.alreadyTaggedIds);
    for (const id of deletion.movedAnnotationIds) {
      const index = annotationIndex.get(id);
      const row = index === undefined ? libraryAnnotations.get(id) : annotations.writes[index];
      if (!row) continue;
      const rightIds = [
        ...new Set([
          ...row.rightIds.filter((r) => r !== deletion.replacementId || keep.has(id)),
          rightId,
        ]),
      ];
      if (
        rightIds.length === row.rightIds.length &&
        rightIds.every((r, i) => r === row.rightIds[i])
      ) {
        continue;
      }
      const moved: Annotation = {
        ...row,
        rightIds,
        // Stryker disable next-line EqualityOperator: equivalent mutant; at equal times both
        // branches give the same time.
        modifiedAt: row.modifiedAt > now ? row.modifiedAt : now,
      };
      if (index === undefined) {
        annotationIndex.set(id, annotations.writes.length);
        annotations.writes.push(moved);
        annotations.rows.push({
          table: 'annotations',
          id,
          label: labels.annotations(moved),
          action: 'update',
        });
        // Counted as kept until now when the backup holds it; a newer excerpt was not counted.
        annotations.changes = {
          ...annotations.changes,
          updated: annotations.changes.updated + 1,
          kept: annotations.changes.kept - (backupAnnotationIds.has(id) ? 1 : 0),
        };
      } else {
        annotations.writes[index] = moved;
      }
    }
  }
}

function planReplace(backup: BackupTables, current: BackupTables): RestorePlan {
  const count = (incoming: readonly unknown[], existing: readonly unknown[]): TableChanges => ({
    added: incoming.length,
    restored: 0,
    updated: 0,
    kept: 0,
    removed: existing.length,
  });
  // What replacing loses: rows the backup lacks, and rows the library changed since.
  const lost = <T extends NamedTable>(table: T): PlannedRow[] => {
    const label = labels[table] as (row: Versioned) => string;
    const inBackup = new Map<string, Versioned>(
      (backup[table] ?? []).map((row: Versioned) => [row.id, row]),
    );
    return ((current[table] ?? []) as readonly Versioned[]).flatMap((row) => {
      const theirs = inBackup.get(row.id);
      return theirs === undefined || newer(row, theirs)
        ? [{ table, id: row.id, label: label(row), action: 'lose' as const }]
        : [];
    });
  };
  return {
    mode: 'replace',
    writes: backup,
    replacedBlockDocIds: backup.documents.map((d) => d.id),
    rows: [
      ...lost('documents'),
      ...lost('annotations'),
      ...lost('documentNotes'),
      ...lost('rights'),
      ...lost('collections'),
    ],
    changes: {
      documents: count(backup.documents, current.documents),
      blocks: count(backup.blocks, current.blocks),
      annotations: count(backup.annotations, current.annotations),
      rights: count(backup.rights, current.rights),
      collections: count(backup.collections, current.collections),
      settings: count(backup.settings, current.settings),
      documentNotes: count(backup.documentNotes ?? [], current.documentNotes ?? []),
    },
  };
}

function planMerge(backup: BackupTables, current: BackupTables, now: string): RestorePlan {
  const documents = mergeById(backup.documents, current.documents, 'documents', labels.documents);
  const annotations = mergeById(
    backup.annotations,
    current.annotations,
    'annotations',
    labels.annotations,
  );
  const documentNotes = mergeById(
    backup.documentNotes ?? [],
    current.documentNotes ?? [],
    'documentNotes',
    labels.documentNotes,
  );
  const rights = mergeById(backup.rights, current.rights, 'rights', labels.rights);
  const collections = mergeById(
    backup.collections,
    current.collections,
    'collections',
    labels.collections,
  );
  undoMoves(
    current.rights,
    rights,
    annotations,
    current.annotations,
    new Set(backup.annotations.map((a) => a.id)),
    now,
  );

  // A document's blocks travel with its content: taken from the backup exactly when its row's
  // content is. A document restored from the Trash with the library's (newer or equal) content
  // keeps the library's blocks, so newer local text is never overwritten.
  const replacedBlockDocIds = documents.writes
    .map((d) => d.id)
    .filter((id) => documents.fromBackup.has(id));
  const replaced = new Set(replacedBlockDocIds);
  const blockWrites = backup.blocks.filter((b) => replaced.has(b.docId));
  const currentBlockKeys = new Set(current.blocks.map(blockKey));
  const blocksAdded = blockWrites.filter((b) => !currentBlockKeys.has(blockKey(b))).length;

  // Settings are the analyst's current preferences: only keys the library lacks are taken.
  const currentKeys = new Set(current.settings.map((s) => s.key));
  const settingsWrites = backup.settings.filter((s) => !currentKeys.has(s.key));

  return {
    mode: 'merge',
    replacedBlockDocIds,
    rows: [
      ...documents.rows,
      ...annotations.rows,
      ...documentNotes.rows,
      ...rights.rows,
      ...collections.rows,
    ],
    writes: {
      documents: documents.writes,
      blocks: blockWrites,
      annotations: annotations.writes,
      documentNotes: documentNotes.writes,
      rights: rights.writes,
      collections: collections.writes,
      settings: settingsWrites,
    },
    changes: {
      documents: documents.changes,
      blocks: {
        added: blocksAdded,
        restored: 0,
        updated: blockWrites.length - blocksAdded,
        kept: backup.blocks.length - blockWrites.length,
        removed: 0,
      },
      annotations: annotations.changes,
      documentNotes: documentNotes.changes,
      rights: rights.changes,
      collections: collections.changes,
      settings: {
        added: settingsWrites.length,
        restored: 0,
        updated: 0,
        kept: backup.settings.length - settingsWrites.length,
        removed: 0,
      },
    },
  };
}

/**
 * The library a plan leaves behind, computed without a database: what restoreLibrary writes,
 * as a pure function, so the planner's promises can be checked against its own output.
 */
export function applyRestorePlan(current: BackupTables, plan: RestorePlan): BackupTables {
  if (plan.mode === 'replace') return plan.writes;
  const put = <T extends { readonly id: string }>(
    rows: readonly T[],
    writes: readonly T[],
  ): T[] => {
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of writes) byId.set(row.id, row);
    return [...byId.values()];
  };
  const replaced = new Set(plan.replacedBlockDocIds);
  return {
    documents: put(current.documents, plan.writes.documents),
    blocks: [...current.blocks.filter((b) => !replaced.has(b.docId)), ...plan.writes.blocks],
    annotations: put(current.annotations, plan.writes.annotations),
    documentNotes: put(current.documentNotes ?? [], plan.writes.documentNotes ?? []),
    rights: put(current.rights, plan.writes.rights),
    collections: put(current.collections, plan.writes.collections),
    settings: [...current.settings, ...plan.writes.settings],
  };
}
