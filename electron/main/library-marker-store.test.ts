import { promises as fs, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryMarker } from '../../shared/ipc/contract';
import { realFs, type StoreFs } from './atomic-file';
import { LIBRARY_MARKER_FILE, createLibraryMarkerStore } from './library-marker-store';

const marker: LibraryMarker = {
  libraryId: 'library-1',
  counts: { documents: 5, annotations: 3, collections: 0 },
  lastBackupAt: null,
  updatedAt: '2026-11-25T10:00:00.000Z',
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rightsmark-marker-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = () => path.join(dir, LIBRARY_MARKER_FILE);

describe('library marker store', () => {
  it('reads null before the first write, then what was written', async () => {
    const store = createLibraryMarkerStore(dir);
    await expect(store.read()).resolves.toBeNull();
    await store.write(marker);
    await expect(store.read()).resolves.toEqual(marker);
    const updated = { ...marker, counts: { ...marker.counts, annotations: 4 } };
    await store.write(updated);
    await expect(store.read()).resolves.toEqual(updated);
    // Written atomically: no temporary file is left.
    expect(await fs.readdir(dir)).toEqual([LIBRARY_MARKER_FILE]);
  });

  it('creates the user-data folder when it is missing', async () => {
    const nested = path.join(dir, 'not', 'yet');
    await createLibraryMarkerStore(nested).write(marker);
    await expect(createLibraryMarkerStore(nested).read()).resolves.toEqual(marker);
  });

  it.each([
    ['empty', ''],
    ['truncated', JSON.stringify(marker).slice(0, 20)],
    ['not a marker', '{"hello":"world"}'],
    ['an extra field', JSON.stringify({ ...marker, extra: 1 })],
    [
      'a negative count',
      JSON.stringify({ ...marker, counts: { ...marker.counts, documents: -1 } }),
    ],
    ['huge', `${JSON.stringify(marker)}${' '.repeat(100_000)}`],
    ['binary', '\u0000\u0001\u0002'],
  ])('reads null (and does not throw) when the file is %s', async (_label, content) => {
    await fs.writeFile(file(), content);
    await expect(createLibraryMarkerStore(dir).read()).resolves.toBeNull();
  });

  it('reads null when the marker is a folder or the disk fails', async () => {
    await fs.mkdir(file());
    await expect(createLibraryMarkerStore(dir).read()).resolves.toBeNull();
    const failing: StoreFs = {
      ...realFs,
      lstat: async () => {
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
      },
    };
    await expect(createLibraryMarkerStore(dir, failing).read()).resolves.toBeNull();
  });

  it('leaves the previous marker whole when a write fails before the rename', async () => {
    const store = createLibraryMarkerStore(dir);
    await store.write(marker);
    const failing: StoreFs = {
      ...realFs,
      rename: async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    await expect(
      createLibraryMarkerStore(dir, failing).write({ ...marker, libraryId: 'other' }),
    ).rejects.toThrow('disk full');
    await expect(store.read()).resolves.toEqual(marker);
    expect(await fs.readdir(dir)).toEqual([LIBRARY_MARKER_FILE]);
  });
});
