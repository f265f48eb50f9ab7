/**
 * Reading a backup file back: the JSON is parsed without letting keys like __proto__ through,
 * its shape is validated, and every table is checked against the manifest. Any problem is a
 * BackupError naming the file and what is wrong; nothing is restored from a doubtful file.
 */
import { z } from 'zod';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  isLaterBackupTable,
  serializeRows,
  type LibraryBackup,
  type Sha256,
} from './backup-file';

export class BackupError extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: string,
  ) {
    super(`${fileName}: ${problem}`);
    this.name = 'BackupError';
  }
}

/** JSON.parse that drops prototype-polluting keys wherever they appear. */
export function parseJsonSafely(text: string): unknown {
  // Keys that could reach an object's prototype when a parsed object is copied or merged.
  const forbidden = new Set(['__proto__', 'constructor', 'prototype']);
  return JSON.parse(text, (key, value: unknown) => (forbidden.has(key) ? undefined : value));
}

/**
 * The backup's shape. Built for each read (a backup is read once, and building it takes well
 * under a millisecond) rather than when the module loads, so the tests that read backups are the
 * tests a mutation run credits with checking it.
 */
function backupSchema() {
  const iso = z.string().min(1);
  const nullableString = z.string().nullable();
  // Rows are checked for the fields the app depends on; other fields pass through unchanged.
  const row = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);
  const selectorShapes = {
    quote: z.object({
      type: z.literal('TextQuoteSelector'),
      exact: z.string(),
      prefix: z.string(),
      suffix: z.string(),
    }),
    position: z.object({
      type: z.literal('TextPositionSelector'),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
  };

  const tablesSchema = z.object({
    documents: z.array(
      row({
        id: z.string().min(1),
        title: z.string(),
        contentHash: z.string(),
        version: z.number().int().positive(),
        deletedAt: nullableString,
      }),
    ),
    blocks: z.array(
      row({
        docId: z.string().min(1),
        index: z.number().int().nonnegative(),
        text: z.string(),
        start: z.number().int(),
      }),
    ),
    annotations: z.array(
      row({
        id: z.string().min(1),
        docId: z.string().min(1),
        blockIndex: z.number().int().nonnegative(),
        ...selectorShapes,
        rightIds: z.array(z.string()),
        note: z.string(),
        modifiedAt: iso,
        deletedAt: nullableString,
      }),
    ),
    rights: z.array(
      row({
        id: z.string().min(1),
        name: z.string(),
        color: z.string(),
        order: z.number(),
        aliases: z.array(z.string()).optional(),
        deletedAt: nullableString.optional(),
      }),
    ),
    collections: z.array(
      row({
        id: z.string().min(1),
        name: z.string(),
        items: z.array(z.object({ annotationId: z.string(), comment: z.string() })),
        modifiedAt: iso,
      }),
    ),
    settings: z.array(row({ key: z.string().min(1), value: z.unknown() })),
    // Schema version 2 on; a backup made before it has none.
    documentNotes: z
      .array(
        row({
          id: z.string().min(1),
          docId: z.string().min(1),
          text: z.string(),
          modifiedAt: iso,
          deletedAt: nullableString,
        }),
      )
      .optional(),
  });

  const manifestEntry = z.object({
    rows: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  });

  return z.object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    libraryId: z.string().min(1),
    schemaVersion: z.number().int().positive(),
    createdAt: iso,
    generator: z.string(),
    manifest: z.object(
      Object.fromEntries(
        BACKUP_TABLES.map((t) => [
          t,
          isLaterBackupTable(t) ? manifestEntry.optional() : manifestEntry,
        ]),
      ) as Record<(typeof BACKUP_TABLES)[number], typeof manifestEntry>,
    ),
    tables: tablesSchema,
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  // Stryker disable next-line Regex,StringLiteral: equivalent mutants; the schema is read only
  // after the envelope check found an object, so every path starts with its first key's dot and
  // is never empty.
  return `${path.replace(/^\./, '') || 'the file'}: ${issue.message}`;
}

/**
 * Parses and verifies a backup. Throws BackupError when the file is not a backup, is
 * truncated, is of a newer format, or any table disagrees with the manifest.
 */
export async function readBackup(
  text: string,
  fileName: string,
  sha256: Sha256,
): Promise<LibraryBackup> {
  if (text.trim() === '') throw new BackupError(fileName, 'the file is empty');
  let json: unknown;
  try {
    json = parseJsonSafely(text);
  } catch {
    throw new BackupError(fileName, 'not a complete backup: the file is truncated or not JSON');
  }
  const envelope = z.object({ format: z.string(), version: z.number() }).safeParse(json);
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) {
    throw new BackupError(fileName, 'not a Rightsmark library backup');
  }
  if (envelope.data.version > BACKUP_VERSION) {
    throw new BackupError(
      fileName,
      `made by a newer Rightsmark (backup format ${envelope.data.version}); update the app to restore it`,
    );
  }
  const parsed = backupSchema().safeParse(json);
  if (!parsed.success) throw new BackupError(fileName, describeIssue(parsed.error.issues[0]!));
  // Checksums cover the rows as written: use the parsed JSON itself, whose key order the
  // schema's output would not keep.
  const backup = json as LibraryBackup;
  for (const table of BACKUP_TABLES) {
    const rows = backup.tables[table];
    const expected = backup.manifest[table];
    // A table the backup predates: neither its rows nor its entry.
    if (rows === undefined && expected === undefined && isLaterBackupTable(table)) continue;
    if (rows === undefined || expected === undefined) {
      throw new BackupError(
        fileName,
        `${table}: the manifest and the tables disagree on whether the backup holds it`,
      );
    }
    if (rows.length !== expected.rows) {
      throw new BackupError(
        fileName,
        `${table}: the manifest says ${expected.rows} rows, the file holds ${rows.length}`,
      );
    }
    if ((await sha256(serializeRows(rows))) !== expected.sha256) {
      throw new BackupError(
        fileName,
        `${table}: the checksum does not match; the file was changed or damaged`,
      );
    }
  }
  return {
    ...backup,
    tables: { ...backup.tables, documentNotes: backup.tables.documentNotes ?? [] },
  };
}
