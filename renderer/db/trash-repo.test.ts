import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchoring';
import { documentText, type LibraryDocument } from '../../shared/model';
import { addAnnotation, allAnnotations, deleteAnnotation } from './annotations-repo';
import { backUpLibrary, restoreLibrary, snapshotTables } from './backup-repo';
import {
  addToCollection,
  createCollection,
  deleteCollection,
  gatherExportInput,
  listCollections,
  loadCollection,
} from './collections-repo';
import type { RightsmarkDatabase } from './database';
import { addDocument, getBlocks, listDocuments } from './documents-repo';
import type { Environment } from '../platform/environment';
import { addRight, deleteRight, listRights } from './rights-repo';
import { seedLibrary } from './seed';
import { SAMPLE_DOCUMENTS } from './sample-corpus';
import { createTestDatabase, createTestEnvironment } from './test-support';
import {
  DEFAULT_TRASH_DAYS,
  deleteDocuments,
  documentDeletionImpact,
  emptyTrash,
  loadTrash,
  purgeExpired,
  restoreDocuments,
  restoreFromTrash,
  setTrashDays,
  trashDays,
} from './trash-repo';

async function addDoc(db: RightsmarkDatabase, env: Environment, title: string) {
  return addDocument(
    db,
    {
      meta: { title, publisher: null, year: 2020, kind: null, language: 'en' },
      format: 'text',
      sourceName: `${title}.txt`,
      sourceSize: 1,
      sampleKey: null,
      blocks: [
        { kind: 'paragraph', text: `${title}: everyone has the right to privacy online.` },
        { kind: 'paragraph', text: 'States shall respect freedom of expression.' },
      ],
    },
    env,
  );
}

async function mark(
  db: RightsmarkDatabase,
  env: Environment,
  doc: LibraryDocument,
  note = '',
  rightIds: readonly string[] = ['right:privacy'],
) {
  const blocks = await getBlocks(db, doc.id);
  const { quote, position } = describeRange(documentText(blocks), 0, 20);
  return addAnnotation(
    db,
    { docId: doc.id, blockIndex: 0, quote, position, rightIds, note, author: 'A' },
    env,
  );
}

/** Row counts per table: what "nothing lost" is measured by. */
const counts = async (db: RightsmarkDatabase) =>
  Object.fromEntries(Object.entries(await snapshotTables(db)).map(([k, rows]) => [k, rows.length]));

