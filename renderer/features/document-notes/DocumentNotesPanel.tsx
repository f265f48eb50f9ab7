/**
 * The reader's "Document notes": notes on the whole document rather than on a passage (the
 * analyst's own, and page notes imported from Hypothesis or W3C files, with their replies).
 * Listed oldest first; added, edited, kept private, and deleted into the Trash with Undo.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import type { DocumentNote } from '../../../shared/model';
import { db } from '../../db/database';
import {
  addDocumentNote,
  deleteDocumentNote,
  restoreDocumentNote,
  updateDocumentNote,
} from '../../db/document-notes-repo';
import { messageOf } from '../../ui/message-of';
import { useToast } from '../../ui/toast';
import { shortQuote } from '../../ui/quote-label';
import { useDocumentNotes } from './use-document-notes';
import './document-notes.css';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

interface DocumentNotesPanelProps {
  readonly docId: string;
  /** The analyst's name, written as the author of the notes they add. */
  readonly author: string;
}

export function DocumentNotesPanel({ docId, author }: DocumentNotesPanelProps) {
  const notes = useDocumentNotes(docId);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const count = notes?.length ?? 0;

  return (
    <section className="document-notes" aria-labelledby={headingId}>
      <div className="document-notes-header">
        <h2 id={headingId}>
          Document notes <span className="count">{count}</span>
        </h2>
        {!adding && (
          <button
            ref={addButton}
            type="button"
            className="button small"
            onClick={() => setAdding(true)}
          >
            Add document note
          </button>
        )}
      </div>
      {notes !== undefined && count === 0 && !adding && (
        <p className="muted document-notes-empty">
          Notes on the whole document, not on one passage, are kept here (Hypothesis page notes come
          in here too).
        </p>
      )}
      {count > 0 && (
        <ol className="document-note-list" aria-label="Document notes, oldest first">
          {notes?.map((note) => (
            <NoteItem key={note.id} note={note} />
          ))}
        </ol>
      )}
      {adding && (
        <NoteForm
          label="New document note"
          initial=""
          submitLabel="Save note"
          onSubmit={async (text) => {
            await addDocumentNote(db, { docId, text, author });
            setAdding(false);
          }}
          onCancel={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      )}
    </section>
  );
}

function NoteItem({ note }: { readonly note: DocumentNote }) {
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const name = shortQuote(note.text);

  const remove = async () => {
    await deleteDocumentNote(db, note.id);
    toast.show({
      message: `Document note deleted: “${name}”`,
      undo: async () => {
        await restoreDocumentNote(db, note.id);
      },
    });
  };

  return (
    <li className="document-note" aria-label={`Document note: ${name}`}>
      <p className="document-note-meta muted">
        {note.author !== '' && <span className="author">{note.author}</span>}
        <time dateTime={note.createdAt}>{dateFormat.format(new Date(note.createdAt))}</time>
        {note.origin && <span>from {note.origin.fileName}</span>}
        {note.privateNote === true && (
          <span
            className="status status-private"
            title="Kept to yourself: never part of an export (backups keep it)"
          >
            Private note
          </span>
        )}
      </p>
      {note.tags.length > 0 && (
        <p className="document-note-tags muted">Tags: {note.tags.join(', ')}</p>
      )}
      {editing ? (
        <NoteForm
          label={`Edit document note: ${name}`}
          initial={note.text}
          submitLabel="Save changes"
          onSubmit={async (text) => {
            await updateDocumentNote(db, note.id, { text });
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <p className="document-note-text" dir="auto">
          {note.text}
        </p>
      )}
      <div className="document-note-actions">
        <label title="The note never leaves in an exported collection">
          <input
            type="checkbox"
            checked={note.privateNote === true}
            onChange={(event) =>
              void updateDocumentNote(db, note.id, { privateNote: event.target.checked })
            }
          />
          Keep private
        </label>
        {!editing && (
          <button
            ref={editButton}
            type="button"
            aria-label={`Edit document note: ${name}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
        )}
        <button
          type="button"
          className="danger"
          aria-label={`Delete document note: ${name}`}
          onClick={() => void remove()}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

interface NoteFormProps {
  readonly label: string;
  readonly initial: string;
  readonly submitLabel: string;
  readonly onSubmit: (text: string) => Promise<void>;
  readonly onCancel: () => void;
}

/** A note's text with Save and Cancel; Escape cancels; a refusal is said beside the field. */
function NoteForm({ label, initial, submitLabel, onSubmit, onCancel }: NoteFormProps) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSubmit(text);
    } catch (caught) {
      setError(messageOf(caught));
    }
  };

  return (
    <form className="document-note-form" onSubmit={(event) => void submit(event)}>
      <label>
        <span className="visually-hidden">{label}</span>
        <textarea
          autoFocus
          dir="auto"
          rows={Math.min(10, Math.max(3, text.split('\n').length))}
          value={text}
          aria-invalid={error !== null ? true : undefined}
          aria-describedby={error !== null ? errorId : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              onCancel();
            }
          }}
        />
      </label>
      {error !== null && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="document-note-actions">
        <button type="submit" className="button small primary">
          {submitLabel}
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
