/**
 * File › Open Recent's list in userData/recent-files.json: read defensively (an empty list when
 * missing or invalid), updated in memory at once and written atomically after. No electron import.
 */
import { randomBytes } from 'node:crypto';
import nodePath from 'node:path';
import { addRecentFile, parseRecentFiles } from '../lib/opened-files';
import { realFs, writeFileAtomic, type StoreFs } from './atomic-file';

export const RECENT_FILES_FILE = 'recent-files.json';

/** Largest list file read (ten paths of at most 32k characters fit easily). */
const MAX_RECENT_FILE_BYTES = 512 * 1024;

export interface RecentFilesStore {
  /** Reads the list from disk once; later calls return the list in memory. */
  load(): Promise<readonly string[]>;
  list(): readonly string[];
  add(path: string): Promise<void>;
  clear(): Promise<void>;
}

export function createRecentFilesStore(dir: string, fs: StoreFs = realFs): RecentFilesStore {
  const filePath = nodePath.join(dir, RECENT_FILES_FILE);
  let recent: string[] = [];
  let loaded: Promise<readonly string[]> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const save = (): Promise<void> => {
    const bytes = new TextEncoder().encode(`${JSON.stringify(recent)}\n`);
    const result = queue.then(async () => {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      const tempName = `.${RECENT_FILES_FILE}.tmp-${randomBytes(8).toString('hex')}`;
      await writeFileAtomic(fs, dir, tempName, RECENT_FILES_FILE, bytes);
    });
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    load() {
      loaded ??= (async () => {
        try {
          const info = await fs.lstat(filePath);
          if (info.isFile() && info.size <= MAX_RECENT_FILE_BYTES) {
            recent = parseRecentFiles(await fs.readFile(filePath, 'utf8'));
          }
        } catch {
          // No list yet, or an unreadable one: start empty.
        }
        return recent;
      })();
      return loaded;
    },
    list: () => recent,
    add(path) {
      recent = addRecentFile(recent, path);
      return save();
    },
    clear() {
      recent = [];
      return save();
    },
  };
}
