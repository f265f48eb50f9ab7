/** The Trash as the views read it, and the Trash period; both live. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { loadTrash, trashDays, type TrashContents } from '../../db/trash-repo';

/** Everything in the Trash; undefined while loading. */
export function useTrash(): TrashContents | undefined {
  return useLiveQuery(() => loadTrash(db), []);
}

/** How many days the Trash keeps things; undefined while loading. */
export function useTrashDays(): number | undefined {
  return useLiveQuery(() => trashDays(db), []);
}
