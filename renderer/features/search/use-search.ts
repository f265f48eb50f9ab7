/**
 * Hooks of library search: keeping the index in step with the library, and results for the
 * current search, debounced while the analyst types.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SearchResults } from '../../../shared/search';
import { rightPassagesVersion } from '../../db/annotations-repo';
import { db } from '../../db/database';
import { useLibraryFollower } from '../import';
import type { IndexProgress } from './search-engine';
import type { SearchState } from './search-location';
import { searchService } from './search-worker-client';

/** Wait this long after the last keystroke before searching: about one typing interval. */
export const SEARCH_DEBOUNCE_MS = 150;

/**
 * Keeps the search index current: asks for a sync at start and whenever a document is added,
 * replaced, renamed, re-filed or deleted (during an import, now and then and at its end). Mount
 * once, in the shell.
 */
export function useSearchIndexSync(): void {
  useLibraryFollower(syncSearchIndex);
}

function syncSearchIndex(): void {
  searchService().sync();
}

/** How far the index has come. */
export function useIndexProgress(): IndexProgress {
  const service = searchService();
  return useSyncExternalStore(service.subscribe, service.progress);
}

/** Results, and whether they answer an earlier search than the one shown (typing goes on). */
export interface SearchAnswer {
  readonly results: SearchResults | undefined;
  readonly stale: boolean;
}

/**
 * Results for a search; undefined until the first answer. Searches again as the index grows,
 * and when annotations change (the right filter depends on them).
 */
export function useSearchResults(search: SearchState): SearchAnswer {
  const { generation } = useIndexProgress();
  const rightId = search.filters.rightId;
  // The right's passages, as a string that changes whenever one is added, edited or deleted.
  const passagesVersion = useLiveQuery(
    async () => (rightId === null ? '' : rightPassagesVersion(db, rightId)),
    [rightId],
  );
  const [answer, setAnswer] = useState<{ key: string; results: SearchResults }>();
  const { query, filters } = search;
  const { kind, yearFrom, yearTo } = filters;
  const key = JSON.stringify([query, rightId, kind, yearFrom, yearTo]);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      searchService()
        .search(query, { rightId, kind, yearFrom, yearTo })
        .then((next) => {
          if (current) setAnswer({ key, results: next });
        })
        .catch((error: unknown) => console.warn('Search failed', error));
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key, query, rightId, kind, yearFrom, yearTo, generation, passagesVersion]);
  return { results: answer?.results, stale: answer?.key !== key };
}
