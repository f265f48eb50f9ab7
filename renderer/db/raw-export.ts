/**
 * A last-resort copy of the library straight from IndexedDB, whatever its schema version:
 * used by the recovery screen when the database cannot be opened or upgraded normally.
 */

/** Every object store's rows, read without opening a particular schema version. */
export async function exportRawDatabase(name: string): Promise<Record<string, unknown[]>> {
  const request = indexedDB.open(name);
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () =>
      reject(request.error ?? new Error('IndexedDB refused to open the library'));
  });
  try {
    const stores = [...idb.objectStoreNames];
    const result: Record<string, unknown[]> = {};
    if (stores.length === 0) return result;
    const tx = idb.transaction(stores, 'readonly');
    await Promise.all(
      stores.map(
        (store) =>
          new Promise<void>((resolve, reject) => {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => {
              result[store] = all.result as unknown[];
              resolve();
            };
            all.onerror = () => reject(all.error);
          }),
      ),
    );
    return result;
  } finally {
    idb.close();
  }
}
