/**
 * Live reads for collections, for this feature and others (the reader panel, the excerpts
 * view, search results): the list with current counts, and one collection with its excerpts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  listCollections,
  loadCollection,
  type CollectionContents,
  type CollectionSummary,
} from '../../db/collections-repo';
import { db } from '../../db/database';

/** Every live collection by name with its excerpt count; undefined while loading. */
export function useCollections(): CollectionSummary[] | undefined {
  return useLiveQuery(() => listCollections(db), []);
}

/**
 * One collection with its excerpts in order (a smart one's current matches); undefined while
 * loading, null when it does not exist or was deleted.
 */
export function useCollection(id: string): CollectionContents | null | undefined {
  return useLiveQuery(async () => (await loadCollection(db, id)) ?? null, [id]);
}
