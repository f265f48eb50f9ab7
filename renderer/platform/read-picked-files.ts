/** Reading the files the browser's chooser returned, with the desktop shell's limits. */
import { MAX_BATCH_BYTES, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import type { OpenFilesResult, PickedFile, RefusedFile } from './platform';

const MEGABYTE = 1024 * 1024;

/**
 * Reads the chosen files as the desktop shell does: one too large (alone, or past the batch's
 * budget) is refused by name instead of failing the others.
 */
export async function readPickedFiles(files: readonly File[]): Promise<OpenFilesResult> {
  const picked: PickedFile[] = [];
  const refused: RefusedFile[] = [];
  let batchBytes = 0;
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      refused.push({
        name: file.name,
        reason: `it is too large to open (the limit is ${MAX_FILE_BYTES / MEGABYTE} MB)`,
      });
      continue;
    }
    if (batchBytes + file.size > MAX_BATCH_BYTES) {
      refused.push({
        name: file.name,
        reason: `the files chosen together pass ${MAX_BATCH_BYTES / MEGABYTE} MB; open it in another pick`,
      });
      continue;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      batchBytes += file.size;
      picked.push({ name: file.name, path: null, bytes });
    } catch {
      refused.push({ name: file.name, reason: 'it could not be read' });
    }
  }
  return { files: picked, refused };
}
