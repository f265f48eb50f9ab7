/**
 * The excerpts filter, kept in the URL after the route (`#/excerpts?right=…&doc=…`) so a
 * filtered view can be reloaded, bookmarked and shared. The component state is the source of
 * truth while the view is open; the URL mirrors it (replacing, so typing does not fill the
 * history) and navigation to another excerpts URL resets it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ExcerptQuery } from '../../../shared/model/excerpt-filter';
import { queryFromSearch, queryToSearch } from './excerpt-query-url';

/** The path of the excerpts route inside the URL's hash. */
export const EXCERPTS_PATH = '/excerpts';

/** The search part of a `#/excerpts?…` hash; null when the hash is another route's. */
export function excerptSearchOfHash(hash: string): string | null {
  const path = hash.replace(/^#/, '');
  const mark = path.indexOf('?');
  const route = mark < 0 ? path : path.slice(0, mark);
  if (route !== EXCERPTS_PATH) return null;
  return mark < 0 ? '' : path.slice(mark + 1);
}

/** The in-app href of the excerpts view showing a query. */
export function excerptsHref(query: ExcerptQuery): string {
  const search = queryToSearch(query);
  return search === '' ? EXCERPTS_PATH : `${EXCERPTS_PATH}?${search}`;
}

type QueryUpdate = ExcerptQuery | ((current: ExcerptQuery) => ExcerptQuery);

export function useExcerptQuery(): [ExcerptQuery, (update: QueryUpdate) => void] {
  const [query, setQuery] = useState(() =>
    queryFromSearch(excerptSearchOfHash(window.location.hash) ?? ''),
  );

  useEffect(() => {
    if (excerptSearchOfHash(window.location.hash) === null) return;
    const target = `#${excerptsHref(query)}`;
    if (window.location.hash !== target)
      window.history.replaceState(window.history.state, '', target);
  }, [query]);

  useEffect(() => {
    const onHashChange = () => {
      const search = excerptSearchOfHash(window.location.hash);
      if (search === null) return;
      const next = queryFromSearch(search);
      setQuery((current) => (queryToSearch(current) === queryToSearch(next) ? current : next));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const update = useCallback((next: QueryUpdate) => setQuery(next), []);
  return [query, update];
}
