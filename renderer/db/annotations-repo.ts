/** Annotations: create, edit, delete with undo, and the queries the views need. */
import { coversExactly, describeRange } from '../../shared/anchoring';
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';
import { systemEnvironment, type Environment } from '../platform/environment';

export interface NewAnnotation {
  readonly docId: string;
  readonly blockIndex: number;
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
  readonly rightIds: readonly string[];
  readonly note: string;
  readonly author: string;
}

export async function addAnnotation(
  db: RightsmarkDatabase,
  input: NewAnnotation,
  env: Environment = systemEnvironment,
): Promise<Annotation> {
  const now = env.now();
  const annotation: Annotation = {
    ...input,
    rightIds: [...new Set(input.rightIds)],
    id: env.newId(),
    createdAt: now,
    modifiedAt: now,
    status: 'anchored',
    deletedAt: null,
  };
  await db.annotations.add(annotation);
  return annotation;
}

export type AnnotationChanges = Partial<
  Pick<Annotation, 'rightIds' | 'note' | 'status' | 'privateNote' | 'privateExcerpt'>
>;

/** What the analyst keeps to themselves on one excerpt (see Annotation.privateNote). */
export type AnnotationPrivacy = Partial<Pick<Annotation, 'privateNote' | 'privateExcerpt'>>;

/**
 * Marks an excerpt's note, or the whole excerpt, private or shareable again. Private parts
 * never leave through an export; backups keep them.
 */
export async function setAnnotationPrivacy(
  db: RightsmarkDatabase,
  id: string,
  privacy: AnnotationPrivacy,
  env: Environment = systemEnvironment,
): Promise<Annotation> {
  return updateAnnotation(db, id, privacy, env);
}

export async function updateAnnotation(
  db: RightsmarkDatabase,
  id: string,
  changes: AnnotationChanges,
  env: Environment = systemEnvironment,
): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) {
      throw new LibraryError('missing', { kind: 'annotation' }, `No annotation with id ${id}`);
    }
    const next: Annotation = {
      ...current,
      ...changes,
      rightIds: changes.rightIds ? [...new Set(changes.rightIds)] : current.rightIds,
      modifiedAt: env.now(),
    };
    await db.annotations.put(next);
    return next;
  });
}

/** Adds or removes one right on an annotation. */
export async function toggleAnnotationRight(
  db: RightsmarkDatabase,
  id: string,
  rightId: string,
  env: Environment = systemEnvironment,
): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) {
      throw new LibraryError('missing', { kind: 'annotation' }, `No annotation with id ${id}`);
    }
    const rightIds = current.rightIds.includes(rightId)
      ? current.rightIds.filter((r) => r !== rightId)
      : [...current.rightIds, rightId];
    return updateAnnotation(db, id, { rightIds }, env);
  });
}

/** Marks an annotation deleted; restoreAnnotation undoes it. */
export async function deleteAnnotation(
  db: RightsmarkDatabase,
  id: string,
  env: Environment = systemEnvironment,
): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (current && current.deletedAt === null)
      await db.annotations.put({ ...current, deletedAt: env.now() });
  });
}

export async function restoreAnnotation(db: RightsmarkDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (current && current.deletedAt !== null)
      await db.annotations.put({ ...current, deletedAt: null });
  });
}

/** A document's live annotations in reading order (by start, then longer first). */
export async function annotationsOf(db: RightsmarkDatabase, docId: string): Promise<Annotation[]> {
  const rows = await db.annotations
    .where('docId')
    .equals(docId)
    .filter((a) => a.deletedAt === null)
    .toArray();
  return rows.sort(
    (a, b) =>
      a.position.start - b.position.start ||
      b.position.end - a.position.end ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

/** Every live annotation of every live document. */
export async function allAnnotations(db: RightsmarkDatabase): Promise<Annotation[]> {
  const liveDocs = new Set(await db.documents.filter((d) => d.deletedAt === null).primaryKeys());
  return db.annotations.filter((a) => a.deletedAt === null && liveDocs.has(a.docId)).toArray();
}

/**
 * The analyst confirms a re-anchored passage: its quote and context are taken afresh from the
 * current text at its current position, and it counts as anchored again.
 */
export async function confirmAnchor(
  db: RightsmarkDatabase,
  id: string,
  documentText: string,
  env: Environment = systemEnvironment,
): Promise<void> {
  await db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current || current.status !== 'reanchored') return;
    const { quote, position } = describeRange(
      documentText,
      current.position.start,
      current.position.end,
    );
    await db.annotations.put({
      ...current,
      quote,
      position,
      status: 'anchored',
      modifiedAt: env.now(),
    });
  });
}

