/**
 * The rights taxonomy: built-in rights plus the analyst's own, renamed, recoloured, reordered
 * and archived. A right in use never vanishes: archiving keeps its annotations, and deleting
 * moves them to another right first and puts the right in the Trash, from which restoring it
 * moves them back.
 */
import type { Right } from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';
import { systemEnvironment, type Environment } from '../platform/environment';

/** A right is live unless it is in the Trash (rows older than the Trash have no deletedAt). */
export function isLiveRight(right: Right): boolean {
  return (right.deletedAt ?? null) === null;
}

/** All rights in toolbar order, archived ones included, those in the Trash not. */
export async function listRights(db: RightsmarkDatabase): Promise<Right[]> {
  return db.rights.orderBy('order').filter(isLiveRight).toArray();
}

export interface NewRight {
  readonly name: string;
  readonly description?: string;
  readonly legalBasis?: string;
  readonly color: string;
  readonly aliases?: readonly string[];
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
      ...(input.aliases && input.aliases.length > 0 ? { aliases: [...input.aliases] } : {}),
      createdAt: now,
      modifiedAt: now,
    };
    await db.rights.add(right);
    return right;
  });
}

export type RightChanges = Partial<
  Pick<Right, 'name' | 'description' | 'legalBasis' | 'color' | 'archived' | 'aliases'>
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
    const rights = await listRights(db);
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
 * Deletes a right into the Trash, moving its annotations (deleted ones too, so an undo brings
 * them back tagged) to `replacementId` and recording the move so restoreRight can reverse it.
 * A right in use cannot be deleted without a replacement.
 */
export async function deleteRight(
  db: RightsmarkDatabase,
  id: string,
  replacementId: string | null,
  env: Environment = systemEnvironment,
): Promise<void> {
  await db.transaction('rw', db.rights, db.annotations, async () => {
    const right = await db.rights.get(id);
    if (!right || !isLiveRight(right)) return;
    const tagged = await db.annotations.where('rightIds').equals(id).toArray();
    const now = env.now();
    if (tagged.length > 0) {
      const replacement = replacementId === null ? undefined : await db.rights.get(replacementId);
      if (replacementId === id || !replacement || !isLiveRight(replacement)) {
        throw new LibraryError('right-in-use', {}, `Right ${id} tags ${tagged.length} passages`);
      }
      await db.annotations.bulkPut(
        tagged.map((a) => ({
          ...a,
          rightIds: [...new Set(a.rightIds.map((r) => (r === id ? replacement.id : r)))],
          modifiedAt: now,
        })),
      );
    }
    await db.rights.put({
      ...right,
      deletedAt: now,
      deletion: {
        replacementId: tagged.length > 0 ? replacementId : null,
        movedAnnotationIds: tagged.map((a) => a.id),
        alreadyTaggedIds: tagged
          .filter((a) => replacementId !== null && a.rightIds.includes(replacementId))
          .map((a) => a.id),
      },
    });
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
 * Takes a right out of the Trash: back at its old place in the order (renumbered when another
 * right has taken its number since), and its excerpts moved back from the replacement, which
 * stays only on those that carried it before. Resolves to false when it was not in the Trash.
 */
export async function restoreRight(
  db: RightsmarkDatabase,
  id: string,
  env: Environment = systemEnvironment,
): Promise<boolean> {
  return db.transaction('rw', db.rights, db.annotations, async () => {
    const trashed = await db.rights.get(id);
    if (!trashed || isLiveRight(trashed)) return false;
    const { deletion, ...rest } = trashed;
    const right: Right = { ...rest, deletedAt: null };
    const now = env.now();
    if (deletion && deletion.movedAnnotationIds.length > 0) {
      const keep = new Set(deletion.alreadyTaggedIds);
      const moved = await db.annotations.bulkGet([...deletion.movedAnnotationIds]);
      await db.annotations.bulkPut(
        moved.flatMap((a) => {
          if (!a) return [];
          const rightIds = a.rightIds.filter((r) => r !== deletion.replacementId || keep.has(a.id));
          return [{ ...a, rightIds: [...new Set([...rightIds, id])], modifiedAt: now }];
        }),
      );
    }
    const others = (await listRights(db)).filter((r) => r.id !== id);
    if (!others.some((r) => r.order === right.order)) {
      await db.rights.put(right);
      return true;
    }
    const position = others.findIndex((r) => r.order >= right.order);
    const ordered = [...others];
    ordered.splice(position < 0 ? ordered.length : position, 0, right);
    await db.rights.bulkPut(
      ordered.map((r, index) =>
        r.id === id
          ? { ...r, order: index + 1 }
          : r.order === index + 1
            ? r
            : { ...r, order: index + 1, modifiedAt: now },
      ),
    );
    return true;
  });
}
