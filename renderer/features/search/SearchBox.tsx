/**
 * The search box in the app header: typing shows results as you type on the search route;
 * Ctrl+K (⌘K) or "/" focuses it from anywhere; the down arrow moves into the results. It also
 * keeps the search index in step with the library while the app runs.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import { NO_FILTERS } from '../../../shared/search';
import { focusFirstResult, RESULTS_ID, SEARCH_INPUT_ID } from './search-focus';
import { searchLocation, searchStateOf, showLocation } from './search-location';
import { useSearchIndexSync } from './use-search';
import './search.css';

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function SearchBox() {
  useSearchIndexSync();
  const [location] = useLocation();
  const onSearchRoute = searchStateOf(location);
  const routeQuery = onSearchRoute?.query;
  const [value, setValue] = useState(routeQuery ?? '');
  const inputRef = useRef<HTMLInputElement>(null);

  // The URL changed under the box (Back, a link, a reload): show its query.
  const [shownRouteQuery, setShownRouteQuery] = useState(routeQuery);
  if (routeQuery !== shownRouteQuery) {
    setShownRouteQuery(routeQuery);
    if (routeQuery !== undefined) setValue(routeQuery);
  }

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (!ctrlK && !(slash && !isEditable(event.target))) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const change = (query: string) => {
    setValue(query);
    const current = searchStateOf(location);
    // Typing on the search route replaces its entry; the first keystroke elsewhere adds one,
    // so Back returns to where the search started.
    showLocation(
      searchLocation({ query, filters: current?.filters ?? NO_FILTERS }),
      current !== null,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      if (focusFirstResult()) event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!onSearchRoute) change(value);
      else focusFirstResult();
    }
  };

  return (
    <form role="search" className="search-box" onSubmit={(event) => event.preventDefault()}>
      <input
        ref={inputRef}
        id={SEARCH_INPUT_ID}
        type="search"
        aria-label="Search library"
        aria-controls={onSearchRoute ? RESULTS_ID : undefined}
        aria-keyshortcuts="Control+K /"
        placeholder="Search library"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-shortcut" aria-hidden="true">
        Ctrl K
      </kbd>
    </form>
  );
}
