import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchoring';
import { documentText, type Annotation, type LibraryDocument } from '../../shared/model';
import { addAnnotation, deleteAnnotation } from './annotations-repo';
import {
  addToCollection,
  createCollection,
  deleteCollection,
  gatherExportInput,
  listCollections,
  loadCollection,
  moveCollectionItem,
  removeFromCollection,
  restoreCollection,
  restoreCollectionItem,
  setItemComment,
  updateCollectionDetails,
  updateSmartFilter,
} from './collections-repo';
import type { RightsmarkDatabase } from './database';
import { addDocument, deleteDocument, getBlocks } from './documents-repo';
import type { Environment } from '../platform/environment';
import { seedLibrary } from './seed';
import { createTestDatabase, createTestEnvironment } from './test-support';

const FILTER_ALL = {
  rightIds: [],
  rightsMatch: 'any' as const,
  docIds: [],
  text: '',
  yearFrom: null,
  yearTo: null,
};

async function addDoc(
  db: RightsmarkDatabase,
  env: Environment,
  title: string,
  year: number | null,
  paragraphs: readonly string[],
): Promise<LibraryDocument> {
  return addDocument(
    db,
    {
      meta: { title, publisher: null, year, kind: null, language: 'en' },
      format: 'text',
      sourceName: `${title}.txt`,
      sourceSize: 1,
      sampleKey: null,
      blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    },
    env,
  );
}

async function mark(
  db: RightsmarkDatabase,
  env: Environment,
  doc: LibraryDocument,
  passage: string,
  rightIds: readonly string[],
  note = '',
): Promise<Annotation> {
  const blocks = await getBlocks(db, doc.id);
  const text = documentText(blocks);
  const at = text.indexOf(passage);
  if (at < 0) throw new Error(`${passage} not in ${doc.title}`);
  const { quote, position } = describeRange(text, at, at + passage.length);
  const blockIndex = blocks.findLast((b) => b.start <= at)?.index ?? 0;
  return addAnnotation(
    db,
    { docId: doc.id, blockIndex, quote, position, rightIds, note, author: 'Amina' },
    env,
  );
}

