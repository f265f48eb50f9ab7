/**
 * The page's handle on library search: a worker that owns the index, or the same engine in the
 * page when workers are unavailable. One instance for the app, created on first use.
 */
import type { SearchFilters, SearchResults } from '../../../shared/search';
import { db } from '../../db/database';
import { LibrarySearchEngine, type IndexProgress } from './search-engine';
import type { SearchRequest, SearchResponse } from './search-protocol';

export interface SearchService {
  /** Asks for the index to be brought up to date with the database. */
  sync(): void;
  search(query: string, filters: SearchFilters): Promise<SearchResults>;
  progress(): IndexProgress;
  /** Calls back whenever progress changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

const INITIAL: IndexProgress = { indexed: 0, total: 0, generation: 0 };

class Listeners {
  private readonly set = new Set<() => void>();
  add(listener: () => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }
  notify(): void {
    for (const listener of this.set) listener();
  }
}

/** Search in the page itself. */
export function createInPageSearchService(): SearchService {
  const listeners = new Listeners();
  const engine = new LibrarySearchEngine(db, () => listeners.notify());
  return {
    sync: () => void engine.sync(),
    search: (query, filters) => engine.search(query, filters),
    progress: () => engine.status(),
    subscribe: (listener) => listeners.add(listener),
  };
}

/** Search in a worker. */
export function createWorkerSearchService(worker: Worker): SearchService {
  const listeners = new Listeners();
  const waiting = new Map<
    number,
    { resolve: (r: SearchResults) => void; reject: (e: Error) => void }
  >();
  let progress = INITIAL;
  let nextId = 1;
  worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
    const message = event.data;
    if (message.type === 'progress') {
      progress = message.progress;
      listeners.notify();
      return;
    }
    const request = message.id === null ? undefined : waiting.get(message.id);
    if (message.id !== null) waiting.delete(message.id);
    if (message.type === 'results') request?.resolve(message.results);
    else if (request) request.reject(new Error(message.message));
    else console.warn(`Search index: ${message.message}`);
  });
  const send = (request: SearchRequest) => worker.postMessage(request);
  return {
    sync: () => send({ type: 'sync' }),
    search: (query, filters) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        send({ type: 'search', id, query, filters });
      }),
    progress: () => progress,
    subscribe: (listener) => listeners.add(listener),
  };
}

let service: SearchService | null = null;

/** The app's search service, started on first use. */
export function searchService(): SearchService {
  if (!service) {
    service =
      typeof Worker === 'function'
        ? createWorkerSearchService(
            new Worker(new URL('./search.worker.ts', import.meta.url), {
              type: 'module',
              name: 'search',
            }),
          )
        : createInPageSearchService();
  }
  return service;
}
