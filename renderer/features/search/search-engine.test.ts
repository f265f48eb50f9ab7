import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../../shared/search';
import { addAnnotation } from '../../db/annotations-repo';
import type { RightsmarkDatabase } from '../../db/database';
import { addDocument, deleteDocument, restoreDocument } from '../../db/documents-repo';
import { replaceDocumentVersion } from '../../db/document-versions';
import { createTestDatabase, createTestEnvironment } from '../../db/test-support';
import { LibrarySearchEngine, type IndexProgress } from './search-engine';

describe('LibrarySearchEngine', () => {
  let db: RightsmarkDatabase;
  const env = createTestEnvironment('doc');
  const progress: IndexProgress[] = [];

  beforeEach(() => {
    db = createTestDatabase();
    progress.length = 0;
  });
  afterEach(() => db.delete());

  const add = (title: string, texts: string[], year: number | null = 2020) =>
    addDocument(
      db,
      {
        meta: { title, publisher: null, year, kind: 'report', language: 'en' },
        format: 'text',
        sourceName: `${title}.txt`,
        sourceSize: 1,
        sampleKey: null,
        blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })),
      },
      env,
    );
  const found = async (engine: LibrarySearchEngine, query: string) =>
    (await engine.search(query, NO_FILTERS)).groups.map((g) => g.title);

  it('indexes the library, then follows imports, deletions, restores and new versions', async () => {
    const first = await add('Encryption brief', ['Strong encryption protects journalists.']);
    const engine = new LibrarySearchEngine(db, (p) => progress.push(p));
    await engine.sync();
    expect(await found(engine, 'encryption')).toEqual(['Encryption brief']);
    expect(engine.status()).toMatchObject({ indexed: 1, total: 1 });

    await add('Shutdowns', ['Internet shutdowns and encryption bans.']);
    await engine.sync();
    expect((await found(engine, 'encryption')).sort()).toEqual(['Encryption brief', 'Shutdowns']);

    await deleteDocument(db, first.id, env);
    await engine.sync();
    expect(await found(engine, 'encryption')).toEqual(['Shutdowns']);
    await restoreDocument(db, first.id);
    await engine.sync();
    expect(await found(engine, 'journalists')).toEqual(['Encryption brief']);

    await replaceDocumentVersion(
      db,
      first.id,
      {
        blocks: [{ kind: 'paragraph', text: 'Now about assembly.' }],
        sourceName: 'v2.txt',
        sourceSize: 1,
      },
      env,
    );
    await engine.sync();
    expect(await found(engine, 'journalists')).toEqual([]);
    expect(await found(engine, 'assembly')).toEqual(['Encryption brief']);
    expect(progress.at(-1)?.generation).toBeGreaterThan(progress[0]!.generation);
  });

  it('filters by right through the live annotations carrying it', async () => {
    const doc = await add('Privacy note', ['Surveillance here.', 'Surveillance there too.']);
    const engine = new LibrarySearchEngine(db);
    await engine.sync();
    const second = 'Surveillance here.'.length + 2;
    await addAnnotation(
      db,
      {
        docId: doc.id,
        blockIndex: 1,
        quote: { type: 'TextQuoteSelector', exact: 'Surveillance', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: second, end: second + 12 },
        rightIds: ['right:privacy'],
        note: '',
        author: 'A',
      },
      env,
    );
    const results = await engine.search('surveillance', {
      ...NO_FILTERS,
      rightId: 'right:privacy',
    });
    expect(results.groups.flatMap((g) => g.hits.map((h) => h.blockIndex))).toEqual([1]);
    const none = await engine.search('surveillance', {
      ...NO_FILTERS,
      rightId: 'right:expression',
    });
    expect(none.total).toBe(0);
  });

  it('folds concurrent sync requests into one more run', async () => {
    await add('One', ['alpha']);
    const engine = new LibrarySearchEngine(db);
    const a = engine.sync();
    await add('Two', ['alpha beta']);
    const b = engine.sync();
    await Promise.all([a, b]);
    expect(engine.status()).toMatchObject({ indexed: 2, total: 2 });
  });

  it('stores the index: after a restart it is searchable at once, without reading the blocks', async () => {
    await add('Encryption brief', ['Strong encryption protects journalists.']);
    const binned = await add('Shutdowns', ['Internet shutdowns and encryption bans.']);
    const before = new LibrarySearchEngine(db);
    await before.sync();
    expect(await db.searchSegments.count()).toBeGreaterThan(0);
    await deleteDocument(db, binned.id, env);

    // A new engine on the same database is the app after a restart.
    const read: string[][] = [];
    const blocksOf = db.blocks.where.bind(db.blocks);
    db.blocks.where = ((index: string) => {
      read.push([index]);
      return blocksOf(index);
    }) as typeof db.blocks.where;
    const progressAfter: IndexProgress[] = [];
    const after = new LibrarySearchEngine(db, (p) => progressAfter.push(p));
    await after.sync();
    expect(read).toEqual([]);
    expect(progressAfter[0]).toMatchObject({ indexed: 1, total: 1 });
    expect(await found(after, 'encryption')).toEqual(['Encryption brief']);
    const hit = (await after.search('journalists', NO_FILTERS)).groups[0]!.hits[0]!;
    expect(hit.snippet.text).toBe('Strong encryption protects journalists.');

    // Restored from the Trash: its stored copy is taken back, still without reading blocks.
    await restoreDocument(db, binned.id);
    await after.sync();
    expect(read).toEqual([]);
    expect((await found(after, 'encryption')).sort()).toEqual(['Encryption brief', 'Shutdowns']);
  });

  it('builds the index again when the stored one cannot be read', async () => {
    await add('Encryption brief', ['Strong encryption protects journalists.']);
    await new LibrarySearchEngine(db).sync();
    const [stored] = await db.searchSegments.toArray();
    await db.searchSegments.put({ ...stored!, segment: { ...stored!.segment, format: 0 } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const engine = new LibrarySearchEngine(db);
    await engine.sync();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Search index: building it again/));
    warn.mockRestore();
    expect(await found(engine, 'journalists')).toEqual(['Encryption brief']);
    const rows = await db.searchSegments.toArray();
    expect(rows.every((row) => row.segment.format !== 0)).toBe(true);
  });
});
