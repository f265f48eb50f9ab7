/**
 * The stored fingerprints of the wording index (one row per document): read at start-up,
 * written when a document is indexed, dropped when a document is deleted for good.
 */
import type { StoredWordingPrints } from '../../shared/reuse';
import type { RightsmarkDatabase } from './database';

/** Every stored row. */
export async function listWordingPrints(db: RightsmarkDatabase): Promise<StoredWordingPrints[]> {
  return db.wordingPrints.toArray();
}

/** Stores (or replaces) documents' fingerprints. */
export async function putWordingPrints(
  db: RightsmarkDatabase,
  rows: readonly StoredWordingPrints[],
): Promise<void> {
  if (rows.length > 0) await db.wordingPrints.bulkPut([...rows]);
}

/** Drops the fingerprints of documents that are no longer in the library. */
export async function deleteWordingPrints(
  db: RightsmarkDatabase,
  docIds: readonly string[],
): Promise<void> {
  if (docIds.length > 0) await db.wordingPrints.bulkDelete([...docIds]);
}

/** The stored rows of these documents, in the order asked (undefined where none). */
export async function getWordingPrints(
  db: RightsmarkDatabase,
  docIds: readonly string[],
): Promise<(StoredWordingPrints | undefined)[]> {
  return db.wordingPrints.bulkGet([...docIds]);
}
