/** The marker's size limit is inclusive, and what is written reads back byte for byte. */
import { describe, expect, it } from 'vitest';
import type { LibraryMarker } from '../../shared/ipc/contract';
import {
  MAX_LIBRARY_MARKER_BYTES,
  parseLibraryMarker,
  serializeLibraryMarker,
} from './library-marker';

const marker: LibraryMarker = {
  libraryId: '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f',
  counts: { documents: 5, annotations: 12, collections: 1 },
  lastBackupAt: null,
  updatedAt: '2026-11-25T10:05:00.000Z',
};

describe('library marker', () => {
  it('reads a marker of exactly the size limit, and refuses one byte more', () => {
    const json = serializeLibraryMarker(marker);
    const padded = json + ' '.repeat(MAX_LIBRARY_MARKER_BYTES - json.length);
    expect(padded).toHaveLength(MAX_LIBRARY_MARKER_BYTES);
    expect(parseLibraryMarker(padded)).toEqual(marker);
    expect(parseLibraryMarker(`${padded} `)).toBeNull();
    expect(MAX_LIBRARY_MARKER_BYTES).toBe(16 * 1024);
  });

  it('writes indented JSON with a final line break', () => {
    expect(serializeLibraryMarker(marker).endsWith('}\n')).toBe(true);
    expect(serializeLibraryMarker(marker).split('\n')[1]).toBe(
      '  "libraryId": "6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f",',
    );
  });
});
