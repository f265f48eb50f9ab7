import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchRight } from '../../shared/exchange';
import { BUILT_IN_RIGHTS } from '../../shared/model';
import { addAnnotation, deleteAnnotation, type NewAnnotation } from './annotations-repo';
import type { RightsmarkDatabase } from './database';
import {
  addRight,
  deleteRight,
  listRights,
  moveRight,
  restoreRight,
  rightUsage,
  rightUsageCounts,
  updateRight,
} from './rights-repo';
import { createTestDatabase, createTestEnvironment } from './test-support';

const PRIVACY = 'right:privacy';
const EXPRESSION = 'right:expression';

function passage(rightIds: readonly string[]): NewAnnotation {
  return {
    docId: 'doc-1',
    blockIndex: 0,
    quote: { type: 'TextQuoteSelector', exact: 'privacy', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 7 },
    rightIds,
    note: '',
    author: 'Ana',
  };
}

describe('rights repository', () => {
  let db: RightsmarkDatabase;
  const env = createTestEnvironment('r');
  beforeEach(async () => {
    db = createTestDatabase();
    const now = env.now();
    await db.rights.bulkAdd(
      BUILT_IN_RIGHTS.map((r) => ({ ...r, createdAt: now, modifiedAt: now })),
    );
  });
  afterEach(async () => {
    await db.delete();
  });

  const names = async () => (await listRights(db)).map((r) => r.name);

  it('keeps a right’s aliases, and a colleague’s tag that only an alias names maps to it', async () => {
    expect(matchRight('vigilancia', await listRights(db))).toBeNull();
    await updateRight(db, PRIVACY, { aliases: ['vigilancia', 'data protection'] }, env);
    const added = await addRight(
      db,
      { name: 'Education', color: '#00a3a3', aliases: ['RtE'] },
      env,
    );
    const rights = await listRights(db);
    expect(rights.find((r) => r.id === PRIVACY)?.aliases).toEqual([
      'vigilancia',
      'data protection',
    ]);
    expect(matchRight('Vigilancia', rights)).toEqual({
      rightId: PRIVACY,
      rule: 'alias',
      matched: 'vigilancia',
    });
    expect(matchRight('data-protection', rights)?.rightId).toBe(PRIVACY);
    expect(matchRight('rte', rights)).toMatchObject({ rightId: added.id, rule: 'alias' });
  });

  it('counts live and deleted passages per right in one pass', async () => {
    await addAnnotation(db, passage([PRIVACY, EXPRESSION]), env);
    await addAnnotation(db, passage([PRIVACY]), env);
    const gone = await addAnnotation(db, passage([EXPRESSION]), env);
    await deleteAnnotation(db, gone.id, env);

    const usage = await rightUsageCounts(db);
    expect(usage.get(PRIVACY)).toEqual({ live: 2, tagged: 2 });
    expect(usage.get(EXPRESSION)).toEqual({ live: 1, tagged: 2 });
    expect(usage.has('right:assembly-association')).toBe(false);
    // It agrees with the single-right count.
    for (const [id, { live }] of usage) expect(await rightUsage(db, id)).toBe(live);
  });

  it('puts a deleted unused right in the Trash and back at its old place', async () => {
    const added = await addRight(db, { name: 'Non-discrimination', color: '#d6336c' }, env);
    await moveRight(db, added.id, -1, env);
    const before = await listRights(db);
    await deleteRight(db, added.id, null, env);
    expect(await names()).not.toContain('Non-discrimination');
    expect((await db.rights.get(added.id))?.deletedAt).not.toBeNull();

    expect(await restoreRight(db, added.id, env)).toBe(true);
    const after = await listRights(db);
    expect(after.map(({ id, order }) => [id, order])).toEqual(
      before.map(({ id, order }) => [id, order]),
    );
    expect(after.find((r) => r.id === added.id)).not.toHaveProperty('deletion');
    // Restoring twice changes nothing.
    expect(await restoreRight(db, added.id, env)).toBe(false);
    expect(await listRights(db)).toEqual(after);
  });

  it('renumbers when another right took the deleted one’s place in the order', async () => {
    const first = await addRight(db, { name: 'Education', color: '#00a3a3' }, env);
    const second = await addRight(db, { name: 'Health', color: '#6a994e' }, env);
    await deleteRight(db, first.id, null, env);
    // A right restored from a backup while Education was in the Trash holds its number.
    await db.rights.update(second.id, { order: first.order });

    await restoreRight(db, first.id, env);
    const rights = await listRights(db);
    expect(rights.map((r) => r.order)).toEqual([1, 2, 3, 4, 5]);
    expect(rights.map((r) => r.name)).toContain('Education');
  });

  it('will not delete a right in use without a replacement, and moves its passages with one', async () => {
    const right = await addRight(db, { name: 'Digital inclusion', color: '#8d6e63' }, env);
    const live = await addAnnotation(db, passage([right.id, PRIVACY]), env);
    const deleted = await addAnnotation(db, passage([right.id]), env);
    await deleteAnnotation(db, deleted.id, env);

    await expect(deleteRight(db, right.id, null, env)).rejects.toMatchObject({
      code: 'right-in-use',
    });
    await deleteRight(db, right.id, PRIVACY, env);
    expect(await names()).not.toContain('Digital inclusion');
    expect((await db.annotations.get(live.id))?.rightIds).toEqual([PRIVACY]);
    // Deleted passages move too, so restoring one brings it back tagged.
    expect((await db.annotations.get(deleted.id))?.rightIds).toEqual([PRIVACY]);

    // Restoring the right from the Trash moves them back; privacy stays where it was before.
    await restoreRight(db, right.id, env);
    expect((await db.annotations.get(live.id))?.rightIds).toEqual([PRIVACY, right.id]);
    expect((await db.annotations.get(deleted.id))?.rightIds).toEqual([right.id]);
  });

  it('moves a right up and down, and not past either end', async () => {
    await moveRight(db, PRIVACY, -1, env);
    expect(await names()).toEqual(['Privacy', 'Freedom of expression', 'Assembly and association']);
    await moveRight(db, PRIVACY, -1, env);
    expect(await names()).toEqual(['Privacy', 'Freedom of expression', 'Assembly and association']);
    await moveRight(db, 'right:assembly-association', 1, env);
    await moveRight(db, PRIVACY, 1, env);
    expect(await names()).toEqual(['Freedom of expression', 'Privacy', 'Assembly and association']);
  });
});
