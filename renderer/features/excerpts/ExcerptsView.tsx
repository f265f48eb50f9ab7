/**
 * Excerpts: every annotated passage in the library, filtered by right, document, author, date
 * and text, with counts per right, a document × right matrix and a virtualised list whose
 * entries open the reader at their paragraph.
 */
import { useDeferredValue, useMemo, useRef } from 'react';
import type { Right } from '../../../shared/model';
import { ExportBriefingButton } from '../briefing';
import { AddToCollectionButton } from '../../ui/AddToCollectionButton';
import { SaveSmartCollectionButton } from '../collections';
import { HiddenInTrashNotice } from '../trash';
import {
  countByRight,
  EMPTY_QUERY,
  excerptMatrix,
  filterExcerpts,
  isEmptyQuery,
} from '../../../shared/model/excerpt-filter';
import { ExcerptFilters } from './ExcerptFilters';
import { ExcerptList } from './ExcerptList';
import { ExcerptMatrixTable } from './ExcerptMatrixTable';
import { useExcerptLibrary } from './use-excerpts';
import { useExcerptQuery } from './use-excerpt-query';
import './excerpts.css';

/** Beyond this many documents the matrix keeps those with most passages, to stay readable. */
const MATRIX_MAX_DOCUMENTS = 150;
const numberFormat = new Intl.NumberFormat();

export function ExcerptsView() {
  const library = useExcerptLibrary();
  const [query, setQuery] = useExcerptQuery();
  const deferred = useDeferredValue(query);
  const searchRef = useRef<HTMLInputElement>(null);

  const rows = library?.rows;
  const filtered = useMemo(() => (rows ? filterExcerpts(rows, deferred) : []), [rows, deferred]);
  const rightCounts = useMemo(() => countByRight(filtered), [filtered]);

  const rightsById = useMemo(
    () => new Map((library?.rights ?? []).map((r) => [r.id, r])),
    [library?.rights],
  );
  /** Rights to filter by and to show as columns: active ones, and archived ones still in use. */
  const shownRights = useMemo(() => {
    const used = new Set((rows ?? []).flatMap((r) => r.rightIds));
    return (library?.rights ?? []).filter((r) => !r.archived || used.has(r.id));
  }, [library?.rights, rows]);

  // The matrix answers "where is what": every filter applies except document and rights, which
  // its cells set.
  const matrix = useMemo(() => {
    if (!rows) return undefined;
    const scope = filterExcerpts(rows, { ...deferred, docId: null, rightIds: [] });
    return excerptMatrix(
      scope,
      shownRights.map((r) => r.id),
      MATRIX_MAX_DOCUMENTS,
    );
  }, [rows, deferred, shownRights]);

  const showCell = (docId: string | null, right: Right | null) =>
    setQuery((current) => ({
      ...current,
      docId,
      rightIds: right ? [right.id] : [],
      rightsMatch: 'any',
    }));

  const clearFilters = () => {
    setQuery(EMPTY_QUERY);
    searchRef.current?.focus();
  };

  const total = rows?.length ?? 0;
  const status =
    library === undefined
      ? 'Loading…'
      : filtered.length === total
        ? `${numberFormat.format(total)} ${total === 1 ? 'excerpt' : 'excerpts'}`
        : `${numberFormat.format(filtered.length)} of ${numberFormat.format(total)} excerpts`;

  return (
    <section className="excerpts" aria-labelledby="excerpts-heading">
      <header className="view-header excerpts-header">
        <h1 id="excerpts-heading">Excerpts</h1>
        <p className="muted" role="status">
          {status}
        </p>
        {!isEmptyQuery(query) && (
          <button type="button" className="button" onClick={clearFilters}>
            Clear filters
          </button>
        )}
        <div className="excerpts-collection-actions">
          <AddToCollectionButton
            annotationIds={filtered.map((row) => row.id)}
            label="Add all shown to collection"
            text="Add all shown to collection"
            className="button"
          />
          <SaveSmartCollectionButton query={query} />
        </div>
        <ExportBriefingButton
          source={{ kind: 'filter', filter: query }}
          className="button"
          disabled={library === undefined}
        />
      </header>
      <ExcerptFilters
        query={query}
        onChange={setQuery}
        rights={shownRights}
        rightCounts={rightCounts}
        documents={library?.documents ?? []}
        rows={rows ?? []}
        searchRef={searchRef}
      />
      <div className="excerpt-results">
        <HiddenInTrashNotice documents={library?.trashedDocuments ?? []} />
        {matrix && matrix.rows.length > 0 && (
          <ExcerptMatrixTable
            matrix={matrix}
            rights={shownRights}
            query={query}
            onShow={showCell}
          />
        )}
        <ExcerptList
          rows={filtered}
          rightsById={rightsById}
          emptyMessage={
            library === undefined
              ? null
              : total === 0
                ? library.trashedDocuments.length > 0
                  ? 'No passages to list: the documents that carry them are in the Trash.'
                  : 'No passages yet. Open a document from the Library and select text to mark a passage.'
                : 'No excerpt matches the filters.'
          }
        />
      </div>
    </section>
  );
}
