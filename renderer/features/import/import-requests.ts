/**
 * "Import documents" asked for from outside the library view (the desktop menu, files opened
 * from the file manager, files dropped anywhere on the window): each request waits here until
 * the library view, which owns the import, is mounted and takes it.
 */

/** Open the file chooser, or import these files. */
export type ImportRequest =
  { readonly kind: 'pick' } | { readonly kind: 'files'; readonly files: readonly File[] };

let pending: ImportRequest[] = [];
const listeners = new Set<() => void>();

/** Asks the library view to import, now or as soon as it is shown. */
export function requestImport(request: ImportRequest = { kind: 'pick' }): void {
  // Asking twice for the chooser before it opens opens it once.
  if (request.kind === 'pick' && pending.some((r) => r.kind === 'pick')) return;
  pending.push(request);
  for (const listener of listeners) listener();
}

/** The library view subscribes; `take` runs once per request, including those made before. */
export function subscribeImportRequests(take: (request: ImportRequest) => void): () => void {
  const run = () => {
    const requests = pending;
    pending = [];
    for (const request of requests) take(request);
  };
  listeners.add(run);
  run();
  return () => listeners.delete(run);
}
