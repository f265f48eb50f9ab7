/**
 * Reads the library marker kept in the user-data folder (see LibraryMarker): any missing,
 * oversized, malformed or unexpected content yields null, never an exception.
 */
import type { LibraryMarker } from '../../shared/ipc/contract';
import { libraryMarkerSchema } from './ipc-validation';

/** The marker file is a few hundred bytes; anything much larger is not ours. */
export const MAX_LIBRARY_MARKER_BYTES = 16 * 1024;

/** The marker in `json`, or null when it is not exactly a valid marker. */
export function parseLibraryMarker(json: unknown): LibraryMarker | null {
  if (typeof json !== 'string' || json.length > MAX_LIBRARY_MARKER_BYTES) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
    // Equivalent mutant (an empty catch block): raw stays undefined, which the
    // schema refuses.
  } catch {
    return null;
  }
  const result = libraryMarkerSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/** The bytes written for a marker (already validated by the IPC schema). */
export function serializeLibraryMarker(marker: LibraryMarker): string {
  return `${JSON.stringify(marker, null, 2)}\n`;
}
