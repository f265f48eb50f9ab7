/**
 * The rights taxonomy: built-in rights plus the analyst's own, renamed, recoloured, reordered
 * and archived. A right in use never vanishes: archiving keeps its annotations, and deleting
 * moves them to another right first.
 */
import type { Right } from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';
import { systemEnvironment, type Environment } from '../platform/environment';

/** All rights in toolbar order, archived ones included. */
export async function listRights(db: RightsmarkDatabase): Promise<Right[]> {
  return db.rights.orderBy('order').toArray();
}

/** Rights offered for tagging: not archived, in order. */
export async function activeRights(db: RightsmarkDatabase): Promise<Right[]> {
  return (await listRights(db)).filter((r) => !r.archived);
}

export interface NewRight {
  readonly name: string;
  readonly description?: string;
  readonly legalBasis?: string;
  readonly color: string;
}

export async function addRight(
  db: RightsmarkDatabase,
  input: NewRight,
  env: Environment = systemEnvironment,
): Promise<Right> {
  return db.transaction('rw', db.rights, async () => {
    const last = await db.rights.orderBy('order').last();
    const now = env.now();
    const right: Right = {
      id: `right:${env.newId()}`,
      name: input.name.trim(),
      description: input.description?.trim() ?? '',
      legalBasis: input.legalBasis?.trim() ?? '',
      color: input.color,
      order: (last?.order ?? 0) + 1,
      builtIn: false,
      archived: false,
      createdAt: now,
      modifiedAt: now,
    };
    await db.rights.add(right);
    return right;
  });
}

export type RightChanges = Partial<
  Pick<Right, 'name' | 'description' | 'legalBasis' | 'color' | 'archived'>
>;

export async function updateRight(
  db: RightsmarkDatabase,
  id: string,
  changes: RightChanges,
  env: Environment = systemEnvironment,
): Promise<void> {
  await db.transaction('rw', db.rights, async () => {
    const right = await db.rights.get(id);
    if (!right) throw new LibraryError('missing', { kind: 'right' }, `No right with id ${id}`);
    await db.rights.put({ ...right, ...changes, modifiedAt: env.now() });
  });
}

/** Moves a right one place up (-1) or down (+1) in the order. */
export async function moveRight(
  db: RightsmarkDatabase,
  id: string,
  step: -1 | 1,
  env: Environment = systemEnvironment,
): Promise<void> {
  await db.transaction('rw', db.rights, async () => {
    const rights = await db.rights.orderBy('order').toArray();
    const index = rights.findIndex((r) => r.id === id);
    const other = rights[index + step];
    const self = rights[index];
    if (!self || !other) return;
    const now = env.now();
    await db.rights.bulkPut([
      { ...self, order: other.order, modifiedAt: now },
      { ...other, order: self.order, modifiedAt: now },
    ]);
  });
}

/** How many live annotations carry the right. */
export async function rightUsage(db: RightsmarkDatabase, id: string): Promise<number> {
  return db.annotations
    .where('rightIds')
    .equals(id)
    .filter((a) => a.deletedAt === null)
    .count();
}

/**
 * Deletes a right, moving its annotations (deleted ones too, so an undo brings them back
 * tagged) to `replacementId`. A right in use cannot be deleted without a replacement.
 */
export async function deleteRight(
  db: RightsmarkDatabase,
  id: string,
  replacementId: string | null,
  env: Environment = systemEnvironment,
): Promise<void> {
  await db.transaction('rw', db.rights, db.annotations, async () => {
    const tagged = await db.annotations.where('rightIds').equals(id).toArray();
    if (tagged.length > 0) {
      if (replacementId === null || replacementId === id || !(await db.rights.get(replacementId))) {
        throw new LibraryError('right-in-use', {}, `Right ${id} tags ${tagged.length} passages`);
      }
      const now = env.now();
      await db.annotations.bulkPut(
        tagged.map((a) => ({
          ...a,
          rightIds: [...new Set(a.rightIds.map((r) => (r === id ? replacementId : r)))],
          modifiedAt: now,
        })),
      );
    }
    await db.rights.delete(id);
  });
}

export interface RightUsage {
  /** Live annotations carrying the right: what the analyst sees counted. */
  readonly live: number;
  /** Every annotation carrying it, deleted ones included: what deleteRight must move. */
  readonly tagged: number;
}

/** Usage of every right in one pass over the annotations; rights no annotation carries are absent. */
export async function rightUsageCounts(db: RightsmarkDatabase): Promise<Map<string, RightUsage>> {
  const usage = new Map<string, RightUsage>();
  await db.annotations.each((annotation) => {
    for (const id of new Set(annotation.rightIds)) {
      const current = usage.get(id) ?? { live: 0, tagged: 0 };
      usage.set(id, {
        live: current.live + (annotation.deletedAt === null ? 1 : 0),
        tagged: current.tagged + 1,
      });
    }
  });
  return usage;
}

/**
 * Puts back a right removed by deleteRight (the undo of deleting an unused right), at its old
 * place in the order. Orders are renumbered when another right has taken its number since.
 */
export async function restoreRight(
  db: RightsmarkDatabase,
  right: Right,
  env: Environment = systemEnvironment,
): Promise<void> {
  await db.transaction('rw', db.rights, async () => {
    if (await db.rights.get(right.id)) return;
    const others = await db.rights.orderBy('order').toArray();
    if (!others.some((r) => r.order === right.order)) {
      await db.rights.add(right);
      return;
    }
    const position = others.findIndex((r) => r.order >= right.order);
    const ordered = [...others];
    ordered.splice(position < 0 ? ordered.length : position, 0, right);
    const now = env.now();
    await db.rights.bulkPut(
      ordered.map((r, index) =>
        r.id === right.id
          ? { ...r, order: index + 1 }
          : r.order === index + 1
            ? r
            : { ...r, order: index + 1, modifiedAt: now },
      ),
    );
  });
}
