/**
 * What the app does when it starts: open a library, seed a new one, or (the empty-library
 * guard) stop and offer a restore because the database opened empty while the marker kept
 * outside IndexedDB says it held the analyst's work.
 */
import type { LibraryMarker } from '../../shared/ipc/contract';
import type { LibraryState } from '../db/library-state';

export type StartupDecision =
  | { readonly kind: 'open' }
  | { readonly kind: 'seed' }
  | { readonly kind: 'lost'; readonly marker: LibraryMarker };

/** Decides how to start from the database's state and the marker. */
export function decideStartup(state: LibraryState, marker: LibraryMarker | null): StartupDecision {
  if (state.seeded || state.documents > 0 || state.annotations > 0) return { kind: 'open' };
  const heldWork =
    marker !== null &&
    (marker.counts.documents > 0 || marker.counts.annotations > 0 || marker.counts.collections > 0);
  return heldWork ? { kind: 'lost', marker } : { kind: 'seed' };
}
