/**
 * Keeps the wording index current from the moment the app starts: the worker loads the stored
 * index at once, and is asked to follow every import, replacement, delete and restore (during an
 * import, now and then and at its end).
 */
import { db } from '../../db/database';
import { useLibraryFollower } from '../import';
import { wordingService } from './wording-service';

/** Mount once, in the shell. */
export function useWordingIndexSync(): void {
  useLibraryFollower(syncWordingIndex);
}

function syncWordingIndex(): void {
  void wordingService(db).sync();
}
