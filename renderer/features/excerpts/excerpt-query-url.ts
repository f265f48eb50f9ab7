/**
 * The excerpts filter's form in the URL (`#/excerpts?right=…&doc=…`), so a filtered view can be
 * reloaded, bookmarked and shared.
 */
import type { ExcerptQuery } from '../../../shared/model/excerpt-filter';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a query from URL search parameters (`right`, repeated; `match=all`; `doc`; `author`;
 * `from`; `to`; `q`). Anything malformed is ignored rather than trusted.
 */
export function queryFromSearch(search: string): ExcerptQuery {
  const params = new URLSearchParams(search);
  const day = (value: string | null) => (value !== null && DAY.test(value) ? value : null);
  return {
    rightIds: [...new Set(params.getAll('right').filter(Boolean))],
    rightsMatch: params.get('match') === 'all' ? 'all' : 'any',
    docId: params.get('doc') || null,
    author: params.get('author'),
    createdFrom: day(params.get('from')),
    createdTo: day(params.get('to')),
    text: params.get('q') ?? '',
  };
}

/** The query as URL search parameters, leaving out what is "any"; '' for the empty query. */
export function queryToSearch(query: ExcerptQuery): string {
  const params = new URLSearchParams();
  for (const id of query.rightIds) params.append('right', id);
  if (query.rightsMatch === 'all' && query.rightIds.length > 0) params.set('match', 'all');
  if (query.docId !== null) params.set('doc', query.docId);
  if (query.author !== null) params.set('author', query.author);
  if (query.createdFrom !== null) params.set('from', query.createdFrom);
  if (query.createdTo !== null) params.set('to', query.createdTo);
  if (query.text !== '') params.set('q', query.text);
  return params.toString();
}
