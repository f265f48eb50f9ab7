/**
 * Runtime checks for the arguments of every DesktopApi operation: the renderer is treated as
 * untrusted input, so each call's arguments are parsed (and the suggested file name sanitised)
 * before a handler sees them.
 */
import nodePath from 'node:path';
import { z } from 'zod';
import { MAX_FILE_BYTES, type DesktopApi, type DesktopChannel } from '../../shared/ipc/contract';
import { isAutoBackupName } from './auto-backups';
import { hasControlCharacter } from './control-characters';
import { sanitizeFileName } from '../../shared/files/file-names';

/** Longest dialog title accepted. */
export const MAX_TITLE_LENGTH = 200;
/** At most this many filters in one dialog. */
export const MAX_FILTERS = 20;
/** At most this many extensions in one filter. */
export const MAX_EXTENSIONS_PER_FILTER = 20;
/** Longest filter name ("Documents (PDF, Word, Markdown)"). */
export const MAX_FILTER_NAME_LENGTH = 100;
/** Longest suggested file name accepted before sanitising shortens it. */
const MAX_SUGGESTED_NAME_INPUT = 1024;
/** Longest path accepted from the renderer (Windows long paths reach ~32k). */
const MAX_PATH_LENGTH = 32_767;

const titleSchema = z
  .string()
  .max(MAX_TITLE_LENGTH)
  .refine((s) => !hasControlCharacter(s), 'control characters');

const fileFilterSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(MAX_FILTER_NAME_LENGTH)
    .refine((s) => !hasControlCharacter(s), 'control characters'),
  extensions: z
    // One or two parts: "json", or "rightsmark.json" for our double extension.
    .array(z.string().regex(/^[a-z0-9]{1,10}(?:\.[a-z0-9]{1,10})?$/))
    .min(1)
    .max(MAX_EXTENSIONS_PER_FILTER),
});

const filtersSchema = z.array(fileFilterSchema).max(MAX_FILTERS);

const bytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, 'file too large');

/** An absolute path with no NUL; whether it may be revealed is decided by the session allowlist. */
export const absolutePathSchema = z
  .string()
  .min(1)
  .max(MAX_PATH_LENGTH)
  .refine((p) => !p.includes('\0'), 'NUL in path')
  .refine((p) => nodePath.isAbsolute(p), 'not an absolute path');

/** Longest library id accepted (the renderer makes UUIDs; this leaves room, not abuse). */
export const MAX_LIBRARY_ID_LENGTH = 200;

/** A count of things in the library: a non-negative safe integer. */
const countSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** An ISO 8601 date-time (as Date#toISOString writes it, or with an offset). */
const timestampSchema = z.iso.datetime({ offset: true });

/** The library marker, exactly its fields: nothing extra is stored beside the library. */
export const libraryMarkerSchema = z.strictObject({
  libraryId: z
    .string()
    .min(1)
    .max(MAX_LIBRARY_ID_LENGTH)
    .refine((s) => !hasControlCharacter(s), 'control characters'),
  counts: z.strictObject({
    documents: countSchema,
    annotations: countSchema,
    collections: countSchema,
  }),
  lastBackupAt: timestampSchema.nullable(),
  updatedAt: timestampSchema,
});

/** Exactly an automatic backup's file name (lib/auto-backups): never a path. */
export const autoBackupNameSchema = z.string().refine(isAutoBackupName, 'not a backup name');

/** Longest notification title and body accepted (the OS shortens them further). */
export const MAX_NOTICE_TITLE = 120;
export const MAX_NOTICE_BODY = 500;

const noticeSchema = z.strictObject({
  title: z
    .string()
    .min(1)
    .max(MAX_NOTICE_TITLE)
    .refine((s) => !hasControlCharacter(s), 'control characters'),
  body: z
    .string()
    .max(MAX_NOTICE_BODY)
    .refine((s) => !hasControlCharacter(s), 'control characters'),
});

/** Argument tuples for each operation; outputs are what handlers receive. */
export const DESKTOP_ARGUMENT_SCHEMAS = {
  appVersion: z.tuple([]),
  openFiles: z.tuple([
    z.strictObject({ title: titleSchema, filters: filtersSchema, multiple: z.boolean() }),
  ]),
  takeOpenedFiles: z.tuple([]),
  print: z.tuple([]),
  notify: z.tuple([noticeSchema]),
  saveFile: z.tuple([
    z.strictObject({
      suggestedName: z.string().max(MAX_SUGGESTED_NAME_INPUT).transform(sanitizeFileName),
      filters: filtersSchema,
      bytes: bytesSchema,
    }),
  ]),
  revealFile: z.tuple([absolutePathSchema]),
  readLibraryMarker: z.tuple([]),
  writeLibraryMarker: z.tuple([libraryMarkerSchema]),
  writeAutoBackup: z.tuple([bytesSchema]),
  listAutoBackups: z.tuple([]),
  readAutoBackup: z.tuple([autoBackupNameSchema]),
  closeReady: z.tuple([]),
} as const;

/** The schemas seen through the contract: a compile error if one drifts from DesktopApi. */
const SCHEMAS_BY_OPERATION: {
  readonly [K in DesktopChannel]: z.ZodType<Parameters<DesktopApi[K]>>;
} = DESKTOP_ARGUMENT_SCHEMAS;

export type ArgumentCheck<K extends DesktopChannel> =
  | { readonly ok: true; readonly args: Parameters<DesktopApi[K]> }
  | { readonly ok: false; readonly error: string };

/** Parses the raw IPC arguments of `operation`; never throws. */
export function validateArguments<K extends DesktopChannel>(
  operation: K,
  args: readonly unknown[],
): ArgumentCheck<K> {
  // Own-property check: an operation name like "__proto__" or "toString" must not find a schema.
  if (!Object.hasOwn(SCHEMAS_BY_OPERATION, operation)) {
    return { ok: false, error: `unknown operation ${String(operation)}` };
  }
  const schema: z.ZodType<Parameters<DesktopApi[K]>> = SCHEMAS_BY_OPERATION[operation];
  const result = schema.safeParse(args);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(args)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: `invalid arguments for ${operation}: ${issues}` };
  }
  return { ok: true, args: result.data };
}

/** Most close listeners a page can plausibly have; more is a page misbehaving. */
const MAX_CLOSE_LISTENERS = 1_000;

/** The preload's close-listener count, or null when it is not a small non-negative integer. */
export function parseCloseListenerCount(value: unknown): number | null {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_CLOSE_LISTENERS
    ? value
    : null;
}
