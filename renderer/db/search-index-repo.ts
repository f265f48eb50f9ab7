/**
 * The stored search index: segments of postings the search engine writes as it indexes and
 * reads back at start, and the blocks' texts it reads for snippets.
 */
import type { BlockRef, IndexChanges, StoredSegment } from '../../shared/search';
import type { RightsmarkDatabase } from './database';

/** Every stored segment, oldest first. */
export async function loadSearchSegments(db: RightsmarkDatabase): Promise<StoredSegment[]> {
  return db.searchSegments.orderBy('id').toArray();
}

/** Writes the segments an index added and deletes those it merged away, in one transaction. */
export async function saveSearchChanges(
  db: RightsmarkDatabase,
  changes: IndexChanges,
): Promise<void> {
  if (changes.put.length === 0 && changes.deleted.length === 0) return;
  await db.transaction('rw', db.searchSegments, async () => {
    if (changes.deleted.length > 0) await db.searchSegments.bulkDelete([...changes.deleted]);
    if (changes.put.length > 0) await db.searchSegments.bulkPut([...changes.put]);
  });
}

/** Forgets the stored index (it is rebuilt from the documents). */
export async function clearSearchSegments(db: RightsmarkDatabase): Promise<void> {
  await db.searchSegments.clear();
}

/** The texts of these blocks, in the same order; undefined for a block that is gone. */
export async function getBlockTexts(
  db: RightsmarkDatabase,
  blocks: readonly BlockRef[],
): Promise<(string | undefined)[]> {
  const rows = await db.blocks.bulkGet(blocks.map((b): [string, number] => [b.docId, b.index]));
  return rows.map((row) => row?.text);
}
