/**
 * The search route (`#/search?q=…`): results for the query typed in the header's search box,
 * grouped by document, narrowed by right, document kind and years.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ChangeEvent } from 'react';
import { useLocation } from 'wouter';
import { hasFilters, type SearchFilters, type SearchResults } from '../../../shared/search';
import { readPlaceQuery } from '../../../shared/structure';
import { db } from '../../db/database';
import { listDocuments } from '../../db/documents-repo';
import { useRights } from '../annotate';
import type { IndexProgress } from './search-engine';
import { PlaceResults } from './PlaceResults';
import { SearchResultsList } from './SearchResultsList';
import { searchLocation, searchStateOf, showLocation, type SearchState } from './search-location';
import { useIndexProgress, useSearchResults } from './use-search';

const numberFormat = new Intl.NumberFormat();

/** The kinds of the library's live documents, sorted. */
function useDocumentKinds(): string[] {
  return (
    useLiveQuery(async () => {
      const kinds = new Set<string>();
      for (const doc of await listDocuments(db)) if (doc.kind) kinds.add(doc.kind);
      return [...kinds].sort((a, b) => a.localeCompare(b));
    }, []) ?? []
  );
}

export function SearchView() {
  const [location] = useLocation();
  const search = searchStateOf(location) ?? {
    query: '',
    filters: { rightId: null, kind: null, yearFrom: null, yearTo: null },
  };
  const { results, stale } = useSearchResults(search);
  const progress = useIndexProgress();
  // "art 19(3)", "ICCPR art. 19(3)", "OP 5": the documents with that place come first.
  const place = readPlaceQuery(search.query);
  const setFilters = (filters: SearchFilters) =>
    showLocation(searchLocation({ query: search.query, filters }), true);

  return (
    <section className="search-view" aria-labelledby="search-heading">
      <header className="view-header">
        <h1 id="search-heading">Search</h1>
        <p className="muted" role="status">
          {statusText(search, stale ? undefined : results, progress)}
        </p>
      </header>
      <Filters filters={search.filters} onChange={setFilters} />
      {place && <PlaceResults place={place} />}
      {results && results.groups.length > 0 && (
        <SearchResultsList groups={results.groups} query={search.query} stale={stale} />
      )}
      {search.query.trim() === '' && (
        <div className="search-help muted">
          <p>
            Type in <strong>Search library</strong> above (<kbd>Ctrl</kbd>+<kbd>K</kbd> or{' '}
            <kbd>/</kbd>). Words match by their beginning and despite small typos; accents and case
            do not matter.
          </p>
          <p>
            Put words in quotes to find them side by side: <code>"digital freedom"</code>.
          </p>
          <p>
            Type a place to open it: <code>art 19(3)</code>, <code>ICCPR art. 19</code>,{' '}
            <code>OP 5</code>, <code>PP 3</code>, <code>para 23</code>, <code>p. 4</code>.
          </p>
        </div>
      )}
    </section>
  );
}

function statusText(
  search: SearchState,
  results: SearchResults | undefined,
  progress: IndexProgress,
): string {
  const indexing =
    progress.indexed < progress.total
      ? ` Indexing the library: ${numberFormat.format(progress.indexed)} of ${numberFormat.format(progress.total)} documents…`
      : '';
  if (search.query.trim() === '') return indexing.trim();
  if (!results) return `Searching…${indexing}`;
  if (results.total === 0) {
    const filtered = hasFilters(search.filters) ? ' with these filters' : '';
    return `No passage matches${filtered}.${indexing}`;
  }
  const passages = `${numberFormat.format(results.total)} ${results.total === 1 ? 'passage' : 'passages'}`;
  const documents = `${numberFormat.format(results.documentCount)} ${results.documentCount === 1 ? 'document' : 'documents'}`;
  const shown =
    results.groups.length < results.documentCount
      ? `; the best in ${numberFormat.format(results.groups.length)} shown`
      : '';
  return `${passages} in ${documents}${shown}.${indexing}`;
}

interface FiltersProps {
  readonly filters: SearchFilters;
  readonly onChange: (filters: SearchFilters) => void;
}

/** Years are four digits; anything else in the field means "no bound". */
function parseYear(value: string): number | null {
  return /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : null;
}

function Filters({ filters, onChange }: FiltersProps) {
  const rights = useRights() ?? [];
  const kinds = useDocumentKinds();
  const id = useId();
  const select = (key: 'rightId' | 'kind') => (event: ChangeEvent<HTMLSelectElement>) =>
    onChange({ ...filters, [key]: event.target.value || null });
  const year = (key: 'yearFrom' | 'yearTo') => (event: ChangeEvent<HTMLInputElement>) =>
    onChange({ ...filters, [key]: parseYear(event.target.value) });

  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <label htmlFor={`${id}-right`}>Right</label>
      <select id={`${id}-right`} value={filters.rightId ?? ''} onChange={select('rightId')}>
        <option value="">Any right</option>
        {rights.map((right) => (
          <option key={right.id} value={right.id}>
            {right.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} value={filters.kind ?? ''} onChange={select('kind')}>
        <option value="">Any kind</option>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {kind}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-from`}>From year</label>
      <YearInput id={`${id}-from`} value={filters.yearFrom} onChange={year('yearFrom')} />
      <label htmlFor={`${id}-to`}>To year</label>
      <YearInput id={`${id}-to`} value={filters.yearTo} onChange={year('yearTo')} />
      {hasFilters(filters) && (
        <button
          type="button"
          className="icon-button"
          onClick={() => onChange({ rightId: null, kind: null, yearFrom: null, yearTo: null })}
        >
          Clear filters
        </button>
      )}
    </fieldset>
  );
}

interface YearInputProps {
  readonly id: string;
  readonly value: number | null;
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

function YearInput({ id, value, onChange }: YearInputProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  // The filter changed from outside (Clear filters, Back): show it, unless the field already
  // says the same (a partly typed year means "no bound" too, and must not be wiped).
  if (parseYear(text) !== value) setText(value === null ? '' : String(value));
  return (
    <input
      id={id}
      className="search-year"
      type="text"
      inputMode="numeric"
      pattern="[0-9]{4}"
      maxLength={4}
      placeholder="Any"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(event);
      }}
    />
  );
}
