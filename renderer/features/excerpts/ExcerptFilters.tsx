/**
 * The excerpts filter panel: free text, rights (with counts for the current filter and an
 * any/all choice), document, author and creation dates.
 */
import { RightsMatchRadios } from '../../ui/RightsMatchRadios';
import { useId, useMemo, type RefObject } from 'react';
import type { LibraryDocument, Right } from '../../../shared/model';
import {
  authorsOf,
  type ExcerptQuery,
  type ExcerptRow,
} from '../../../shared/model/excerpt-filter';

interface ExcerptFiltersProps {
  readonly query: ExcerptQuery;
  readonly onChange: (update: (current: ExcerptQuery) => ExcerptQuery) => void;
  readonly rights: readonly Right[];
  readonly rightCounts: ReadonlyMap<string, number>;
  readonly documents: readonly Pick<LibraryDocument, 'id' | 'title'>[];
  readonly rows: readonly ExcerptRow[];
  readonly searchRef: RefObject<HTMLInputElement | null>;
}

/** Select values: '' is "all"; authors are prefixed so that the unnamed author ('') fits. */
const ANY = '';
const authorValue = (author: string) => `author:${author}`;

const numberFormat = new Intl.NumberFormat();

export function ExcerptFilters({
  query,
  onChange,
  rights,
  rightCounts,
  documents,
  rows,
  searchRef,
}: ExcerptFiltersProps) {
  const id = useId();
  const authors = useMemo(() => authorsOf(rows), [rows]);
  const set = (changes: Partial<ExcerptQuery>) =>
    onChange((current) => ({ ...current, ...changes }));

  const toggleRight = (rightId: string, checked: boolean) =>
    onChange((current) => ({
      ...current,
      rightIds: checked
        ? [...current.rightIds.filter((r) => r !== rightId), rightId]
        : current.rightIds.filter((r) => r !== rightId),
    }));

  // A document or author chosen in a shared link may no longer exist: still offer it, so the
  // select shows what filters the list.
  const docMissing = query.docId !== null && !documents.some((d) => d.id === query.docId);
  const authorMissing = query.author !== null && !authors.includes(query.author);

  return (
    <form
      className="excerpt-filters"
      aria-label="Filter excerpts"
      role="search"
      onSubmit={(event) => event.preventDefault()}
    >
      <label className="field">
        <span className="field-label">Search quotes and notes</span>
        <input
          ref={searchRef}
          type="search"
          value={query.text}
          onChange={(event) => set({ text: event.target.value })}
        />
      </label>

      <fieldset className="filter-rights">
        <legend className="field-label">Rights</legend>
        {rights.length === 0 && <p className="muted">No rights.</p>}
        <ul>
          {rights.map((right) => {
            const count = rightCounts.get(right.id) ?? 0;
            return (
              <li key={right.id}>
                <label className="right-option">
                  <input
                    type="checkbox"
                    checked={query.rightIds.includes(right.id)}
                    onChange={(event) => toggleRight(right.id, event.target.checked)}
                    aria-describedby={`${id}-count-${right.id}`}
                  />
                  <span
                    className="swatch"
                    style={{ backgroundColor: right.color }}
                    aria-hidden="true"
                  />
                  <span className="right-option-name">
                    {right.name}
                    {right.archived && <span className="muted"> (archived)</span>}
                  </span>
                  <span className="right-count" id={`${id}-count-${right.id}`} aria-hidden="true">
                    {numberFormat.format(count)}
                    <span className="visually-hidden">
                      {count === 1 ? ' passage' : ' passages'}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset className="filter-match">
        <legend className="field-label">Passages with</legend>
        <RightsMatchRadios
          name={`${id}-match`}
          value={query.rightsMatch}
          onChange={(rightsMatch) => set({ rightsMatch })}
        />
      </fieldset>

      <label className="field">
        <span className="field-label">Document</span>
        <select
          value={query.docId ?? ANY}
          onChange={(event) =>
            set({ docId: event.target.value === ANY ? null : event.target.value })
          }
        >
          <option value={ANY}>All documents</option>
          {docMissing && <option value={query.docId ?? ANY}>(a document no longer here)</option>}
          {documents.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {doc.title}
            </option>
          ))}
        </select>
      </label>

      <label className="field">
        <span className="field-label">Author</span>
        <select
          value={query.author === null ? ANY : authorValue(query.author)}
          onChange={(event) =>
            set({
              author:
                event.target.value === ANY
                  ? null
                  : event.target.value.slice(authorValue('').length),
            })
          }
        >
          <option value={ANY}>All authors</option>
          {[...authors, ...(authorMissing && query.author !== null ? [query.author] : [])].map(
            (author) => (
              <option key={authorValue(author)} value={authorValue(author)}>
                {author === '' ? '(no name)' : author}
              </option>
            ),
          )}
        </select>
      </label>

      <fieldset className="filter-dates">
        <legend className="field-label">Created</legend>
        <label className="field">
          <span>From</span>
          <input
            type="date"
            aria-label="Created from"
            value={query.createdFrom ?? ''}
            max={query.createdTo ?? undefined}
            onChange={(event) => set({ createdFrom: event.target.value || null })}
          />
        </label>
        <label className="field">
          <span>To</span>
          <input
            type="date"
            aria-label="Created to"
            value={query.createdTo ?? ''}
            min={query.createdFrom ?? undefined}
            onChange={(event) => set({ createdTo: event.target.value || null })}
          />
        </label>
      </fieldset>
    </form>
  );
}
