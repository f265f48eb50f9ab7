/**
 * Durable, atomic file writes for the user-data folder: write a temporary file beside the target,
 * flush it to disk, rename it over the target, then flush the folder, so a crash or power cut
 * leaves either the old file or the new one, never half of one. No electron import.
 */
import { promises as nodeFs } from 'node:fs';
import nodePath from 'node:path';

/** The slice of node:fs/promises used here and by the stores (tests wrap it to inject faults). */
export type StoreFs = Pick<
  typeof nodeFs,
  'mkdir' | 'open' | 'rename' | 'readFile' | 'readdir' | 'lstat' | 'unlink'
>;

/** The real file system. */
export const realFs: StoreFs = nodeFs;

/** True for an error with the given Node error code. */
export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    codes.includes(String((error as { code: unknown }).code))
  );
}

/** Deletes a file, ignoring one that is already gone. */
export async function removeIfPresent(fs: StoreFs, filePath: string): Promise<void> {
  try {
    await fs.unlink(filePath);
  } catch (error) {
    if (!hasErrorCode(error, 'ENOENT')) throw error;
  }
}

/**
 * Flushes a folder's entries (the rename) to disk. POSIX only: Windows cannot open a folder for
 * this and NTFS journals renames itself, so the refusal there is expected and ignored.
 */
export async function syncDirectory(fs: StoreFs, dir: string): Promise<void> {
  let handle: Awaited<ReturnType<StoreFs['open']>> | null = null;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!hasErrorCode(error, 'EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF')) {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `bytes` to `dir/tempName`, flushes it, and renames it to `dir/finalName`, then flushes
 * the folder. The temporary file is removed if anything fails before the rename.
 */
export async function writeFileAtomic(
  fs: StoreFs,
  dir: string,
  tempName: string,
  finalName: string,
  bytes: Uint8Array,
): Promise<void> {
  const tempPath = nodePath.join(dir, tempName);
  const finalPath = nodePath.join(dir, finalName);
  try {
    // 'wx': never follow or reuse something already at the temporary name.
    const handle = await fs.open(tempPath, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, finalPath);
  } catch (error) {
    await removeIfPresent(fs, tempPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, dir);
}
