import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAnnotation, deleteAnnotation, type NewAnnotation } from './annotations-repo';
import type { RightsmarkDatabase } from './database';
import { deleteDocument, listDocuments } from './documents-repo';
import { loadExcerptSource } from './excerpts-repo';
import { SAMPLE_DOCUMENTS } from './sample-corpus';
import { seedLibrary } from './seed';
import { createTestDatabase, createTestEnvironment } from './test-support';

describe('loadExcerptSource', () => {
  let db: RightsmarkDatabase;
  beforeEach(() => {
    db = createTestDatabase();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('lists live passages of live documents, with their documents and every right', async () => {
    const env = createTestEnvironment();
    await seedLibrary(db, SAMPLE_DOCUMENTS, env);
    const [first, second, third] = await listDocuments(db);
    const passage = (docId: string): NewAnnotation => ({
      docId,
      blockIndex: 1,
      quote: { type: 'TextQuoteSelector', exact: 'rights', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 10, end: 16 },
      rightIds: ['right:privacy'],
      note: '',
      author: 'Ana',
    });
    const kept = await addAnnotation(db, passage(first!.id), env);
    const removed = await addAnnotation(db, passage(first!.id), env);
    await deleteAnnotation(db, removed.id, env);
    await addAnnotation(db, passage(second!.id), env);
    await deleteDocument(db, second!.id, env);

    const source = await loadExcerptSource(db);
    expect(source.annotations.map((a) => a.id)).toEqual([kept.id]);
    expect(source.documents).toEqual([{ id: first!.id, title: first!.title }]);
    expect(source.documents.some((d) => d.id === third!.id)).toBe(false);
    expect(source.rights.map((r) => r.id)).toEqual([
      'right:expression',
      'right:privacy',
      'right:assembly-association',
    ]);
    // The excerpts of a document in the Trash are not listed, but counted, so the view can say so.
    expect(source.trashedDocuments).toEqual([
      { id: second!.id, title: second!.title, excerpts: 1 },
    ]);
  });

  it('counts no document in the Trash when it carries no live excerpt', async () => {
    const env = createTestEnvironment();
    await seedLibrary(db, SAMPLE_DOCUMENTS, env);
    const [first] = await listDocuments(db);
    await deleteDocument(db, first!.id, env);
    expect((await loadExcerptSource(db)).trashedDocuments).toEqual([]);
  });
});
