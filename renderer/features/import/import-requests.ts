/**
 * "Import documents" asked for from outside the library view (the desktop menu): the request
 * waits here until the library view, which owns the import, is mounted and takes it.
 */
let pending = false;
const listeners = new Set<() => void>();

/** Asks the library view to open its file chooser, now or as soon as it is shown. */
export function requestImport(): void {
  pending = true;
  for (const listener of listeners) listener();
}

/** The library view subscribes; `take` runs once per request, including one made before. */
export function subscribeImportRequests(take: () => void): () => void {
  const run = () => {
    if (!pending) return;
    pending = false;
    take();
  };
  listeners.add(run);
  run();
  return () => listeners.delete(run);
}
