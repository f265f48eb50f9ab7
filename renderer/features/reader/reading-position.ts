/**
 * Where the analyst was in each document (the paragraph last focused), so that going back to a
 * document, opening it from the library or starting the app again continues there. Kept in
 * memory for this window (read at once on open) and in the library's reading history (read
 * after a restart); writes to the library are gathered so reading with j / k does not write on
 * every key.
 */
import { db } from '../../db/database';
import { readingBlock, recordOpened, saveReadingBlock } from '../../db/reading-history-repo';

/** Positions of the documents opened in this window, by document id (0-based block index). */
const positions = new Map<string, number>();
/** A position is written to the library once the analyst stayed on it this long. */
const WRITE_DELAY_MS = 500;
const pending = new Map<string, ReturnType<typeof setTimeout>>();

/** The block to continue reading at, if the document was open before in this window. */
export function savedReadingPosition(docId: string): number | undefined {
  return positions.get(docId);
}

/** The block the analyst was at when the document was last read, as the library keeps it. */
export async function storedReadingPosition(docId: string): Promise<number | undefined> {
  return readingBlock(db, docId);
}

function write(docId: string): void {
  const waiting = pending.get(docId);
  if (waiting) clearTimeout(waiting);
  pending.delete(docId);
  const block = positions.get(docId);
  // A failed write only loses the position after a restart; reading goes on.
  if (block !== undefined) saveReadingBlock(db, docId, block).catch(() => undefined);
}

/** Writes a document's waiting position now: leaving a document must not wait for the timer. */
export function flushReadingPosition(docId: string): void {
  if (pending.has(docId)) write(docId);
}

/** Remembers the block the analyst is at. */
export function saveReadingPosition(docId: string, blockIndex: number): void {
  if (positions.get(docId) === blockIndex) return;
  positions.set(docId, blockIndex);
  const waiting = pending.get(docId);
  if (waiting) clearTimeout(waiting);
  pending.set(
    docId,
    setTimeout(() => write(docId), WRITE_DELAY_MS),
  );
}

// A window closing (or reloading) writes what is still waiting.
globalThis.addEventListener?.('pagehide', () => {
  for (const docId of [...pending.keys()]) write(docId);
});

/** Puts the document at the top of the recently opened list. */
export function noteDocumentOpened(docId: string): void {
  recordOpened(db, docId).catch(() => undefined);
}
