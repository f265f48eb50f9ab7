/** The messages between the page and the search worker. */
import type { SearchFilters, SearchResults } from '../../../shared/search';
import type { IndexProgress } from './search-engine';

/** Page → worker. */
export type SearchRequest =
  | { readonly type: 'sync' }
  | {
      readonly type: 'search';
      readonly id: number;
      readonly query: string;
      readonly filters: SearchFilters;
    };

/** Worker → page. */
export type SearchResponse =
  | { readonly type: 'progress'; readonly progress: IndexProgress }
  | { readonly type: 'results'; readonly id: number; readonly results: SearchResults }
  | { readonly type: 'failed'; readonly id: number | null; readonly message: string };
