import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchoring';
import { documentText } from '../../shared/model';
import { addAnnotation } from './annotations-repo';
import type { RightsmarkDatabase } from './database';
import { getBlocks, listDocuments } from './documents-repo';
import { checkLibrary, RECOVERY_DOCUMENT_TITLE, repairLibrary } from './integrity';
import { SAMPLE_DOCUMENTS } from './sample-corpus';
import { seedLibrary } from './seed';
import { createTestDatabase, createTestEnvironment } from './test-support';

describe('checkLibrary and repairLibrary', () => {
  let db: RightsmarkDatabase;
  const env = createTestEnvironment();
  beforeEach(async () => {
    db = createTestDatabase();
    await seedLibrary(db, SAMPLE_DOCUMENTS, env);
  });
  afterEach(() => db.delete());

  async function annotate(docIndex: number, rightIds = ['right:privacy']) {
    const doc = (await listDocuments(db))[docIndex]!;
    const blocks = await getBlocks(db, doc.id);
    const text = documentText(blocks);
    const { quote, position } = describeRange(text, blocks[1]!.start, blocks[1]!.start + 30);
    return addAnnotation(
      db,
      { docId: doc.id, blockIndex: 1, quote, position, rightIds, note: 'my note', author: 'A' },
      env,
    );
  }

  it('finds nothing wrong in a healthy library', async () => {
    await annotate(0);
    expect((await checkLibrary(db)).problems).toEqual([]);
  });

  it('reports and repairs broken references without dropping a note', async () => {
    const orphaned = await annotate(0);
    const misplaced = await annotate(1, ['right:gone']);
    // Damage: the first document's rows vanish; the second annotation's paragraph is wrong.
    await db.documents.delete(orphaned.docId);
    await db.blocks.where('docId').equals(orphaned.docId).delete();
    await db.annotations.update(misplaced.id, { blockIndex: 9999 });
    await db.collections.add({
      id: 'c1',
      name: 'Briefing',
      description: '',
      items: [{ annotationId: 'missing', comment: '' }],
      filter: null,
      createdAt: '',
      modifiedAt: '',
      deletedAt: null,
    });

    const report = await checkLibrary(db);
    expect(report.problems.map((p) => p.kind).sort()).toEqual([
      'annotation-unknown-right',
      'annotation-without-document',
      'annotation-wrong-paragraph',
      'collection-item-without-excerpt',
    ]);
    const annotationsBefore = await db.annotations.count();

    const after = await repairLibrary(db, env);
    expect(after.problems.map((p) => p.kind)).toEqual(['collection-item-without-excerpt']);
    expect(await db.annotations.count()).toBe(annotationsBefore);
    const moved = (await db.annotations.get(orphaned.id))!;
    expect(moved.note).toBe('my note');
    expect((await db.documents.get(moved.docId))?.title).toBe(RECOVERY_DOCUMENT_TITLE);
    expect((await db.annotations.get(misplaced.id))?.blockIndex).toBe(1);
    expect(await db.rights.get('right:gone')).toMatchObject({ name: 'Recovered right gone' });
    expect((await db.collections.get('c1'))?.items).toHaveLength(1);
  });
});