describe('the Trash', () => {
  let db: RightsmarkDatabase;
  let env: Environment;
  beforeEach(async () => {
    db = createTestDatabase();
    env = createTestEnvironment('t');
    await seedLibrary(db, [], env);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('says what deleting documents takes: excerpts, notes and the collections using them', async () => {
    const report = await addDoc(db, env, 'Report');
    const other = await addDoc(db, env, 'Other');
    const a = await mark(db, env, report, 'a note');
    const b = await mark(db, env, report);
    const gone = await mark(db, env, report, 'deleted on its own');
    await deleteAnnotation(db, gone.id, env);
    const c = await mark(db, env, other);
    const brief = await createCollection(db, { name: 'Brief' }, env);
    await addToCollection(db, brief.id, [a.id, c.id], env);
    const unrelated = await createCollection(db, { name: 'Unrelated' }, env);
    await addToCollection(db, unrelated.id, [c.id], env);

    const impact = await documentDeletionImpact(db, [report.id]);
    expect(impact).toEqual({
      documents: [{ id: report.id, title: 'Report' }],
      excerpts: 2,
      notes: 1,
      collections: [{ id: brief.id, name: 'Brief', excerpts: 1 }],
    });
    expect(b.docId).toBe(report.id);
  });

  it('keeps a deleted document whole and restores it with its excerpts in its collections', async () => {
    const report = await addDoc(db, env, 'Report');
    const excerpt = await mark(db, env, report, 'note');
    const brief = await createCollection(db, { name: 'Brief' }, env);
    await addToCollection(db, brief.id, [excerpt.id], env);
    const before = await counts(db);

    expect(await deleteDocuments(db, [report.id], env)).toEqual([report.id]);
    expect(await listDocuments(db)).toEqual([]);
    expect(await allAnnotations(db)).toEqual([]);
    // Nothing left the database: the delete only marks.
    expect(await counts(db)).toEqual(before);

    // The collection shows the excerpt as in the Trash, not as a broken link…
    const contents = await loadCollection(db, brief.id);
    expect(contents?.entries.map((e) => [e.annotation.id, e.trashed])).toEqual([
      [excerpt.id, 'document-in-trash'],
    ]);
    expect(contents?.missingCount).toBe(0);
    expect((await listCollections(db))[0]).toMatchObject({ excerptCount: 0, inTrashCount: 1 });
    // …and exports leave it out, saying which and why.
    const exported = await gatherExportInput(db, brief.id);
    expect(exported.annotations).toEqual([]);
    expect(exported.leftOut).toEqual([
      {
        annotationId: excerpt.id,
        quote: excerpt.quote.exact,
        reason: 'document-in-trash',
        docId: report.id,
        documentTitle: 'Report',
      },
    ]);

    const trash = await loadTrash(db);
    expect(trash.documents.map((d) => [d.document.title, d.excerpts, d.notes])).toEqual([
      ['Report', 1, 1],
    ]);
    expect(trash.documents[0]?.collections.map((c) => c.name)).toEqual(['Brief']);

    expect(await restoreFromTrash(db, 'documents', report.id, env)).toBe(true);
    expect((await loadCollection(db, brief.id))?.entries[0]?.trashed).toBeNull();
    expect((await gatherExportInput(db, brief.id)).annotations.map((a) => a.id)).toEqual([
      excerpt.id,
    ]);
    expect(await restoreFromTrash(db, 'documents', report.id, env)).toBe(false);
  });

  it('deletes several documents at once and brings them all back with one restore', async () => {
    const report = await addDoc(db, env, 'Report');
    const annex = await addDoc(db, env, 'Annex');
    const kept = await addDoc(db, env, 'Kept');
    const a = await mark(db, env, report, 'a note');
    const b = await mark(db, env, annex);
    const brief = await createCollection(db, { name: 'Brief' }, env);
    await addToCollection(db, brief.id, [a.id, b.id], env);
    const before = await counts(db);

    const impact = await documentDeletionImpact(db, [report.id, annex.id]);
    expect(impact).toMatchObject({ excerpts: 2, notes: 1 });
    expect(impact.collections).toEqual([{ id: brief.id, name: 'Brief', excerpts: 2 }]);
    const deleted = await deleteDocuments(db, [report.id, annex.id], env);
    expect(deleted.sort()).toEqual([report.id, annex.id].sort());
    expect((await listDocuments(db)).map((d) => d.id)).toEqual([kept.id]);

    // One undo: every document back, with its excerpts in the collection; a second does nothing.
    expect((await restoreDocuments(db, deleted)).sort()).toEqual(deleted.sort());
    expect(await restoreDocuments(db, deleted)).toEqual([]);
    expect(await counts(db)).toEqual(before);
    expect((await listDocuments(db)).map((d) => d.id).sort()).toEqual(
      [report.id, annex.id, kept.id].sort(),
    );
    expect((await gatherExportInput(db, brief.id)).annotations.map((x) => x.id)).toEqual([
      a.id,
      b.id,
    ]);
  });

  it('lists excerpts, rights and collections deleted on their own, and restores each', async () => {
    const report = await addDoc(db, env, 'Report');
    const digital = await addRight(db, { name: 'Digital inclusion', color: '#8d6e63' }, env);
    const excerpt = await mark(db, env, report, '', [digital.id, 'right:privacy']);
    const only = await mark(db, env, report, '', [digital.id]);
    const brief = await createCollection(db, { name: 'Brief' }, env);
    await addToCollection(db, brief.id, [excerpt.id], env);

    await deleteAnnotation(db, excerpt.id, env);
    await deleteRight(db, digital.id, 'right:privacy', env);
    await deleteCollection(db, brief.id, env);
    expect((await listRights(db)).map((r) => r.id)).not.toContain(digital.id);
    expect((await db.annotations.get(only.id))?.rightIds).toEqual(['right:privacy']);

    const trash = await loadTrash(db);
    expect(trash.excerpts.map((e) => [e.annotation.id, e.documentTitle])).toEqual([
      [excerpt.id, 'Report'],
    ]);
    expect(trash.rights.map((r) => [r.right.name, r.movedTo, r.movedExcerpts])).toEqual([
      ['Digital inclusion', 'Privacy', 2],
    ]);
    expect(trash.collections.map((c) => c.collection.name)).toEqual(['Brief']);

    // Restoring the right moves its excerpts back; privacy stays only where it was before.
    await restoreFromTrash(db, 'rights', digital.id, env);
    expect((await listRights(db)).map((r) => r.id)).toContain(digital.id);
    expect((await db.annotations.get(only.id))?.rightIds).toEqual([digital.id]);
    expect([...((await db.annotations.get(excerpt.id))?.rightIds ?? [])].sort()).toEqual(
      [digital.id, 'right:privacy'].sort(),
    );
    await restoreFromTrash(db, 'collections', brief.id, env);
    await restoreFromTrash(db, 'excerpts', excerpt.id, env);
    const back = await loadCollection(db, brief.id);
    expect(back?.entries.map((e) => [e.annotation.id, e.trashed])).toEqual([[excerpt.id, null]]);
    const empty = await loadTrash(db);
    expect([empty.documents, empty.excerpts, empty.rights, empty.collections]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it('shows an excerpt deleted on its own as in the Trash inside its collection', async () => {
    const report = await addDoc(db, env, 'Report');
    const excerpt = await mark(db, env, report);
    const brief = await createCollection(db, { name: 'Brief' }, env);
    await addToCollection(db, brief.id, [excerpt.id], env);
    await deleteAnnotation(db, excerpt.id, env);
    expect((await loadCollection(db, brief.id))?.entries[0]?.trashed).toBe('excerpt-in-trash');
    expect((await gatherExportInput(db, brief.id)).leftOut[0]?.reason).toBe('excerpt-in-trash');
  });

  it('empties the Trash for good: a document takes its blocks and excerpts, collections keep the item', async () => {
    const report = await addDoc(db, env, 'Report');
    const keep = await addDoc(db, env, 'Keep');
    const excerpt = await mark(db, env, report);
    await mark(db, env, keep);
    const brief = await createCollection(db, { name: 'Brief' }, env);
    await addToCollection(db, brief.id, [excerpt.id], env);
    await deleteDocuments(db, [report.id], env);

    expect(await emptyTrash(db)).toEqual({
      documents: 1,
      excerpts: 0,
      documentNotes: 0,
      rights: 0,
      collections: 0,
    });
    expect(await db.documents.get(report.id)).toBeUndefined();
    expect(await getBlocks(db, report.id)).toEqual([]);
    expect(await db.annotations.where('docId').equals(report.id).count()).toBe(0);
    expect(await db.annotations.where('docId').equals(keep.id).count()).toBe(1);
    const contents = await loadCollection(db, brief.id);
    expect(contents?.entries).toEqual([]);
    expect(contents?.missingCount).toBe(1);
  });

  it('a merge restore brings back a right deleted with a move, and its excerpts with it', async () => {
    const report = await addDoc(db, env, 'Report');
    const digital = await addRight(db, { name: 'Digital inclusion', color: '#8d6e63' }, env);
    const only = await mark(db, env, report, '', [digital.id]);
    const both = await mark(db, env, report, '', [digital.id, 'right:privacy']);
    const backup = await backUpLibrary(db, 'test', env);

    await deleteRight(db, digital.id, 'right:privacy', env);
    expect((await db.annotations.get(only.id))?.rightIds).toEqual(['right:privacy']);
    const plan = await restoreLibrary(db, backup, 'merge', env);
    expect(plan.changes.rights.restored).toBe(1);
    expect((await listRights(db)).map((r) => r.id)).toContain(digital.id);
    // As in the backup: the replacement comes off where the move put it, and stays where it was.
    expect((await db.annotations.get(only.id))?.rightIds).toEqual([digital.id]);
    expect([...((await db.annotations.get(both.id))?.rightIds ?? [])].sort()).toEqual(
      [digital.id, 'right:privacy'].sort(),
    );
    expect((await db.rights.get(digital.id))?.deletion).toBeUndefined();
  });

  it('deletes for good only what is older than the period the analyst set', async () => {
    expect(await trashDays(db)).toBe(DEFAULT_TRASH_DAYS);
    await expect(setTrashDays(db, 0)).rejects.toThrow(/1 to 3650 days/);
    await expect(setTrashDays(db, 2.5)).rejects.toThrow(/whole days/);
    await setTrashDays(db, 7);
    expect(await trashDays(db)).toBe(7);

    const old = await addDoc(db, env, 'Old');
    const recent = await addDoc(db, env, 'Recent');
    const at = (iso: string): Environment => ({ now: () => iso, newId: env.newId });
    await deleteDocuments(db, [old.id], at('2026-03-01T00:00:00.000Z'));
    await deleteDocuments(db, [recent.id], at('2026-03-05T00:00:00.000Z'));

    // Seven days after the first delete, nothing is old enough yet.
    expect((await purgeExpired(db, at('2026-03-08T00:00:00.000Z'))).documents).toBe(0);
    expect((await purgeExpired(db, at('2026-03-08T00:00:01.000Z'))).documents).toBe(1);
    expect(await db.documents.get(old.id)).toBeUndefined();
    expect(await db.documents.get(recent.id)).toBeDefined();
  });
});

describe('deleting, emptying the Trash and merge-restoring a backup', () => {
  let db: RightsmarkDatabase;
  beforeEach(async () => {
    db = createTestDatabase();
    await seedLibrary(db, SAMPLE_DOCUMENTS, createTestEnvironment());
  });
  afterEach(async () => {
    await db.delete();
  });

  it('brings everything back, row for row', async () => {
    const env = createTestEnvironment('j');
    const [first, second] = await listDocuments(db);
    const a = await mark(db, env, first!, 'note');
    await mark(db, env, second!);
    const brief = await createCollection(db, { name: 'Brief' }, env);
    await addToCollection(db, brief.id, [a.id], env);
    const right = await addRight(db, { name: 'Education', color: '#00a3a3' }, env);
    const backup = await backUpLibrary(db, 'test', env);
    const before = await counts(db);

    // Delete after the backup: a document (into the Trash), then a right, a collection.
    await deleteDocuments(db, [first!.id], env);
    await deleteRight(db, right.id, null, env);
    await deleteCollection(db, brief.id, env);
    // A merge brings back what is only in the Trash…
    const fromTrash = await restoreLibrary(db, backup, 'merge');
    expect(fromTrash.changes.documents.restored).toBe(1);
    expect(fromTrash.changes.rights.restored).toBe(1);
    expect(fromTrash.changes.collections.restored).toBe(1);
    expect((await loadCollection(db, brief.id))?.entries.map((e) => e.trashed)).toEqual([null]);

    // …and what was emptied from it.
    await deleteDocuments(db, [first!.id], env);
    await emptyTrash(db);
    expect((await counts(db)).documents).toBe(before.documents! - 1);
    const merged = await restoreLibrary(db, backup, 'merge');
    expect(merged.changes.documents.added).toBe(1);
    expect(await counts(db)).toEqual(before);
    expect(await listDocuments(db)).toHaveLength(SAMPLE_DOCUMENTS.length);
    expect((await loadCollection(db, brief.id))?.entries.map((e) => e.annotation.id)).toEqual([
      a.id,
    ]);
  });
});
