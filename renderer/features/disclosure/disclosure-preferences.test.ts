import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DISCLOSURE } from '../../../shared/disclosure';
import type { RightsmarkDatabase } from '../../db/database';
import { putSetting } from '../../db/settings-repo';
import { createTestDatabase } from '../../db/test-support';
import { loadDisclosure, saveDisclosure } from './disclosure-preferences';

describe('remembered disclosure switches', () => {
  let db: RightsmarkDatabase;
  beforeEach(() => {
    db = createTestDatabase();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('are kept per kind of export, without the rights choice', async () => {
    expect(await loadDisclosure(db, 'csv')).toEqual(DEFAULT_DISCLOSURE);
    await saveDisclosure(db, 'csv', {
      ...DEFAULT_DISCLOSURE,
      notes: false,
      rightIds: ['right:privacy'],
    });
    await saveDisclosure(db, 'briefing', { ...DEFAULT_DISCLOSURE, authors: 'initials' });
    expect(await loadDisclosure(db, 'csv')).toEqual({ ...DEFAULT_DISCLOSURE, notes: false });
    expect(await loadDisclosure(db, 'briefing')).toEqual({
      ...DEFAULT_DISCLOSURE,
      authors: 'initials',
    });
    expect(await loadDisclosure(db, 'markdown')).toEqual(DEFAULT_DISCLOSURE);
  });

  it('fall back to the defaults field by field when the stored value is malformed', async () => {
    await putSetting(db, 'export-disclosure', { qdpx: { notes: 'no', authors: 'none' } });
    expect(await loadDisclosure(db, 'qdpx')).toEqual({ ...DEFAULT_DISCLOSURE, authors: 'none' });
  });
});
