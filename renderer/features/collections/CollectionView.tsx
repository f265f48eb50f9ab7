/**
 * One collection: its name and description (editable), counts per right, its excerpts in
 * order (reorderable, commentable) or, for a smart collection, its filter and current
 * matches; "Export collection" and "Delete collection" (asked first, undoable from the Trash).
 */
import { CollectionFields } from './CollectionFields';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import type { Collection } from '../../../shared/model';
import { updateCollectionDetails, updateSmartFilter } from '../../db/collections-repo';
import { db } from '../../db/database';
import { CollectionItemList } from './CollectionItemList';
import { ExportBriefingButton } from '../briefing';
import { DeleteCollectionDialog } from './DeleteCollectionDialog';
import { ExportDialog } from './ExportDialog';
import { SmartFilterEditor } from './SmartFilterEditor';
import { useCollection } from './use-collections';
import './collections.css';
import '../excerpts/excerpts.css';
import { messageOf } from '../../ui/message-of';

function excerpts(count: number): string {
  return `${count} ${count === 1 ? 'excerpt' : 'excerpts'}`;
}

export function CollectionView({ collectionId }: { collectionId: string }) {
  const contents = useCollection(collectionId);
  const [, navigate] = useLocation();
  const [editing, setEditing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const rightsById = useMemo(
    () => new Map((contents?.rights ?? []).map((r) => [r.id, r])),
    [contents?.rights],
  );
  const perRight = useMemo(() => {
    const counts = new Map<string, number>();
    for (const { annotation } of contents?.entries ?? []) {
      for (const id of new Set(annotation.rightIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return (contents?.rights ?? []).flatMap((right) => {
      const count = counts.get(right.id);
      return count === undefined ? [] : [{ right, count }];
    });
  }, [contents]);

  if (contents === undefined) return <p className="loading">Loading…</p>;
  if (contents === null) {
    return (
      <section className="collection-view">
        <h1>Collection not found</h1>
        <p>It may have been deleted.</p>
        <Link href="/collections">Back to collections</Link>
      </section>
    );
  }

  const { collection, entries } = contents;
  const smart = collection.filter !== null;

  return (
    <section className="collection-view" aria-labelledby="collection-heading">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/collections">Collections</Link>
      </nav>
      <header className="collection-view-header">
        <div className="collection-title">
          <h1 id="collection-heading">
            {collection.name}
            {smart && <span className="collection-badge">Smart</span>}
          </h1>
          {collection.description !== '' && (
            <p className="collection-description">{collection.description}</p>
          )}
          <p className="muted" role="status">
            {excerpts(entries.filter((e) => e.trashed === null).length)}
            {entries.some((e) => e.trashed !== null) &&
              ` · ${entries.filter((e) => e.trashed !== null).length} in the Trash`}
            {contents.missingCount > 0 &&
              ` · ${contents.missingCount} no longer in the library (a backup that holds them brings them back)`}
          </p>
        </div>
        <div className="collection-actions">
          <button
            type="button"
            className="button"
            aria-expanded={editing}
            onClick={() => setEditing((e) => !e)}
          >
            Edit name and description
          </button>
          <button type="button" className="button primary" onClick={() => setExporting(true)}>
            Export collection
          </button>
          <ExportBriefingButton
            source={{ kind: 'collection', collectionId: collection.id }}
            className="button"
            disabled={entries.length === 0}
          />
          <button type="button" className="button danger" onClick={() => setDeleting(true)}>
            Delete collection
          </button>
        </div>
      </header>

      {editing && <DetailsForm collection={collection} onDone={() => setEditing(false)} />}

      {perRight.length > 0 && (
        <ul className="collection-right-counts" aria-label="Excerpts per right">
          {perRight.map(({ right, count }) => (
            <li key={right.id} className="chip">
              <span
                className="swatch"
                style={{ backgroundColor: right.color }}
                aria-hidden="true"
              />
              {right.name}
              <span className="right-count">{count}</span>
            </li>
          ))}
        </ul>
      )}

      {smart && collection.filter !== null && (
        <SmartFilterEditor
          filter={collection.filter}
          rights={contents.rights.filter(
            (r) => !r.archived || collection.filter?.rightIds.includes(r.id),
          )}
          documents={contents.documents}
          onSave={(filter) => updateSmartFilter(db, collection.id, filter)}
        />
      )}

      {entries.length === 0 ? (
        <p className="empty">
          {smart
            ? 'No excerpt matches this filter yet.'
            : 'No excerpts yet. Add them from the reader’s annotations panel, the Excerpts view or search results.'}
        </p>
      ) : (
        <CollectionItemList
          collectionId={collection.id}
          entries={entries}
          rightsById={rightsById}
          editable={!smart}
        />
      )}

      {exporting && (
        <ExportDialog
          collectionId={collection.id}
          collectionName={collection.name}
          onClose={() => setExporting(false)}
        />
      )}
      {deleting && (
        <DeleteCollectionDialog
          collection={collection}
          onCancel={() => setDeleting(false)}
          onDeleted={() => navigate('/collections')}
        />
      )}
    </section>
  );
}

function DetailsForm({ collection, onDone }: { collection: Collection; onDone: () => void }) {
  const id = useId();
  const [name, setName] = useState(collection.name);
  const [description, setDescription] = useState(collection.description);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await updateCollectionDetails(db, collection.id, { name, description });
      onDone();
    } catch (caught) {
      setError(messageOf(caught));
    }
  };

  return (
    <form
      className="collection-form"
      aria-label="Name and description"
      onSubmit={(event) => void submit(event)}
    >
      <CollectionFields
        id={id}
        name={name}
        description={description}
        error={error}
        onName={setName}
        onDescription={setDescription}
      />
      <div className="collection-form-actions">
        <button type="submit" className="button primary">
          Save
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
