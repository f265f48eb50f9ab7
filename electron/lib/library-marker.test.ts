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
  lastBackupAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:05:00.000Z',
};

describe('parseLibraryMarker', () => {
  it('round-trips a marker', () => {
    expect(parseLibraryMarker(serializeLibraryMarker(marker))).toEqual(marker);
    const never = { ...marker, lastBackupAt: null };
    expect(parseLibraryMarker(serializeLibraryMarker(never))).toEqual(never);
  });

  it.each([
    null,
    undefined,
    42,
    '',
    'not json',
    '{',
    'null',
    '[]',
    '"marker"',
    JSON.stringify({ ...marker, extra: true }),
    JSON.stringify({ ...marker, libraryId: '' }),
    JSON.stringify({ ...marker, libraryId: 'x'.repeat(201) }),
    JSON.stringify({ ...marker, counts: { ...marker.counts, documents: -1 } }),
    JSON.stringify({ ...marker, counts: { ...marker.counts, annotations: 1.5 } }),
    JSON.stringify({ ...marker, counts: { ...marker.counts, collections: '1' } }),
    JSON.stringify({ ...marker, counts: { documents: 1, annotations: 1 } }),
    JSON.stringify({ ...marker, updatedAt: 'yesterday' }),
    JSON.stringify({ ...marker, lastBackupAt: 0 }),
    '{"__proto__":{"libraryId":"x"}}',
    ' '.repeat(MAX_LIBRARY_MARKER_BYTES + 1),
  ])('returns null for %#', (json) => {
    expect(parseLibraryMarker(json)).toBeNull();
  });
});