describe('collections', () => {
  let db: RightsmarkDatabase;
  let env: Environment;
  let report: LibraryDocument;
  let older: LibraryDocument;
  let a: Annotation;
  let b: Annotation;
  let c: Annotation;

  beforeEach(async () => {
    db = createTestDatabase();
    env = createTestEnvironment();
    await seedLibrary(db, [], env);
    report = await addDoc(db, env, 'Report on surveillance', 2021, [
      'Mass surveillance interferes with privacy.',
      'Online assembly deserves protection.',
    ]);
    older = await addDoc(db, env, 'Older declaration', 2012, [
      'Expression online is protected as offline.',
    ]);
    a = await mark(db, env, report, 'Mass surveillance', ['right:privacy'], 'Key finding');
    b = await mark(db, env, report, 'Online assembly', ['right:assembly-association']);
    c = await mark(db, env, older, 'Expression online', ['right:expression', 'right:privacy']);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('creates, renames and describes a collection; refuses an empty name', async () => {
    const created = await createCollection(db, { name: '  Briefing   March ' }, env);
    expect(created).toMatchObject({ name: 'Briefing March', description: '', items: [] });
    await updateCollectionDetails(
      db,
      created.id,
      { name: 'Briefing April', description: 'x' },
      env,
    );
    expect(await db.collections.get(created.id)).toMatchObject({
      name: 'Briefing April',
      description: 'x',
    });
    await expect(createCollection(db, { name: '   ' }, env)).rejects.toMatchObject({
      code: 'collection-name-empty',
    });
    await expect(updateCollectionDetails(db, created.id, { name: '' }, env)).rejects.toMatchObject({
      code: 'collection-name-empty',
    });
  });

  it('adds excerpts in order without duplicates, reorders, comments and removes with undo', async () => {
    const { id } = await createCollection(db, { name: 'Briefing' }, env);
    expect(await addToCollection(db, id, [a.id, b.id], env)).toBe(2);
    expect(await addToCollection(db, id, [b.id, c.id, c.id], env)).toBe(1);
    const ids = async () => (await db.collections.get(id))!.items.map((i) => i.annotationId);
    expect(await ids()).toEqual([a.id, b.id, c.id]);

    expect(await moveCollectionItem(db, id, c.id, 0, env)).toBe(0);
    expect(await ids()).toEqual([c.id, a.id, b.id]);
    // Clamped at the ends; moving past the end keeps it last.
    expect(await moveCollectionItem(db, id, a.id, 99, env)).toBe(2);
    expect(await ids()).toEqual([c.id, b.id, a.id]);
    expect(await moveCollectionItem(db, id, 'missing', 0, env)).toBe(-1);

    await setItemComment(db, id, b.id, 'Lead with this', env);
    const removed = await removeFromCollection(db, id, b.id, env);
    expect(removed).toEqual({ item: { annotationId: b.id, comment: 'Lead with this' }, index: 1 });
    expect(await ids()).toEqual([c.id, a.id]);
    await restoreCollectionItem(db, id, removed!, env);
    expect((await db.collections.get(id))!.items).toEqual([
      { annotationId: c.id, comment: '' },
      { annotationId: b.id, comment: 'Lead with this' },
      { annotationId: a.id, comment: '' },
    ]);
  });

  it('deletes softly and undoes the delete', async () => {
    const { id } = await createCollection(db, { name: 'Briefing' }, env);
    await addToCollection(db, id, [a.id], env);
    await deleteCollection(db, id, env);
    expect(await listCollections(db)).toEqual([]);
    expect(await loadCollection(db, id)).toBeUndefined();
    expect((await db.collections.get(id))!.deletedAt).not.toBeNull();
    await restoreCollection(db, id);
    expect((await listCollections(db)).map((s) => [s.collection.name, s.excerptCount])).toEqual([
      ['Briefing', 1],
    ]);
  });

  it('shows a collection’s excerpts with document and block, a deleted one marked as in the Trash', async () => {
    const { id } = await createCollection(db, { name: 'Briefing' }, env);
    await addToCollection(db, id, [b.id, a.id], env);
    await deleteAnnotation(db, a.id, env);
    const contents = await loadCollection(db, id);
    expect(contents!.entries.map((e) => [e.annotation.id, e.trashed])).toEqual([
      [b.id, null],
      [a.id, 'excerpt-in-trash'],
    ]);
    expect(contents!.entries[0]!.document!.title).toBe('Report on surveillance');
    expect(contents!.entries[0]!.block!.index).toBe(1);
    expect(contents!.missingCount).toBe(0);
    expect((await listCollections(db))[0]).toMatchObject({ excerptCount: 1, inTrashCount: 1 });
    // Only an excerpt gone from the library for good counts as missing; its item stays.
    await db.annotations.delete(a.id);
    expect((await loadCollection(db, id))!.missingCount).toBe(1);
    expect((await db.collections.get(id))!.items).toHaveLength(2);
  });

  it('evaluates a smart collection on every read, so it stays current', async () => {
    const smart = await createCollection(
      db,
      { name: 'Privacy', filter: { ...FILTER_ALL, rightIds: ['right:privacy'] } },
      env,
    );
    const entries = async () =>
      (await loadCollection(db, smart.id))!.entries.map((e) => e.annotation.id);
    // Ordered by document title, then position.
    expect(await entries()).toEqual([c.id, a.id]);

    const d = await mark(db, env, report, 'interferes with privacy', ['right:privacy']);
    expect(await entries()).toEqual([c.id, a.id, d.id]);

    await updateSmartFilter(db, smart.id, { ...FILTER_ALL, yearFrom: 2020 }, env);
    expect(await entries()).toEqual([a.id, d.id, b.id]);
    await updateSmartFilter(
      db,
      smart.id,
      { ...FILTER_ALL, rightIds: ['right:expression', 'right:privacy'], rightsMatch: 'all' },
      env,
    );
    expect(await entries()).toEqual([c.id]);
    await updateSmartFilter(db, smart.id, { ...FILTER_ALL, text: 'KEY finding' }, env);
    expect(await entries()).toEqual([a.id]);
    await updateSmartFilter(db, smart.id, { ...FILTER_ALL, docIds: [older.id] }, env);
    expect(await entries()).toEqual([c.id]);

    await deleteDocument(db, older.id, env);
    expect(await entries()).toEqual([]);
    await expect(addToCollection(db, smart.id, [a.id], env)).rejects.toThrow(/smart/);
  });

  it('gathers an export input in order, with blocks, and a smart collection’s matches', async () => {
    const { id } = await createCollection(db, { name: 'Briefing' }, env);
    await addToCollection(db, id, [c.id, a.id], env);
    const input = await gatherExportInput(db, id);
    expect(input.annotations.map((x) => x.id)).toEqual([c.id, a.id]);
    expect(input.documents.map((d) => d.id)).toEqual([older.id, report.id]);
    expect(input.blocks.get(report.id)!.map((block) => block.text)).toHaveLength(2);

    const smart = await createCollection(
      db,
      { name: 'Assembly', filter: { ...FILTER_ALL, rightIds: ['right:assembly-association'] } },
      env,
    );
    expect((await gatherExportInput(db, smart.id)).annotations.map((x) => x.id)).toEqual([b.id]);
    await expect(gatherExportInput(db, 'nope')).rejects.toThrow('No collection');
  });
});
