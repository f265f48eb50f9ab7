/** Reading the files the browser's chooser returned, with the desktop shell's limits. */
import { MAX_BATCH_BYTES, MAX_FILE_BYTES } from '../../shared/ipc/contract';
import type { ChosenFiles, OpenFilesResult, PickedFile, RefusedFile } from './platform';

const MEGABYTE = 1024 * 1024;

/** The chosen files that fit the limits, and those refused, each named with why. */
export interface AdmittedFiles {
  readonly admitted: File[];
  readonly refused: Map<File, RefusedFile>;
}

/**
 * Applies the desktop shell's limits to the chosen files, in order, from their sizes alone: one
 * too large (alone, or past the batch's budget) is refused by name instead of failing the others.
 */
export function admitPickedFiles(files: readonly File[]): AdmittedFiles {
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
  return { admitted, refused };
}

/** The refused files in the order they were chosen, whichever check refused them. */
function inOrder(files: readonly File[], refused: Map<File, RefusedFile>): RefusedFile[] {
  return files.flatMap((file) => refused.get(file) ?? []);
}

/**
 * Reads the chosen files as the desktop shell does (see admitPickedFiles), all at once: a
 * thousand small files read one after another spent most of a second waiting on the browser,
 * one round trip each. A file that cannot be read is refused by name; the budget it was given is
 * not handed on.
 */
export async function readPickedFiles(files: readonly File[]): Promise<OpenFilesResult> {
  const { admitted, refused } = admitPickedFiles(files);
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
    refused: inOrder(files, refused),
  };
}

/**
 * The chosen files that fit the limits, unread: each is read when its turn comes, by whatever
 * parses it (the import worker reads a File itself, off the page's thread).
 */
export function choosePickedFiles(files: readonly File[]): ChosenFiles {
  const { admitted, refused } = admitPickedFiles(files);
  return {
    files: admitted.map((file) => ({
      name: file.name,
      size: file.size,
      blob: file,
      read: async () => new Uint8Array(await file.arrayBuffer()),
    })),
    refused: inOrder(files, refused),
  };
}
