/** Reading the files the browser's chooser returned, with the desktop shell's limits. */
import { MAX_BATCH_BYTES, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import type { OpenFilesResult, PickedFile, RefusedFile } from './platform';

const MEGABYTE = 1024 * 1024;

/**
 * Reads the chosen files as the desktop shell does: one too large (alone, or past the batch's
 * budget) is refused by name instead of failing the others. Which files fit is decided from
 * their sizes first, in order; then all of those are read at once (a thousand small files read
 * one after another spent most of a second waiting on the browser, one round trip each). A file
 * that cannot be read is refused by name; the budget it was given is not handed on.
 */
export async function readPickedFiles(files: readonly File[]): Promise<OpenFilesResult> {
  const refused = new Map<File, RefusedFile>();
  const admitted: File[] = [];
  let batchBytes = 0;
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      refused.set(file, {
        name: file.name,
        reason: `it is too large to open (the limit is ${MAX_FILE_BYTES / MEGABYTE} MB)`,
      });
    } else if (batchBytes + file.size > MAX_BATCH_BYTES) {
      refused.set(file, {
        name: file.name,
        reason: `the files chosen together pass ${MAX_BATCH_BYTES / MEGABYTE} MB; open it in another pick`,
      });
    } else {
      batchBytes += file.size;
      admitted.push(file);
    }
  }
  const read = await Promise.all(
    admitted.map((file) =>
      file.arrayBuffer().then(
        (buffer): PickedFile => ({ name: file.name, path: null, bytes: new Uint8Array(buffer) }),
        () => {
          refused.set(file, { name: file.name, reason: 'it could not be read' });
          return null;
        },
      ),
    ),
  );
  return {
    files: read.filter((picked): picked is PickedFile => picked !== null),
    // In the order they were chosen, whichever check refused them.
    refused: files.flatMap((file) => refused.get(file) ?? []),
  };
}
