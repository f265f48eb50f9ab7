/**
 * The library: every document with its metadata, sortable and filterable, virtualised so a
 * library of tens of thousands of documents lists at once. Opening a title goes to the reader.
 * Rows can be ticked (Shift ticks a range) and deleted together, after one question.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { Link } from 'wouter';
import { ImportPanel, subscribeImportRequests, useFileDrop, useImport } from '../import';
import { DeleteDocumentsDialog } from '../trash';
import { EditDetailsDialog } from './EditDetailsDialog';
import { RecentDocuments } from './RecentDocuments';
import {
  changeSelection,
  libraryRows,
  rowLabels,
  type LibraryRow,
  type SortDirection,
  type SortKey,
} from './library-rows';
import { useLibraryRows } from './use-library';

const COLUMNS: readonly { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'title', label: 'Title' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'year', label: 'Year', numeric: true },
  { key: 'kind', label: 'Kind' },
  { key: 'length', label: 'Length', numeric: true },
  { key: 'annotations', label: 'Annotations', numeric: true },
];

/** Estimated row height in pixels; rows are measured after they render. */
const ROW_HEIGHT_ESTIMATE = 52;
const numberFormat = new Intl.NumberFormat();

export function LibraryView() {
  const rows = useLibraryRows();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'title',
    direction: 'ascending',
  });
  const labels = useMemo(() => rowLabels((rows ?? []).map((r) => r.document)), [rows]);
  const visible = useMemo(
    () => (rows ? libraryRows(rows, deferredQuery, sort.key, sort.direction) : []),
    [rows, deferredQuery, sort],
  );
  const [deleting, setDeleting] = useState<readonly string[] | null>(null);
  /** Ticked rows, by document id, and the last row ticked (the start of a Shift range). */
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const visibleIds = useMemo(() => visible.map((r) => r.document.id), [visible]);
  // Only shown rows count as selected: a delete never takes a document the filter hides.
  const selected = useMemo(() => visibleIds.filter((id) => ticked.has(id)), [visibleIds, ticked]);
  const allShownSelected = visibleIds.length > 0 && selected.length === visibleIds.length;
  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current) {
      selectAllRef.current.indeterminate = selected.length > 0 && !allShownSelected;
    }
  }, [selected.length, allShownSelected]);
  /** Shift held as a key toggles a checkbox (Shift+Space), for ranges without a mouse. */
  const shiftHeld = useRef(false);
  const tick = (index: number, checked: boolean, range: boolean) => {
    shiftHeld.current = false;
    setTicked((current) => changeSelection(current, visibleIds, index, checked, anchor, range));
    setAnchor(index);
  };
  const tickAllShown = (checked: boolean) => {
    setTicked(checked ? new Set(visibleIds) : new Set());
    setAnchor(null);
  };
  const closeDelete = useCallback(() => setDeleting(null), []);
  const [editing, setEditing] = useState<LibraryRow['document'] | null>(null);
  const importer = useImport();
  const { pickFiles, importFiles } = importer;
  useEffect(
    () =>
      subscribeImportRequests((request) =>
        request.kind === 'pick' ? void pickFiles() : importFiles(request.files),
      ),
    [pickFiles, importFiles],
  );
  const drop = useFileDrop(importer.importFiles, !importer.running, importer.prepare);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  const toggleSort = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  // Deleting asks first, naming what the document takes with it.
  const remove = (row: LibraryRow) => setDeleting([row.document.id]);

  // Arrow keys move between titles, scrolling rows into the rendered window as needed.
  const onTitleKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const target = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : -1;
    if (target < 0 || target >= visible.length) return;
    event.preventDefault();
    virtualizer.scrollToIndex(target);
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLAnchorElement>(`[data-row-index="${target}"]`)?.focus(),
    );
  };

  return (
    <section
      className={drop.dragging ? 'library import-dropping' : 'library'}
      aria-labelledby="library-heading"
      {...drop.handlers}
    >
      <header className="view-header">
        <h1 id="library-heading">Library</h1>
        <p className="muted" role="status">
          {rows === undefined
            ? 'Loading…'
            : visible.length === rows.length
              ? `${numberFormat.format(rows.length)} documents`
              : `${numberFormat.format(visible.length)} of ${numberFormat.format(rows.length)} documents`}
        </p>
        <input
          type="search"
          className="filter"
          placeholder="Filter by title, publisher, kind or year"
          aria-label="Filter documents"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button
          type="button"
          className="button primary"
          disabled={importer.running}
          onClick={() => void importer.pickFiles()}
        >
          Import documents
        </button>
      </header>
      {selected.length > 0 && (
        <div className="library-selection" role="group" aria-label="Selected documents">
          <span role="status">{numberFormat.format(selected.length)} selected</span>
          <button type="button" className="button danger" onClick={() => setDeleting(selected)}>
            Delete selected ({numberFormat.format(selected.length)})
          </button>
          <button type="button" className="button" onClick={() => tickAllShown(false)}>
            Clear selection
          </button>
        </div>
      )}
      <ImportPanel importer={importer} />
      <RecentDocuments />
      {drop.dragging && (
        <div className="import-drop-overlay" aria-hidden="true">
          Drop files to import them
        </div>
      )}
      <div className="table-scroll" ref={scrollRef}>
        <table className="library-table" aria-label="Documents" aria-rowcount={visible.length + 1}>
          <thead>
            <tr>
              <th scope="col" className="select-cell">
                <input
                  ref={selectAllRef}
                  type="checkbox"
                  aria-label="Select all shown documents"
                  checked={allShownSelected}
                  disabled={visibleIds.length === 0}
                  onChange={(event) => tickAllShown(event.target.checked)}
                />
              </th>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'numeric' : undefined}
                  aria-sort={sort.key === column.key ? sort.direction : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => toggleSort(column.key)}
                  >
                    {column.label}
                    <span aria-hidden="true" className="sort-mark">
                      {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true" style={{ height: paddingTop }}>
                <td colSpan={COLUMNS.length + 2} />
              </tr>
            )}
            {items.map((item) => {
              const row = visible[item.index];
              if (!row) return null;
              const doc = row.document;
              return (
                <tr
                  key={doc.id}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-rowindex={item.index + 2}
                  className={ticked.has(doc.id) ? 'selected' : undefined}
                >
                  <td className="select-cell">
                    <input
                      type="checkbox"
                      aria-label={`Select ${labels.get(doc.id) ?? `“${doc.title}”`}`}
                      checked={ticked.has(doc.id)}
                      onKeyUp={(event) => {
                        shiftHeld.current = event.shiftKey;
                      }}
                      onChange={(event) => {
                        const native = event.nativeEvent;
                        const range = native instanceof MouseEvent && native.shiftKey;
                        tick(item.index, event.target.checked, range || shiftHeld.current);
                      }}
                    />
                  </td>
                  <td className="title-cell">
                    <Link
                      href={`/doc/${encodeURIComponent(doc.id)}`}
                      data-row-index={item.index}
                      onKeyDown={(event: KeyboardEvent<HTMLAnchorElement>) =>
                        onTitleKeyDown(event, item.index)
                      }
                    >
                      {doc.title}
                    </Link>
                  </td>
                  <td>{doc.publisher ?? <span className="muted">—</span>}</td>
                  <td className="numeric">{doc.year ?? <span className="muted">—</span>}</td>
                  <td>{doc.kind ?? <span className="muted">—</span>}</td>
                  <td className="numeric">{numberFormat.format(doc.wordCount)} words</td>
                  <td className="numeric">{numberFormat.format(row.annotationCount)}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Edit details of ${labels.get(doc.id) ?? `“${doc.title}”`}`}
                      onClick={() => setEditing(doc)}
                    >
                      Edit
                    </button>{' '}
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Delete ${labels.get(doc.id) ?? `“${doc.title}”`}`}
                      title="Delete (can be undone)"
                      onClick={() => remove(row)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true" style={{ height: paddingBottom }}>
                <td colSpan={COLUMNS.length + 2} />
              </tr>
            )}
          </tbody>
        </table>
        {rows !== undefined && visible.length === 0 && (
          <p className="empty">
            {rows.length === 0 ? 'The library is empty.' : 'No document matches the filter.'}
          </p>
        )}
      </div>
      {editing && <EditDetailsDialog document={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteDocumentsDialog docIds={deleting} onClose={closeDelete} />}
    </section>
  );
}
