/** Live library rows: documents with their annotation counts; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { annotationCounts, listDocuments } from '../../db/documents-repo';
import type { LibraryRow } from './library-rows';

export function useLibraryRows(): LibraryRow[] | undefined {
  return useLiveQuery(async () => {
    const [documents, counts] = await Promise.all([listDocuments(db), annotationCounts(db)]);
    return documents.map((document) => ({
      document,
      annotationCount: counts.get(document.id) ?? 0,
    }));
  }, []);
}
