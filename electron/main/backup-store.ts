/**
 * The automatic backups in userData/backups: each written durably (temporary file, flush, rename,
 * flush the folder), read back and compared before the oldest beyond the number kept are rotated
 * out. No electron import, so it is tested against a real temporary folder.
 */
import { randomBytes } from 'node:crypto';
import nodePath from 'node:path';
import { AUTO_BACKUPS_KEPT, MAX_FILE_BYTES, type AutoBackupInfo } from '../../shared/ipc/contract';
import {
  autoBackupTempName,
  isAutoBackupTempName,
  parseAutoBackupName,
  planRotation,
  sortBackupsNewestFirst,
  uniqueAutoBackupName,
} from '../lib/auto-backups';
import {
  hasErrorCode,
  realFs,
  removeIfPresent,
  writeFileAtomic,
  type StoreFs,
} from './atomic-file';

/** Thrown when a backup cannot be written and verified; older backups are left as they were. */
export class BackupVerificationError extends Error {
  override readonly name = 'BackupVerificationError';
}

/** Thrown when a backup name is not one of the listed backups. */
export class UnknownBackupError extends Error {
  override readonly name = 'UnknownBackupError';
}

export interface BackupStoreOptions {
  /** How many backups to keep (AUTO_BACKUPS_KEPT). */
  readonly keep?: number;
  readonly now?: () => Date;
  readonly fs?: StoreFs;
  /** 8 random bytes as hex, for temporary names. */
  readonly randomHex?: () => string;
}

export interface BackupStore {
  write(bytes: Uint8Array): Promise<AutoBackupInfo>;
  /** Newest first; files that are not backups are ignored. */
  list(): Promise<AutoBackupInfo[]>;
  read(name: string): Promise<Uint8Array>;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** True when the bytes are UTF-8 text that parses as JSON. */
function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}

/** The backup store for `dir` (created on first write). */
export function createBackupStore(dir: string, options: BackupStoreOptions = {}): BackupStore {
  const keep = options.keep ?? AUTO_BACKUPS_KEPT;
  const now = options.now ?? (() => new Date());
  const fs = options.fs ?? realFs;
  const randomHex = options.randomHex ?? (() => randomBytes(8).toString('hex'));
  // Writes run one after another: rotation and the temporary-file clean-up assume no other write.
  let queue: Promise<unknown> = Promise.resolve();

  async function entryNames(): Promise<string[]> {
    try {
      return await fs.readdir(dir);
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return [];
      throw error;
    }
  }

  async function list(): Promise<AutoBackupInfo[]> {
    const infos: AutoBackupInfo[] = [];
    for (const backup of sortBackupsNewestFirst(await entryNames())) {
      try {
        // lstat: a symlink or folder carrying a backup's name is not a backup.
        const info = await fs.lstat(nodePath.join(dir, backup.name));
        if (info.isFile()) infos.push({ ...backup, bytes: info.size });
      } catch (error) {
        if (!hasErrorCode(error, 'ENOENT')) throw error;
      }
    }
    return infos;
  }

  async function writeNow(bytes: Uint8Array): Promise<AutoBackupInfo> {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const names = await entryNames();
    // Left by a crash mid-write (writes are serialised, so none is in progress now).
    for (const stale of names.filter(isAutoBackupTempName)) {
      await removeIfPresent(fs, nodePath.join(dir, stale)).catch(() => undefined);
    }
    const name = uniqueAutoBackupName(now(), new Set(names));
    const finalPath = nodePath.join(dir, name);
    await writeFileAtomic(fs, dir, autoBackupTempName(randomHex()), name, bytes);

    const copy: Uint8Array | null = await fs.readFile(finalPath).catch(() => null);
    if (copy === null || !sameBytes(copy, bytes) || !isJson(copy)) {
      await removeIfPresent(fs, finalPath).catch(() => undefined);
      throw new BackupVerificationError(
        copy === null || !sameBytes(copy, bytes)
          ? 'The automatic backup could not be read back as written; older backups are untouched.'
          : 'The automatic backup is not valid JSON; older backups are untouched.',
      );
    }

    // Only now that the new copy is known good may an old one go. A backup that cannot be
    // removed is left for the next rotation: it must not fail a backup that was written.
    const plan = planRotation(
      (await list()).map((backup) => backup.name),
      keep,
    );
    for (const old of plan.remove) {
      await removeIfPresent(fs, nodePath.join(dir, old)).catch(() => undefined);
    }

    const parsed = parseAutoBackupName(name);
    return { name, createdAt: parsed?.createdAt ?? '', bytes: bytes.byteLength };
  }

  return {
    list,

    write(bytes) {
      const result = queue.then(() => writeNow(bytes));
      queue = result.catch(() => undefined);
      return result;
    },

    async read(name) {
      if (parseAutoBackupName(name) === null) throw new UnknownBackupError('Not a backup name.');
      const listed = (await list()).find((backup) => backup.name === name);
      if (listed === undefined) throw new UnknownBackupError('No such automatic backup.');
      if (listed.bytes > MAX_FILE_BYTES) {
        throw new UnknownBackupError('The automatic backup is too large to open.');
      }
      const bytes = await fs.readFile(nodePath.join(dir, name));
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}
