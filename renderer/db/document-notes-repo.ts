/**
 * Document notes (notes on a whole document, see shared/model/document-note.ts): add, edit,
 * delete into the Trash with undo, and the queries the reader's panel needs.
 */
import type { DocumentNote } from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';
import { systemEnvironment, type Environment } from '../platform/environment';

/** A document's live notes, oldest first (the order a discussion is read in). */
export async function documentNotesOf(
  db: RightsmarkDatabase,
  docId: string,
): Promise<DocumentNote[]> {
  const rows = await db.documentNotes
    .where('docId')
    .equals(docId)
    .filter((n) => n.deletedAt === null)
    .toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

function checkedText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new LibraryError('document-note-empty', {});
  return trimmed;
}

/**
 * Adds the analyst's own note on a document.
 * @throws LibraryError when the text is empty or the document is not in the library.
 */
export async function addDocumentNote(
  db: RightsmarkDatabase,
  input: { readonly docId: string; readonly text: string; readonly author: string },
  env: Environment = systemEnvironment,
): Promise<DocumentNote> {
  const text = checkedText(input.text);
  return db.transaction('rw', [db.documents, db.documentNotes], async () => {
    const document = await db.documents.get(input.docId);
    if (!document || document.deletedAt !== null) {
      throw new LibraryError('missing', { kind: 'document' }, `No document ${input.docId}`);
    }
    const now = env.now();
    const note: DocumentNote = {
      id: env.newId(),
      docId: input.docId,
      text,
      author: input.author,
      tags: [],
      createdAt: now,
      modifiedAt: now,
      deletedAt: null,
    };
    await db.documentNotes.add(note);
    return note;
  });
}

/** What the analyst can change on a document note. */
export type DocumentNoteChanges = Partial<Pick<DocumentNote, 'text' | 'privateNote'>>;

/**
 * Edits a document note's text or privacy.
 * @throws LibraryError when the new text is empty or the note is gone.
 */
export async function updateDocumentNote(
  db: RightsmarkDatabase,
  id: string,
  changes: DocumentNoteChanges,
  env: Environment = systemEnvironment,
): Promise<DocumentNote> {
  const text = changes.text === undefined ? undefined : checkedText(changes.text);
  return db.transaction('rw', db.documentNotes, async () => {
    const current = await db.documentNotes.get(id);
    if (!current || current.deletedAt !== null) {
      throw new LibraryError('missing', { kind: 'document-note' }, `No document note ${id}`);
    }
    const next: DocumentNote = {
      ...current,
      ...changes,
      text: text ?? current.text,
      modifiedAt: env.now(),
    };
    await db.documentNotes.put(next);
    return next;
  });
}

/** Moves a document note to the Trash; restoreDocumentNote undoes it. */
export async function deleteDocumentNote(
  db: RightsmarkDatabase,
  id: string,
  env: Environment = systemEnvironment,
): Promise<void> {
  await db.transaction('rw', db.documentNotes, async () => {
    const current = await db.documentNotes.get(id);
    if (current && current.deletedAt === null) {
      await db.documentNotes.put({ ...current, deletedAt: env.now() });
    }
  });
}

/** Takes a document note out of the Trash. Resolves to false if it was not there. */
export async function restoreDocumentNote(db: RightsmarkDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.documentNotes, async () => {
    const current = await db.documentNotes.get(id);
    if (!current || current.deletedAt === null) return false;
    await db.documentNotes.put({ ...current, deletedAt: null });
    return true;
  });
}
