/**
 * Where the analyst was in each document (the paragraph last focused), kept for the session
 * so that going back to a document, or opening it again from the library, continues there.
 */

/** Positions of the documents opened in this window, by document id (0-based block index). */
const positions = new Map<string, number>();

/** The block to continue reading at, if the document was open before in this session. */
export function savedReadingPosition(docId: string): number | undefined {
  return positions.get(docId);
}

/** Remembers the block the analyst is at. */
export function saveReadingPosition(docId: string, blockIndex: number): void {
  positions.set(docId, blockIndex);
}