/**
 * The live annotation covering exactly these offsets in a document, if any. Looked up in the
 * database, not in a view's copy, so quick successive tags on one passage never create two.
 */
export async function annotationAtPosition(
  db: RightsmarkDatabase,
  docId: string,
  start: number,
  end: number,
): Promise<Annotation | undefined> {
  return db.annotations
    .where('docId')
    .equals(docId)
    .filter((a) => a.deletedAt === null && coversExactly(a, { start, end }))
    .first();
}

/** The live, anchored annotations carrying a right (what search's right filter keeps). */
export async function anchoredWithRight(
  db: RightsmarkDatabase,
  rightId: string,
): Promise<Annotation[]> {
  return db.annotations
    .where('rightIds')
    .equals(rightId)
    .filter((a) => a.deletedAt === null && a.status !== 'orphaned')
    .toArray();
}

/** A string that changes whenever an annotation carrying the right is added, edited or deleted. */
export async function rightPassagesVersion(
  db: RightsmarkDatabase,
  rightId: string,
): Promise<string> {
  const rows = await db.annotations.where('rightIds').equals(rightId).toArray();
  return rows.map((a) => `${a.id}:${a.modifiedAt}:${a.deletedAt ?? ''}`).join(' ');
}

/**
 * Tags a passage with a right, or untags it when its annotation already has that right; the
 * first tag creates the annotation from `draft` (with that right). One transaction, so quick
 * successive tags on one passage never create two annotations.
 */
export async function tagPassageWithRight(
  db: RightsmarkDatabase,
  draft: Omit<NewAnnotation, 'rightIds'>,
  rightId: string,
  env: Environment = systemEnvironment,
): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const { start, end } = draft.position;
    const existing = await annotationAtPosition(db, draft.docId, start, end);
    if (existing) return toggleAnnotationRight(db, existing.id, rightId, env);
    return addAnnotation(db, { ...draft, rightIds: [rightId] }, env);
  });
}

/** The passage's annotation, created from `draft` without rights if it has none yet. */
export async function passageAnnotation(
  db: RightsmarkDatabase,
  draft: Omit<NewAnnotation, 'rightIds'>,
  env: Environment = systemEnvironment,
): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const { start, end } = draft.position;
    const existing = await annotationAtPosition(db, draft.docId, start, end);
    return existing ?? addAnnotation(db, { ...draft, rightIds: [] }, env);
  });
}

/**
 * The live annotations of the given documents, grouped by the block each starts in
 * ("docId\u0000blockIndex" → ids in reading order): what search results can add to collections.
 */
export async function annotationIdsByBlock(
  db: RightsmarkDatabase,
  docIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await db.annotations
    .where('docId')
    .anyOf([...docIds])
    .filter((a) => a.deletedAt === null && a.status !== 'orphaned')
    .toArray();
  rows.sort((a, b) => a.position.start - b.position.start);
  const byBlock = new Map<string, string[]>();
  for (const row of rows) {
    const key = blockKey(row.docId, row.blockIndex);
    byBlock.set(key, [...(byBlock.get(key) ?? []), row.id]);
  }
  return byBlock;
}

/** The key annotationIdsByBlock groups by. */
export function blockKey(docId: string, blockIndex: number): string {
  return `${docId}\u0000${blockIndex}`;
}
