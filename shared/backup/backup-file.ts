/**
 * The library backup file: every table of the library with a manifest of row counts and
 * checksums, so a restore can prove the file is whole before it touches anything.
 */
import type {
  Annotation,
  Collection,
  DocumentNote,
  LibraryDocument,
  Right,
  SettingRow,
  StoredBlock,
} from '../model';

export const BACKUP_FORMAT = 'rightsmark-library-backup';
export const BACKUP_VERSION = 1;

/** The library's tables, in the order they are written and restored. */
export const BACKUP_TABLES = [
  'documents',
  'blocks',
  'annotations',
  'rights',
  'collections',
  'settings',
  'documentNotes',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Tables added after backups were first written (document notes: schema version 2). A backup
 * made before them has neither their rows nor their manifest entry, and is read as holding none.
 */
export const LATER_BACKUP_TABLES = ['documentNotes'] as const;
export type LaterBackupTable = (typeof LATER_BACKUP_TABLES)[number];

/** Whether a backup may lack this table (it was written before the table existed). */
export function isLaterBackupTable(table: BackupTable): table is LaterBackupTable {
  return (LATER_BACKUP_TABLES as readonly string[]).includes(table);
}

export interface BackupTables {
  readonly documents: readonly LibraryDocument[];
  readonly blocks: readonly StoredBlock[];
  readonly annotations: readonly Annotation[];
  readonly rights: readonly Right[];
  readonly collections: readonly Collection[];
  readonly settings: readonly SettingRow[];
  /** Absent in a backup made before document notes existed: read as none. */
  readonly documentNotes?: readonly DocumentNote[];
}

export interface TableManifest {
  readonly rows: number;
  /** SHA-256 (hex) of the table's rows serialised with serializeRows. */
  readonly sha256: string;
}

export interface LibraryBackup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  /** Identifies the library the backup was taken from. */
  readonly libraryId: string;
  /** The database schema version the rows follow. */
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly generator: string;
  readonly manifest: BackupManifest;
  readonly tables: BackupTables;
}

/** Each table's row count and checksum; a later table's entry is absent in older backups. */
export type BackupManifest = Readonly<
  Record<Exclude<BackupTable, LaterBackupTable>, TableManifest>
> &
  Readonly<Partial<Record<LaterBackupTable, TableManifest>>>;

/** A table's rows in a backup: none for a later table the backup predates. */
export function rowsOf(tables: BackupTables, table: BackupTable): readonly unknown[] {
  return tables[table] ?? [];
}

/** SHA-256 of a string as hex; injected because shared/ has no crypto of its own. */
export type Sha256 = (text: string) => Promise<string>;

/** The exact bytes a table's checksum covers: its rows as JSON, one per line. */
export function serializeRows(rows: readonly unknown[]): string {
  return rows.map((row) => JSON.stringify(row)).join('\n');
}

export interface BackupInput {
  readonly libraryId: string;
  readonly schemaVersion: number;
  readonly generator: string;
  readonly tables: BackupTables;
}

/** Builds a backup with its manifest. */
export async function createBackup(
  input: BackupInput,
  now: string,
  sha256: Sha256,
): Promise<LibraryBackup> {
  const entries = await Promise.all(
    BACKUP_TABLES.map(async (table) => {
      const rows = rowsOf(input.tables, table);
      return [table, { rows: rows.length, sha256: await sha256(serializeRows(rows)) }] as const;
    }),
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    libraryId: input.libraryId,
    schemaVersion: input.schemaVersion,
    createdAt: now,
    generator: input.generator,
    manifest: Object.fromEntries(entries) as Record<BackupTable, TableManifest>,
    tables: { ...input.tables, documentNotes: input.tables.documentNotes ?? [] },
  };
}

/** The backup as the text written to disk. */
export function serializeBackup(backup: LibraryBackup): string {
  return JSON.stringify(backup);
}
