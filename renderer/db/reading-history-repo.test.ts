/**
 * The reading history lists documents most recent first, at most ten, never one in the Trash,
 * and keeps each document's reading position until the document is deleted for good.
 */
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RightsmarkDatabase } from './database';
import { addDocument } from './documents-repo';
import type { Environment } from '../platform/environment';
import {
  READING_HISTORY_LIMIT,
  RECENT_DOCUMENTS_LIMIT,
  readingBlock,
  readingHistory,
  recentDocuments,
  recordOpened,
  saveReadingBlock,
} from './reading-history-repo';
import { putSetting } from './settings-repo';
import { createTestDatabase, createTestEnvironment } from './test-support';
import { deleteDocuments, emptyTrash, restoreFromTrash } from './trash-repo';

let db: RightsmarkDatabase;
let env: Environment;

async function addDoc(title: string): Promise<string> {
  const doc = await addDocument(
    db,
    {
      meta: { title, publisher: null, year: null, kind: null, language: 'en' },
      format: 'text',
      sourceName: `${title}.txt`,
      sourceSize: 10,
      blocks: [{ kind: 'paragraph', text: `The text of ${title}.` }],
      sampleKey: null,
    },
    env,
  );
  return doc.id;
}

beforeEach(() => {
  db = createTestDatabase();
  env = createTestEnvironment('doc');
});
afterEach(async () => {
  await db.delete();
});

const titles = async () => (await recentDocuments(db)).map((r) => r.document.title);

describe('reading history', () => {
  it('lists the documents opened, the most recently opened first', async () => {
    const a = await addDoc('A');
    const b = await addDoc('B');
    await recordOpened(db, a, env);
    await recordOpened(db, b, env);
    expect(await titles()).toEqual(['B', 'A']);
    await recordOpened(db, a, env);
    expect(await titles()).toEqual(['A', 'B']);
  });

  it(`lists at most ${RECENT_DOCUMENTS_LIMIT} documents`, async () => {
    for (let i = 1; i <= RECENT_DOCUMENTS_LIMIT + 3; i++)
      await recordOpened(db, await addDoc(`D${i}`), env);
    const listed = await titles();
    expect(listed).toHaveLength(RECENT_DOCUMENTS_LIMIT);
    expect(listed[0]).toBe(`D${RECENT_DOCUMENTS_LIMIT + 3}`);
  });

  it('never lists a document in the Trash, and forgets one deleted for good', async () => {
    const a = await addDoc('A');
    const b = await addDoc('B');
    await recordOpened(db, a, env);
    await recordOpened(db, b, env);
    await saveReadingBlock(db, a, 0, env);
    await deleteDocuments(db, [b], env);
    expect(await titles()).toEqual(['A']);
    // Restored from the Trash, it comes back in its place.
    await restoreFromTrash(db, 'documents', b);
    expect(await titles()).toEqual(['B', 'A']);
    await deleteDocuments(db, [b], env);
    await emptyTrash(db);
    expect((await readingHistory(db)).map((e) => e.docId)).toEqual([a]);
  });

  it('updates a live list the moment a document moves to the Trash', async () => {
    const a = await addDoc('A');
    await recordOpened(db, a, env);
    const seen: number[] = [];
    const settled = () => new Promise((resolve) => setTimeout(resolve, 100));
    const subscription = liveQuery(() => recentDocuments(db)).subscribe((recent) =>
      seen.push(recent.length),
    );
    await settled();
    await deleteDocuments(db, [a], env);
    await settled();
    subscription.unsubscribe();
    expect(seen).toEqual([1, 0]);
  });

  it('fills the list past documents in the Trash', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= RECENT_DOCUMENTS_LIMIT + 2; i++) {
      ids.push(await addDoc(`D${i}`));
      await recordOpened(db, ids.at(-1)!, env);
    }
    // The newest three go to the Trash: the list still shows ten, the older ones.
    await deleteDocuments(db, ids.slice(-3), env);
    const listed = await titles();
    expect(listed).toHaveLength(RECENT_DOCUMENTS_LIMIT - 1);
    expect(listed[0]).toBe(`D${RECENT_DOCUMENTS_LIMIT - 1}`);
  });

  it('keeps the reading position per document, across opening it again', async () => {
    const a = await addDoc('A');
    const b = await addDoc('B');
    await recordOpened(db, a, env);
    await saveReadingBlock(db, a, 7, env);
    await recordOpened(db, b, env);
    await saveReadingBlock(db, b, 2, env);
    await recordOpened(db, a, env);
    expect(await readingBlock(db, a)).toBe(7);
    expect(await readingBlock(db, b)).toBe(2);
    expect(await readingBlock(db, 'never-opened')).toBeUndefined();
  });

  it(`keeps at most ${READING_HISTORY_LIMIT} documents' positions`, async () => {
    const many = Array.from({ length: READING_HISTORY_LIMIT }, (_, i) => ({
      docId: `old-${i}`,
      openedAt: '2025-01-01T00:00:00.000Z',
      block: 1,
    }));
    await putSetting(db, 'reading-history', many);
    await recordOpened(db, 'new', env);
    const history = await readingHistory(db);
    expect(history).toHaveLength(READING_HISTORY_LIMIT);
    expect(history[0]?.docId).toBe('new');
    expect(history.some((e) => e.docId === `old-${READING_HISTORY_LIMIT - 1}`)).toBe(false);
  });

  it('ignores malformed entries (from a hand-edited backup)', async () => {
    const a = await addDoc('A');
    await putSetting(db, 'reading-history', [
      { docId: a, openedAt: '2026-01-01T00:00:00.000Z', block: 3 },
      { docId: 42, openedAt: null, block: -1 },
      'nonsense',
    ] as never);
    expect(await readingBlock(db, a)).toBe(3);
    expect(await titles()).toEqual(['A']);
    await recordOpened(db, a, env);
    expect(await readingHistory(db)).toHaveLength(1);
  });
});
