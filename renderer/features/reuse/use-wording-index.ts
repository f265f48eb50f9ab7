/**
 * Keeps the wording index current from the moment the app starts: the worker loads the stored
 * index at once, and is asked to follow every import, replacement, delete and restore.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../../db/database';
import { documentsSignature } from '../../db/documents-repo';
import { wordingService } from './wording-service';

/** Mount once, in the shell. */
export function useWordingIndexSync(): void {
  const signature = useLiveQuery(() => documentsSignature(db), []);
  useEffect(() => {
    if (signature !== undefined) wordingService(db).sync();
  }, [signature]);
}
