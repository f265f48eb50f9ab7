import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_RIGHTS, documentText } from '../../shared/model';
import { RightsmarkDatabase } from './database';
import { deleteDocument, getBlocks, listDocuments, restoreDocument } from './documents-repo';
import { SAMPLE_DOCUMENTS } from './sample-corpus';
import { seedLibrary } from './seed';
import { createTestEnvironment, createTestDatabase } from './test-support';

describe('seedLibrary', () => {
  let db: RightsmarkDatabase;
  beforeEach(() => {
    db = createTestDatabase();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('seeds the five sample documents with their manifest metadata, once', async () => {
    const env = createTestEnvironment();
    expect(await seedLibrary(db, SAMPLE_DOCUMENTS, env)).toBe(true);
    const docs = await listDocuments(db);
    expect(docs.map((d) => d.title).sort()).toEqual(SAMPLE_DOCUMENTS.map((s) => s.title).sort());
    const eprs = docs.find(
      (d) => d.sampleKey === 'eprs-multilateral-initiatives-digital-rights.md',
    );
    expect(eprs).toMatchObject({
      publisher: 'European Parliamentary Research Service',
      year: 2022,
      format: 'markdown',
    });
    expect(await db.rights.count()).toBe(BUILT_IN_RIGHTS.length);

    // A restart runs seeding again: nothing is added.
    expect(await seedLibrary(db, SAMPLE_DOCUMENTS, env)).toBe(false);
    expect(await db.documents.count()).toBe(5);
  });

  it('stores blocks whose offsets match the document text and hash', async () => {
    await seedLibrary(db, SAMPLE_DOCUMENTS, createTestEnvironment());
    for (const doc of await listDocuments(db)) {
      const blocks = await getBlocks(db, doc.id);
      expect(blocks).toHaveLength(doc.blockCount);
      expect(blocks.map((b) => b.index)).toEqual(blocks.map((_, i) => i));
      const text = documentText(blocks);
      expect(text.length).toBe(doc.textLength);
      for (const block of blocks) expect(text.startsWith(block.text, block.start)).toBe(true);
      expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(doc.wordCount).toBeGreaterThan(100);
    }
  });

  it('never brings back a sample document the analyst deleted', async () => {
    const env = createTestEnvironment();
    await seedLibrary(db, SAMPLE_DOCUMENTS, env);
    const [first] = await listDocuments(db);
    expect(await deleteDocument(db, first!.id, env)).toBe(true);
    await seedLibrary(db, SAMPLE_DOCUMENTS, env);
    expect(await listDocuments(db)).toHaveLength(4);

    // The delete can be undone, with every block still there.
    expect(await restoreDocument(db, first!.id)).toBe(true);
    expect(await listDocuments(db)).toHaveLength(5);
    expect(await getBlocks(db, first!.id)).toHaveLength(first!.blockCount);
  });

  it('seeds once when two windows start at the same time', async () => {
    const other = new RightsmarkDatabase(db.name);
    const results = await Promise.all([
      seedLibrary(db, SAMPLE_DOCUMENTS, createTestEnvironment()),
      seedLibrary(other, SAMPLE_DOCUMENTS, createTestEnvironment('other')),
    ]);
    other.close();
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.documents.count()).toBe(5);
  });

  it('writes nothing when the transaction fails', async () => {
    const broken = SAMPLE_DOCUMENTS.map((s) => ({ ...s }));
    const env = createTestEnvironment();
    // Two documents with the same id make bulkAdd fail inside the transaction.
    const sameId = { now: env.now, newId: () => 'same-id' };
    await expect(seedLibrary(db, broken, sameId)).rejects.toThrow();
    expect(await db.documents.count()).toBe(0);
    expect(await db.blocks.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });
});
