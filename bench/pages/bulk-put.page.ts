/**
 * Runs inside a blank page on the app's origin (bundled by esbuild into one script): writes
 * block rows in one transaction through the app's own Dexie class, and through raw IndexedDB
 * with the same schema, so later import benchmarks have a floor to compare with.
 */
import { RightsmarkDatabase } from '../../renderer/db/database';
import type { StoredBlock } from '../../shared/model';

/** What the script puts on `window` for the benchmark to call. */
export interface BulkPutApi {
  /** Resolves to the ms a Dexie `bulkPut` of `count` blocks took, in one transaction. */
  readonly dexieBulkPut: (count: number) => Promise<number>;
  /** The same rows written with plain `IDBObjectStore.put` calls in one transaction. */
  readonly rawPut: (count: number) => Promise<number>;
}

declare global {
  interface Window {
    __rightsmarkBulkPut?: BulkPutApi;
  }
}

/** Paragraph length of the rows: the average of the corpora TOOLCHAIN.md measured with. */
const PARAGRAPH_LENGTH = 440;
const WORDS =
  'everyone has the right to freedom of opinion and expression online and offline'.split(' ');

function blockRows(docId: string, count: number): StoredBlock[] {
  const rows: StoredBlock[] = [];
  let start = 0;
  for (let index = 0; index < count; index += 1) {
    let text = `${index}`;
    for (let w = index; text.length < PARAGRAPH_LENGTH; w += 7)
      text += ` ${WORDS[w % WORDS.length]}`;
    rows.push({ docId, index, kind: 'paragraph', text, start });
    start += text.length + 2;
  }
  return rows;
}

async function dexieBulkPut(count: number): Promise<number> {
  const db = new RightsmarkDatabase(`rightsmark-bench-dexie-${Date.now()}`);
  await db.open();
  const rows = blockRows('bench-dexie', count);
  const started = performance.now();
  await db.transaction('rw', db.blocks, () => db.blocks.bulkPut(rows));
  const elapsed = performance.now() - started;
  db.close();
  await db.delete();
  return elapsed;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function rawPut(count: number): Promise<number> {
  const name = `rightsmark-bench-raw-${Date.now()}`;
  const open = indexedDB.open(name, 1);
  // The app's blocks table: compound primary key [docId+index] and a docId index.
  open.onupgradeneeded = () => {
    open.result
      .createObjectStore('blocks', { keyPath: ['docId', 'index'] })
      .createIndex('docId', 'docId');
  };
  const idb = await request(open);
  const rows = blockRows('bench-raw', count);
  const started = performance.now();
  // Strict durability, as the app's Dexie class asks for.
  const tx = idb.transaction('blocks', 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('blocks');
  for (const row of rows) store.put(row);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const elapsed = performance.now() - started;
  idb.close();
  await request(indexedDB.deleteDatabase(name));
  return elapsed;
}

window.__rightsmarkBulkPut = { dexieBulkPut, rawPut };
