/** Live library rows (documents with their annotation counts) and the recently opened ones. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { annotationCounts, listDocuments } from '../../db/documents-repo';
import { recentDocuments, type RecentDocument } from '../../db/reading-history-repo';
import type { LibraryRow } from './library-rows';

/** Live library rows: documents with their annotation counts; undefined while loading. */
export function useLibraryRows(): LibraryRow[] | undefined {
  return useLiveQuery(async () => {
    const [documents, counts] = await Promise.all([listDocuments(db), annotationCounts(db)]);
    return documents.map((document) => ({
      document,
      annotationCount: counts.get(document.id) ?? 0,
    }));
  }, []);
}

/** The documents opened last, most recent first (live); undefined while loading. */
export function useRecentDocuments(): RecentDocument[] | undefined {
  return useLiveQuery(() => recentDocuments(db), []);
}
