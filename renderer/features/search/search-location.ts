/**
 * Search state in the URL, after the route inside the hash (`#/search?q=…&kind=…`), so a search
 * can be reloaded and its results revisited with Back; and the reader's `?q=` that marks the
 * terms of the search a passage was opened from.
 */
import type { SearchFilters } from '../../../shared/search';

/** The search route's path. */
export const SEARCH_PATH = '/search';

/** A search: what was typed and how it is filtered. */
export interface SearchState {
  readonly query: string;
  readonly filters: SearchFilters;
}

function splitLocation(location: string): { path: string; params: URLSearchParams } {
  const mark = location.indexOf('?');
  return mark < 0
    ? { path: location, params: new URLSearchParams() }
    : { path: location.slice(0, mark), params: new URLSearchParams(location.slice(mark + 1)) };
}

function yearParam(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

/** The search a location (wouter's hash path, with its query) shows, or null for other routes. */
export function searchStateOf(location: string): SearchState | null {
  const { path, params } = splitLocation(location);
  if (path !== SEARCH_PATH) return null;
  return {
    query: params.get('q') ?? '',
    filters: {
      rightId: params.get('right') || null,
      kind: params.get('kind') || null,
      yearFrom: yearParam(params.get('from')),
      yearTo: yearParam(params.get('to')),
    },
  };
}

/** The in-app location of a search. */
export function searchLocation({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query !== '') params.set('q', query);
  if (filters.rightId !== null) params.set('right', filters.rightId);
  if (filters.kind !== null) params.set('kind', filters.kind);
  if (filters.yearFrom !== null) params.set('from', String(filters.yearFrom));
  if (filters.yearTo !== null) params.set('to', String(filters.yearTo));
  const search = params.toString();
  return search === '' ? SEARCH_PATH : `${SEARCH_PATH}?${search}`;
}

/** The reader's location for a block opened from a search, marking the query's terms. */
export function resultLocation(docId: string, blockIndex: number, query: string): string {
  const params = new URLSearchParams({ q: query });
  return `/doc/${encodeURIComponent(docId)}/p/${blockIndex + 1}?${params.toString()}`;
}

/** The search terms a reader location carries (`?q=`), or '' when none. */
export function highlightQueryOf(location: string): string {
  const { path, params } = splitLocation(location);
  return path.startsWith('/doc/') ? (params.get('q') ?? '') : '';
}

/**
 * Shows a location in the hash and tells the router. Not wouter's navigate: it would move the
 * `?…` part out of the hash into the page's own query string, where it outlives the route.
 */
export function showLocation(location: string, replace: boolean): void {
  const target = `#${location}`;
  if (window.location.hash === target) return;
  if (replace) {
    const oldURL = window.location.href;
    window.history.replaceState(window.history.state, '', target);
    window.dispatchEvent(
      new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }),
    );
  } else {
    window.location.hash = target;
  }
}
