/**
 * The reading history: which documents the analyst opened, most recent first, and the
 * paragraph they were last at in each, kept in the settings table so both survive a restart.
 */
import type { LibraryDocument, ReadingHistoryEntry } from '../../shared/model';
import { systemEnvironment, type Environment } from '../platform/environment';
import type { RightsmarkDatabase } from './database';
import { getSetting, updateSetting } from './settings-repo';

/** Documents listed as recently opened. */
export const RECENT_DOCUMENTS_LIMIT = 10;
/**
 * Documents whose reading position is kept: far more than the recent list shows, so going
 * back to a document read weeks ago still continues where the analyst stopped, yet bounded so
 * the setting stays a small row however many documents pass through the library.
 */
export const READING_HISTORY_LIMIT = 500;

function isEntry(value: unknown): value is ReadingHistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.docId === 'string' &&
    typeof entry.openedAt === 'string' &&
    Number.isInteger(entry.block) &&
    (entry.block as number) >= 0
  );
}

/** The history as stored, with malformed entries (a hand-edited backup) left out. */
export async function readingHistory(db: RightsmarkDatabase): Promise<ReadingHistoryEntry[]> {
  const stored: unknown = await getSetting(db, 'reading-history');
  return Array.isArray(stored) ? stored.filter(isEntry) : [];
}

function valid(current: readonly ReadingHistoryEntry[] | undefined): ReadingHistoryEntry[] {
  return Array.isArray(current) ? current.filter(isEntry) : [];
}

/** Records that a document was opened now: it moves to the front, keeping its position. */
export async function recordOpened(
  db: RightsmarkDatabase,
  docId: string,
  env: Environment = systemEnvironment,
): Promise<void> {
  const openedAt = env.now();
  await updateSetting(db, 'reading-history', (current) => {
    const entries = valid(current);
    const block = entries.find((e) => e.docId === docId)?.block ?? 0;
    return [{ docId, openedAt, block }, ...entries.filter((e) => e.docId !== docId)].slice(
      0,
      READING_HISTORY_LIMIT,
    );
  });
}

/** Remembers the block the analyst is at in a document (it keeps its place in the order). */
export async function saveReadingBlock(
  db: RightsmarkDatabase,
  docId: string,
  block: number,
  env: Environment = systemEnvironment,
): Promise<void> {
  await updateSetting(db, 'reading-history', (current) => {
    const entries = valid(current);
    const at = entries.findIndex((e) => e.docId === docId);
    if (at < 0) return [{ docId, openedAt: env.now(), block }, ...entries];
    return entries.map((e, i) => (i === at ? { ...e, block } : e));
  });
}

/** The block the analyst was last at in a document, if it was opened before. */
export async function readingBlock(
  db: RightsmarkDatabase,
  docId: string,
): Promise<number | undefined> {
  return (await readingHistory(db)).find((e) => e.docId === docId)?.block;
}

/** A recently opened document with when it was opened. */
export interface RecentDocument {
  readonly document: LibraryDocument;
  readonly openedAt: string;
}

/**
 * The documents opened last, most recent first: only those still in the library (a document
 * in the Trash or deleted for good is not listed).
 */
export function recentDocuments(
  db: RightsmarkDatabase,
  limit: number = RECENT_DOCUMENTS_LIMIT,
): Promise<RecentDocument[]> {
  // Chained Dexie promises, not nested async functions: a live query then keeps track of both
  // reads (awaits in a nested function lose it, and a document moving to the Trash would not
  // update the list).
  return db.settings.get('reading-history').then((row) => {
    const entries = valid(row?.value as readonly ReadingHistoryEntry[] | undefined);
    return db.documents.bulkGet(entries.map((e) => e.docId)).then((documents) => {
      const recent: RecentDocument[] = [];
      entries.forEach((entry, i) => {
        const document = documents[i];
        if (document && document.deletedAt === null && recent.length < limit)
          recent.push({ document, openedAt: entry.openedAt });
      });
      return recent;
    });
  });
}

/**
 * Drops documents deleted for good from the history. Call inside a transaction that includes
 * the settings table.
 */
export async function forgetDocuments(
  db: RightsmarkDatabase,
  docIds: readonly string[],
): Promise<void> {
  if (docIds.length === 0) return;
  const gone = new Set(docIds);
  const entries = await readingHistory(db);
  if (!entries.some((e) => gone.has(e.docId))) return;
  await db.settings.put({
    key: 'reading-history',
    value: entries.filter((e) => !gone.has(e.docId)),
  });
}
