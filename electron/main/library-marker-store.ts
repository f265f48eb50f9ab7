/**
 * The library marker in userData/library-marker.json: written atomically (./atomic-file), read
 * defensively (null when missing, unreadable or invalid; never throws). No electron import.
 */
import { randomBytes } from 'node:crypto';
import nodePath from 'node:path';
import type { LibraryMarker } from '../../shared/ipc/contract';
import {
  MAX_LIBRARY_MARKER_BYTES,
  parseLibraryMarker,
  serializeLibraryMarker,
} from '../lib/library-marker';
import { realFs, writeFileAtomic, type StoreFs } from './atomic-file';

/** The marker's file name in the user-data folder. */
export const LIBRARY_MARKER_FILE = 'library-marker.json';

export interface LibraryMarkerStore {
  read(): Promise<LibraryMarker | null>;
  write(marker: LibraryMarker): Promise<void>;
}

/** The marker store for the user-data folder `dir`. */
export function createLibraryMarkerStore(dir: string, fs: StoreFs = realFs): LibraryMarkerStore {
  const filePath = nodePath.join(dir, LIBRARY_MARKER_FILE);
  let queue: Promise<unknown> = Promise.resolve();

  return {
    async read() {
      try {
        const info = await fs.lstat(filePath);
        if (!info.isFile() || info.size > MAX_LIBRARY_MARKER_BYTES) return null;
        return parseLibraryMarker(await fs.readFile(filePath, 'utf8'));
      } catch {
        return null;
      }
    },

    write(marker) {
      const bytes = new TextEncoder().encode(serializeLibraryMarker(marker));
      const result = queue.then(async () => {
        await fs.mkdir(dir, { recursive: true, mode: 0o700 });
        const tempName = `.${LIBRARY_MARKER_FILE}.tmp-${randomBytes(8).toString('hex')}`;
        await writeFileAtomic(fs, dir, tempName, LIBRARY_MARKER_FILE, bytes);
      });
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
