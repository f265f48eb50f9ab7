/**
 * The wording index follows the library and survives restarts: every document's fingerprints
 * are stored when it is indexed, a new engine on the same database (the app restarted) answers
 * from the stored rows without fingerprinting any text, and imports, replacements, deletes,
 * Trash restores and deletes for good are all followed.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { RightsmarkDatabase } from '../../db/database';
import v1 from '../../db/fixtures/schema-v1.json' with { type: 'json' };
import v5 from '../../db/fixtures/schema-v5.json' with { type: 'json' };
import { replaceDocumentVersion } from '../../db/document-versions';
import { addDocument } from '../../db/documents-repo';
import {
  createTestDatabase,
  createTestEnvironment,
  writeSchemaFixture,
} from '../../db/test-support';
import { deleteDocuments, purgeFromTrash, restoreDocuments } from '../../db/trash-repo';
import { listWordingPrints } from '../../db/wording-prints-repo';
import { WordingEngine } from './wording-engine';

const FORMULA = 'the same rights that people have offline must also be protected online';
const NOWHERE = { docId: 'none', start: 0, end: 0 };

let db: RightsmarkDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

async function add(title: string, paragraphs: string[], env = createTestEnvironment(title)) {
  return addDocument(
    db,
    {
      meta: { title, publisher: null, year: 2024, kind: null, language: 'en' },
      format: 'text',
      sourceName: `${title}.txt`,
      sourceSize: 1,
      sampleKey: null,
      blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    },
    env,
  );
}

const titles = async (engine: WordingEngine, quote = FORMULA) =>
  (await engine.find(quote, NOWHERE)).map((match) => match.docTitle).sort();

describe('the wording index', () => {
  it('stores each document’s fingerprints and, after a restart, answers from them alone', async () => {
    db = createTestDatabase();
    await add('A', [
      'Unrelated opening words about something else entirely.',
      `Affirms that ${FORMULA}.`,
    ]);
    await add('B', [`Recalling that ${FORMULA}, and so on.`]);
    await add('C', ['Nothing in common with the formula at all, only other words here.']);
    const first = new WordingEngine(db);
    expect(await titles(first)).toEqual(['A', 'B']);
    expect(first.stats()).toMatchObject({ fingerprinted: 3, fromStore: 0, indexed: 3 });
    const rows = await listWordingPrints(db);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.fingerprints instanceof Uint32Array)).toBe(true);

    const restarted = new WordingEngine(db);
    expect(await titles(restarted)).toEqual(['A', 'B']);
    expect(restarted.stats()).toMatchObject({ fingerprinted: 0, fromStore: 3, indexed: 3 });
  });

  it('follows an import, a replacement, a delete, a Trash restore and a delete for good', async () => {
    db = createTestDatabase();
    const a = await add('A', [`Affirms that ${FORMULA}.`]);
    const engine = new WordingEngine(db);
    expect(await titles(engine)).toEqual(['A']);

    await add('B', [`Notes that ${FORMULA}.`]);
    expect(await titles(engine)).toEqual(['A', 'B']);

    // A replaced document is indexed by its new text only, and its stored row follows.
    await replaceDocumentVersion(db, a.id, {
      blocks: [{ kind: 'paragraph', text: 'A new text that no longer carries the wording.' }],
      sourceName: 'A.txt',
      sourceSize: 1,
    });
    expect(await titles(engine)).toEqual(['B']);
    expect(await titles(engine, 'no longer carries the wording')).toEqual(['A']);
    const afterReplace = engine.stats().fingerprinted;

    const b = (await engine.find(FORMULA, NOWHERE))[0]?.docId ?? '';
    await deleteDocuments(db, [b]);
    expect(await titles(engine)).toEqual([]);
    // The Trash keeps the stored row: a restore indexes it again without re-reading the text.
    await restoreDocuments(db, [b]);
    expect(await titles(engine)).toEqual(['B']);
    expect(engine.stats().fingerprinted).toBe(afterReplace);

    await deleteDocuments(db, [b]);
    await purgeFromTrash(db, 'documents', [b]);
    expect(await titles(engine)).toEqual([]);
    expect((await listWordingPrints(db)).map((row) => row.docId)).toEqual([a.id]);
  });

  it('re-reads a document whose stored row is damaged or of an older version', async () => {
    db = createTestDatabase();
    const a = await add('A', [`Affirms that ${FORMULA}.`]);
    await new WordingEngine(db).sync();
    const [row] = await listWordingPrints(db);
    if (row === undefined) throw new Error('no row stored');
    await db.wordingPrints.put({ ...row, offsets: new Uint32Array([0, 99]) });
    const restarted = new WordingEngine(db);
    expect(await titles(restarted)).toEqual(['A']);
    expect(restarted.stats()).toMatchObject({ fingerprinted: 1, fromStore: 0 });
    expect(a.id).toBe(row.docId);
  });

  it('fingerprints anew a document that came back with the same version but other text', async () => {
    db = createTestDatabase();
    const a = await add('A', [`Affirms that ${FORMULA}.`]);
    await new WordingEngine(db).sync();
    // As a replace restore of a backup from another machine may leave it: same id and version.
    await db.blocks.put({
      docId: a.id,
      index: 0,
      start: 0,
      kind: 'paragraph',
      text: 'Other words.',
    });
    await db.documents.put({ ...a, contentHash: 'other' });
    const restarted = new WordingEngine(db);
    expect(await titles(restarted)).toEqual([]);
    expect(restarted.stats()).toMatchObject({ fingerprinted: 1, fromStore: 0 });
  });

  it('fills in the fingerprints of a version 1 library at first start; reads a version 5 library’s', async () => {
    const name = `wording-v1-${Date.now()}`;
    await writeSchemaFixture(name, v1);
    db = new RightsmarkDatabase(name);
    const upgraded = new WordingEngine(db);
    expect(await titles(upgraded, 'refrain from blocking messaging services')).toEqual([
      'Joint statement on internet shutdowns',
    ]);
    // The document in the Trash is not indexed (nor read) until it is restored.
    expect(upgraded.stats()).toMatchObject({ fingerprinted: 1, fromStore: 0, indexed: 1 });
    expect((await listWordingPrints(db)).map((row) => row.docId)).toEqual(['doc-1']);
    db.close();
    await db.delete();

    const name2 = `wording-v5-${Date.now()}`;
    await writeSchemaFixture(name2, v5);
    db = new RightsmarkDatabase(name2);
    const stored = new WordingEngine(db);
    expect(await titles(stored, 'refrain from blocking messaging services')).toEqual([
      'Joint statement on internet shutdowns',
    ]);
    // doc-1 and doc-3 are live; doc-2 is in the Trash, which keeps its row.
    expect(stored.stats()).toMatchObject({ fingerprinted: 0, fromStore: 2, indexed: 2 });
    expect((await listWordingPrints(db)).map((row) => row.docId).sort()).toEqual([
      'doc-1',
      'doc-2',
      'doc-3',
    ]);
  });
});
