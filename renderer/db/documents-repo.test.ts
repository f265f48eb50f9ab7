/**
 * Adding a group of imported documents at once: the same answers, and the same rows, as adding
 * them one after another with addDocumentIfNew, whatever the library already holds. And a
 * document whose text facts the import worker computed is the row it would be without them.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LibraryDocument } from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import {
  addDocumentIfNew,
  addDocumentsIfNew,
  prepareDocument,
  type AddIfNewResult,
  type PreparedDocument,
} from './documents-repo';
import { createTestDatabase, createTestEnvironment } from './test-support';
import { textFacts } from './text-facts';

/** A document whose text (and so its content hash) is one of a few, to make duplicates likely. */
async function prepared(id: string, text: string): Promise<PreparedDocument> {
  const made = await prepareDocument(
    {
      meta: { title: text, publisher: null, year: null, kind: 'other', language: null },
      format: 'text',
      sourceName: `${id}.txt`,
      sourceSize: text.length,
      sampleKey: null,
      blocks: [{ kind: 'paragraph', text }],
    },
    { newId: () => id, now: createTestEnvironment().now },
  );
  return made;
}

/** What a result says, by document id, comparable across databases. */
function summary(results: readonly AddIfNewResult[]): string[] {
  return results.map((r) => (r.added ? `added ${r.document.id}` : `has ${r.existing.id}`));
}

async function rows(db: RightsmarkDatabase) {
  return {
    documents: await db.documents.orderBy('id').toArray(),
    blocks: await db.blocks.toArray(),
  };
}

/** The library a case starts from: documents with these texts, some in the Trash. */
async function seed(
  db: RightsmarkDatabase,
  library: readonly { id: string; text: string; deleted: boolean }[],
): Promise<void> {
  for (const { id, text, deleted } of library) {
    const made = await prepared(id, text);
    const document: LibraryDocument = {
      ...made.document,
      deletedAt: deleted ? '2026-01-02T00:00:00.000Z' : null,
    };
    await db.transaction('rw', db.documents, db.blocks, async () => {
      await db.documents.add(document);
      await db.blocks.bulkAdd(made.blocks);
    });
  }
}

describe('addDocumentsIfNew', () => {
  it('adds what is new, names the live document an exact copy duplicates, in one go', async () => {
    const db = createTestDatabase();
    await seed(db, [
      { id: 'kept', text: 'Alpha.', deleted: false },
      { id: 'binned', text: 'Beta.', deleted: true },
    ]);
    const results = await addDocumentsIfNew(db, [
      await prepared('new-1', 'Alpha.'),
      await prepared('new-2', 'Beta.'),
      await prepared('new-3', 'Gamma.'),
      await prepared('new-4', 'Gamma.'),
    ]);
    // A copy of a document in the Trash is added; a copy within the group is the earlier one.
    expect(summary(results)).toEqual(['has kept', 'added new-2', 'added new-3', 'has new-3']);
    expect((await rows(db)).documents.map((d) => d.id)).toEqual([
      'binned',
      'kept',
      'new-2',
      'new-3',
    ]);
    expect(await db.blocks.where('docId').equals('new-4').count()).toBe(0);
  });

  it('stores nothing of the group when the write fails', async () => {
    const db = createTestDatabase();
    db.blocks.bulkAdd = (() =>
      Promise.reject(new Error('QuotaExceededError'))) as unknown as typeof db.blocks.bulkAdd;
    await expect(
      addDocumentsIfNew(db, [await prepared('a', 'One.'), await prepared('b', 'Two.')]),
    ).rejects.toThrow();
    expect(await db.documents.count()).toBe(0);
  });

  it('answers and writes exactly as adding each document in turn would', async () => {
    const texts = ['A.', 'B.', 'C.', 'D.'];
    const libraryEntry = fc.record({
      text: fc.constantFrom(...texts),
      deleted: fc.boolean(),
    });
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(libraryEntry, { maxLength: 6 }),
        fc.array(fc.constantFrom(...texts), { maxLength: 8 }),
        // Ids in an order unrelated to when documents were added, so "lowest id" is tested.
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 14, maxLength: 14 }),
        async (library, group, idNumbers) => {
          round += 1;
          const id = (i: number) => `doc-${String(idNumbers[i]).padStart(3, '0')}-${i}`;
          const seeded = library.map((entry, i) => ({ ...entry, id: id(i) }));
          const items = await Promise.all(
            group.map((text, i) => prepared(id(library.length + i), text)),
          );
          const oneByOne = createTestDatabase();
          const together = createTestDatabase();
          await seed(oneByOne, seeded);
          await seed(together, seeded);
          const expected: AddIfNewResult[] = [];
          for (const item of items) expected.push(await addDocumentIfNew(oneByOne, item));
          const actual = await addDocumentsIfNew(together, items);
          expect(summary(actual), `round ${round}`).toEqual(summary(expected));
          expect(await rows(together)).toEqual(await rows(oneByOne));
          oneByOne.close();
          together.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('prepareDocument', () => {
  it('makes the same row from text facts computed ahead as from the blocks alone', async () => {
    const block = fc.record({
      kind: fc.constantFrom('paragraph' as const, 'heading' as const),
      text: fc.string({ unit: 'grapheme', maxLength: 40 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 6 }), async (blocks) => {
        const input = {
          meta: { title: 'T', publisher: null, year: null, kind: null, language: null },
          format: 'text' as const,
          sourceName: 't.txt',
          sourceSize: 1,
          sampleKey: null,
          blocks,
        };
        const plain = await prepareDocument(input, createTestEnvironment());
        const ahead = await prepareDocument(
          { ...input, facts: await textFacts(blocks) },
          createTestEnvironment(),
        );
        expect(ahead).toEqual(plain);
      }),
      { numRuns: 100 },
    );
  });
});
