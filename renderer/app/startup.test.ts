import { describe, expect, it } from 'vitest';
import { decideStartup } from './startup';

const marker = (documents: number, annotations = 0) => ({
  libraryId: 'lib',
  counts: { documents, annotations, collections: 0 },
  lastBackupAt: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('decideStartup', () => {
  it('seeds a new installation', () => {
    expect(decideStartup({ seeded: false, documents: 0, annotations: 0 }, null)).toEqual({
      kind: 'seed',
    });
  });

  it('opens a library that has been set up', () => {
    expect(decideStartup({ seeded: true, documents: 0, annotations: 0 }, marker(5, 200)).kind).toBe(
      'open',
    );
  });

  it('never seeds over a library that was lost: it asks to restore', () => {
    expect(
      decideStartup({ seeded: false, documents: 0, annotations: 0 }, marker(5, 200)),
    ).toMatchObject({ kind: 'lost' });
  });

  it('treats a marker of an empty library as a new installation', () => {
    expect(decideStartup({ seeded: false, documents: 0, annotations: 0 }, marker(0)).kind).toBe(
      'seed',
    );
  });
});
