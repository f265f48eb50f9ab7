/**
 * A collection file to preview, asked for from outside the collections view (opened from the
 * file manager, dropped on the window): it waits here until the collections view, which owns
 * the import preview, is mounted and takes it.
 */
import type { PickedFile } from '../../platform/platform';

let pending: PickedFile[] = [];
const listeners = new Set<() => void>();

/** Asks the collections view to preview importing `file`, now or once it is shown. */
export function requestCollectionImport(file: PickedFile): void {
  pending.push(file);
  for (const listener of listeners) listener();
}

/**
 * The collections view subscribes; `take` gets the newest waiting file (an import preview shows
 * one file at a time) and the names of any older ones it replaced.
 */
export function subscribeCollectionImports(
  take: (file: PickedFile, skipped: readonly string[]) => void,
): () => void {
  const run = () => {
    const files = pending;
    pending = [];
    const newest = files.at(-1);
    if (newest)
      take(
        newest,
        files.slice(0, -1).map((f) => f.name),
      );
  };
  listeners.add(run);
  run();
  return () => listeners.delete(run);
}
