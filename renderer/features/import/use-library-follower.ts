/**
 * For an index that follows the library (search, wording): asks it to catch up whenever a
 * document is added, replaced, renamed, re-filed or deleted. While an import runs, it asks every
 * FOLLOW_DURING_IMPORT_MS instead, and once more when the import ends: an import of a thousand
 * small files writes many groups, and a catch-up after each read every document again and took
 * the threads the import needed (measured: most of the CPU time of the workers during the
 * import benchmark).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../../db/database';
import { documentsSignature } from '../../db/documents-repo';
import { useImportRunning } from './import-activity';

/** How often an index catches up during a long import: what is imported is found soon enough. */
export const FOLLOW_DURING_IMPORT_MS = 10_000;

/**
 * Calls `catchUp` at start and after changes to the documents, as described above. Pass a
 * function that keeps its identity (one defined at module level).
 */
export function useLibraryFollower(catchUp: () => void): void {
  const importing = useImportRunning();
  // During an import the query reads nothing (and so is not refreshed by the import's writes);
  // when the import ends it reads the signature again, which has changed if anything was added.
  const signature = useLiveQuery(
    async () => (importing ? null : documentsSignature(db)),
    [importing],
  );
  useEffect(() => {
    if (typeof signature === 'string') catchUp();
  }, [signature, catchUp]);
  useEffect(() => {
    if (!importing) return undefined;
    const timer = setInterval(catchUp, FOLLOW_DURING_IMPORT_MS);
    return () => clearInterval(timer);
  }, [importing, catchUp]);
}
