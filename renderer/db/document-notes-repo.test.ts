import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RightsmarkDatabase } from './database';
import {
  addDocumentNote,
  deleteDocumentNote,
  documentNotesOf,
  restoreDocumentNote,
  updateDocumentNote,
} from './document-notes-repo';
import { addDocument } from './documents-repo';
import { isLibraryError } from './library-error';
import { createTestDatabase, createTestEnvironment } from './test-support';
import {
  deleteDocuments,
  emptyTrash,
  loadTrash,
  purgeFromTrash,
  restoreFromTrash,
} from './trash-repo';
import type { Environment } from '../platform/environment';

let db: RightsmarkDatabase;
let env: Environment;

async function addDoc(title: string) {
  return addDocument(
    db,
    {
      meta: { title, publisher: null, year: 2022, kind: null, language: 'en' },
      format: 'text',
      sourceName: `${title}.txt`,
      sourceSize: 1,
      sampleKey: null,
      blocks: [{ kind: 'paragraph', text: `${title}: everyone has the right to privacy.` }],
    },
    env,
  );
}

beforeEach(() => {
  db = createTestDatabase();
  env = createTestEnvironment('n');
});
afterEach(async () => {
  db.close();
});

describe('document notes', () => {
  it('are listed per document, oldest first, with trimmed text and the author', async () => {
    const report = await addDoc('Report');
    const other = await addDoc('Other');
    await addDocumentNote(db, { docId: report.id, text: '  First thought. ', author: 'Ana' }, env);
    await addDocumentNote(db, { docId: other.id, text: 'Elsewhere.', author: 'Ana' }, env);
    await addDocumentNote(db, { docId: report.id, text: 'Second thought.', author: '' }, env);
    const notes = await documentNotesOf(db, report.id);
    expect(notes.map((n) => [n.text, n.author])).toEqual([
      ['First thought.', 'Ana'],
      ['Second thought.', ''],
    ]);
  });

  it('refuse empty text and a document that is not in the library', async () => {
    const report = await addDoc('Report');
    await expect(
      addDocumentNote(db, { docId: report.id, text: '   ', author: '' }, env),
    ).rejects.toSatisfy((e) => isLibraryError(e, 'document-note-empty'));
    await expect(
      addDocumentNote(db, { docId: 'no-such-doc', text: 'Hello', author: '' }, env),
    ).rejects.toSatisfy((e) => isLibraryError(e, 'missing'));
    await deleteDocuments(db, [report.id], env);
    await expect(
      addDocumentNote(db, { docId: report.id, text: 'Hello', author: '' }, env),
    ).rejects.toSatisfy((e) => isLibraryError(e, 'missing'));
    expect(await db.documentNotes.count()).toBe(0);
  });

  it('are edited in place with a new modification time; empty text is refused', async () => {
    const report = await addDoc('Report');
    const note = await addDocumentNote(db, { docId: report.id, text: 'Draft', author: '' }, env);
    const edited = await updateDocumentNote(db, note.id, { text: 'Final', privateNote: true }, env);
    expect(edited).toMatchObject({ id: note.id, text: 'Final', privateNote: true });
    expect(edited.modifiedAt > note.modifiedAt).toBe(true);
    await expect(updateDocumentNote(db, note.id, { text: ' ' }, env)).rejects.toSatisfy((e) =>
      isLibraryError(e, 'document-note-empty'),
    );
    expect((await db.documentNotes.get(note.id))?.text).toBe('Final');
  });

  it('go to the Trash on delete, come back with undo or from the Trash view', async () => {
    const report = await addDoc('Report');
    const note = await addDocumentNote(db, { docId: report.id, text: 'Keep', author: 'Ana' }, env);
    await deleteDocumentNote(db, note.id, env);
    expect(await documentNotesOf(db, report.id)).toEqual([]);
    const trash = await loadTrash(db);
    expect(trash.documentNotes.map((n) => [n.note.id, n.documentTitle])).toEqual([
      [note.id, 'Report'],
    ]);
    expect(await restoreDocumentNote(db, note.id)).toBe(true);
    expect((await documentNotesOf(db, report.id)).map((n) => n.id)).toEqual([note.id]);

    await deleteDocumentNote(db, note.id, env);
    expect(await restoreFromTrash(db, 'documentNotes', note.id, env)).toBe(true);
    expect(await documentNotesOf(db, report.id)).toHaveLength(1);
    expect((await loadTrash(db)).documentNotes).toEqual([]);
  });

  it('deleted for good leave the library; a document deleted for good takes its notes', async () => {
    const report = await addDoc('Report');
    const kept = await addDoc('Kept');
    const gone = await addDocumentNote(db, { docId: report.id, text: 'A', author: '' }, env);
    await addDocumentNote(db, { docId: report.id, text: 'B', author: '' }, env);
    const stays = await addDocumentNote(db, { docId: kept.id, text: 'C', author: '' }, env);
    await deleteDocumentNote(db, gone.id, env);
    expect(await purgeFromTrash(db, 'documentNotes', [gone.id])).toBe(1);
    expect(await db.documentNotes.get(gone.id)).toBeUndefined();

    // A trashed document's notes are not listed on their own: they come back with it.
    await deleteDocuments(db, [report.id], env);
    expect((await loadTrash(db)).documentNotes).toEqual([]);
    const purged = await emptyTrash(db);
    expect(purged).toMatchObject({ documents: 1, documentNotes: 0 });
    expect((await db.documentNotes.toArray()).map((n) => n.id)).toEqual([stays.id]);
  });
});
