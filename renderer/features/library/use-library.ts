/** Live library rows (documents with their annotation counts) and the recently opened ones. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/database';
import { annotationCounts, listDocuments } from '../../db/documents-repo';
import { recentDocuments, type RecentDocument } from '../../db/reading-history-repo';
import { useImportRunning } from '../import';
import type { LibraryRow } from './library-rows';

/**
 * How often the library list takes in an import's documents while it runs. Following each of
 * its writes read the whole library again and re-rendered the list several times a second, on
 * the thread the import needs, and each read held up the import's next write (measured: a
 * thousand small files took half as long again). The import's own list shows every file as it
 * is saved; the library catches up every few seconds, and at once when the import ends.
 */
export const LIBRARY_REFRESH_DURING_IMPORT_MS = 5000;

async function readLibraryRows(): Promise<LibraryRow[]> {
  const [documents, counts] = await Promise.all([listDocuments(db), annotationCounts(db)]);
  return documents.map((document) => ({
    document,
    annotationCount: counts.get(document.id) ?? 0,
  }));
}

/**
 * Live library rows: documents with their annotation counts; undefined while loading. While an
 * import runs, the rows are read every LIBRARY_REFRESH_DURING_IMPORT_MS instead, and live again
 * (every change at once) when it ends.
 */
export function useLibraryRows(): LibraryRow[] | undefined {
  const importing = useImportRunning();
  // During an import the live query reads nothing, so the import's writes do not wake it.
  const live = useLiveQuery(async () => (importing ? null : readLibraryRows()), [importing]);
  const [rows, setRows] = useState<LibraryRow[] | undefined>(undefined);
  // The rows last seen, live or read during an import (state adjusted while rendering, as
  // React documents for information from earlier renders).
  if (live && live !== rows) setRows(live);
  useEffect(() => {
    if (!importing) return undefined;
    let active = true;
    const timer = setInterval(() => {
      void readLibraryRows().then((read) => {
        if (active) setRows(read);
      });
    }, LIBRARY_REFRESH_DURING_IMPORT_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [importing]);
  return live ?? rows;
}

/** The documents opened last, most recent first (live); undefined while loading. */
export function useRecentDocuments(): RecentDocument[] | undefined {
  return useLiveQuery(() => recentDocuments(db), []);
}
