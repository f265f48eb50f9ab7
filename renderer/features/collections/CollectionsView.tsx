/**
 * Collections: every excerpt collection with its size, a form to start one, and "Import
 * collection" (a shared file or a briefing PDF that carries one), previewed before anything
 * is written.
 */
import { CollectionFields } from './CollectionFields';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import type { MergePlan } from '../../../shared/exchange';
import type { ImportResult } from '../../db/collection-import';
import type { Collection } from '../../../shared/model';
import { createCollection } from '../../db/collections-repo';
import { db } from '../../db/database';
import { plural } from '../../ui/plural';
import { useToast } from '../../ui/toast';
import { subscribeCollectionImports } from './collection-open-requests';
import { DeleteCollectionDialog } from './DeleteCollectionDialog';
import { ImportPreview } from './ImportPreview';
import { useCollectionImport } from './use-collection-import';
import { useCollections } from './use-collections';
import './collections.css';
import { messageOf } from '../../ui/message-of';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function excerpts(count: number): string {
  return `${count} ${count === 1 ? 'excerpt' : 'excerpts'}`;
}

export function CollectionsView() {
  const collections = useCollections();
  const toast = useToast();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Collection | null>(null);

  const onImported = useCallback(
    (result: ImportResult, plan: MergePlan) => {
      const written = result.excerptsWritten;
      const notes = result.documentNotesWritten;
      toast.show({
        message:
          written === 0 && notes === 0 && !result.collectionChanged
            ? `Nothing new in ${plan.fileName}: the library already had all of it`
            : `Imported ${plan.collection.name ?? plan.fileName}: ${excerpts(written)}` +
              (notes > 0 ? ` and ${plural(notes, 'document note', 'document notes')}` : '') +
              ' added or updated',
      });
      navigate(`/collections/${encodeURIComponent(result.collectionId)}`);
    },
    [toast, navigate],
  );
  const importer = useCollectionImport(onImported);
  const { state, open } = importer;
  // A collection opened from the file manager or dropped on the window: straight to its preview.
  useEffect(
    () =>
      subscribeCollectionImports((file, skipped) => {
        if (skipped.length > 0) {
          toast.show({
            message: `One collection at a time: ${skipped.map((n) => `“${n}”`).join(', ')} not opened; open it after this one.`,
            tone: 'error',
          });
        }
        void open(file);
      }),
    [open, toast],
  );

  return (
    <section className="collections" aria-labelledby="collections-heading">
      <header className="view-header">
        <h1 id="collections-heading">Collections</h1>
        <p className="muted">
          {collections === undefined
            ? 'Loading…'
            : `${collections.length} ${collections.length === 1 ? 'collection' : 'collections'}`}
        </p>
        <div className="collection-actions">
          <button
            type="button"
            className="button"
            aria-expanded={creating}
            onClick={() => setCreating((c) => !c)}
          >
            New collection
          </button>
          <button
            type="button"
            className="button"
            disabled={state.step === 'reading' || state.step === 'applying'}
            onClick={() => void importer.start()}
          >
            {state.step === 'reading' ? 'Reading…' : 'Import collection'}
          </button>
        </div>
      </header>

      {state.step === 'failed' && (
        <div className="collection-error" role="alert">
          <p>
            <strong>Could not import.</strong> {state.message}
          </p>
          <p className="muted">Nothing in your library was changed.</p>
          <button type="button" className="button" onClick={importer.reset}>
            Dismiss
          </button>
        </div>
      )}

      {creating && (
        <NewCollectionForm
          onCreated={(id) => {
            setCreating(false);
            navigate(`/collections/${encodeURIComponent(id)}`);
          }}
          onCancel={() => setCreating(false)}
        />
      )}

      {collections !== undefined && collections.length === 0 && !creating && (
        <p className="empty">
          No collections yet. Start one here, or add excerpts to a new collection from the reader or
          the Excerpts view.
        </p>
      )}

      {collections !== undefined && collections.length > 0 && (
        <ul className="collection-cards" aria-label="Collections">
          {collections.map(({ collection, excerptCount, inTrashCount }) => (
            <li key={collection.id} className="collection-card">
              <div className="collection-card-head">
                <Link href={`/collections/${encodeURIComponent(collection.id)}`}>
                  {collection.name}
                </Link>
                {collection.filter !== null && <span className="collection-badge">Smart</span>}
              </div>
              {collection.description !== '' && (
                <p className="collection-card-description">{collection.description}</p>
              )}
              <p className="collection-card-meta muted">
                {excerpts(excerptCount)}
                {inTrashCount > 0 && <> (and {inTrashCount} in the Trash)</>} · changed{' '}
                <time dateTime={collection.modifiedAt}>
                  {dateFormat.format(new Date(collection.modifiedAt))}
                </time>
              </p>
              <button
                type="button"
                className="button danger"
                aria-label={`Delete collection “${collection.name}”`}
                onClick={() => setDeleting(collection)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}

      {deleting && (
        <DeleteCollectionDialog
          collection={deleting}
          onCancel={() => setDeleting(null)}
          onDeleted={() => setDeleting(null)}
        />
      )}

      {(state.step === 'preview' || state.step === 'applying') && (
        <ImportPreview
          state={state}
          applying={state.step === 'applying'}
          onChooseRight={importer.chooseRight}
          onImport={() => void importer.apply()}
          onCancel={importer.reset}
        />
      )}
    </section>
  );
}

function NewCollectionForm({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await createCollection(db, { name, description });
      onCreated(created.id);
    } catch (caught) {
      setError(messageOf(caught));
      nameRef.current?.focus();
    }
  };

  return (
    <form
      className="collection-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-title`}>New collection</h2>
      <CollectionFields
        id={id}
        name={name}
        description={description}
        error={error}
        onName={setName}
        onDescription={setDescription}
        nameRef={nameRef}
      />
      <div className="collection-form-actions">
        <button type="submit" className="button primary">
          Create collection
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
