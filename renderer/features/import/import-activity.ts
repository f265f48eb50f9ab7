/**
 * Whether an import is under way, for the work that follows the library: the search and wording
 * indexes catch up with an import in a few large steps instead of after each of its writes
 * (each catch-up reads every document row and competes with the import for the same threads).
 */
import { useSyncExternalStore } from 'react';

let running = 0;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Marks an import as running until the returned function is called (once; later calls do nothing). */
export function beginImport(): () => void {
  running += 1;
  notify();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    running -= 1;
    notify();
  };
}

/** Whether any import is running now. */
export function importRunning(): boolean {
  return running > 0;
}

/** Calls back whenever an import starts or ends; returns the unsubscribe function. */
export function subscribeImportActivity(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether an import is running, as React state. */
export function useImportRunning(): boolean {
  return useSyncExternalStore(subscribeImportActivity, importRunning);
}
