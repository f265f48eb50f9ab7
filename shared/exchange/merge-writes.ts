/**
 * Turns a merge plan into the rows an import writes: which carried documents to add, the rights
 * to create (or the existing ones the analyst mapped to), every excerpt row with its provenance,
 * the notes on whole documents, and the collection. Pure: the caller reads what this needs in its write transaction, writes
 * what it returns, and so keeps the import all or nothing.
 */
import type { Annotation } from '../model/annotation';
import type { Collection, CollectionItem } from '../model/collection';
import type { DocumentNote } from '../model/document-note';
import { isRightColour, newRightColour, type Right } from '../model/right';
import { contentUuid } from './content-uuid';
import type { DocumentMatch } from './locate-document';
import { mergeBriefing } from './merge-briefing';
import type { MergePlan, PlannedDocumentNote, PlannedExcerpt } from './merge-plan';
import type { DocumentRef } from './parsed-exchange';

/** What the analyst chose for a right the library lacks. */
export type RightChoice =
  { readonly kind: 'existing'; readonly rightId: string } | { readonly kind: 'create' };

/** The id an excerpt with no document is stored under: it names what the file said. */
export const UNRESOLVED_DOCUMENT_PREFIX = 'unresolved:';

/** What the library holds that the writes depend on, read inside the write transaction. */
export interface MergeReads {
  /**
   * Each document the file carries, by its lowercased SHA-256: the id of the live document
   * with that content already here (added since planning), else null.
   */
  readonly libraryDocIdByHash: ReadonlyMap<string, string | null>;
  /** The id each carried document's new row has (from preparing it), by lowercased SHA-256. */
  readonly preparedDocIdByHash: ReadonlyMap<string, string>;
  /** Every right's id, in the Trash or not. */
  readonly rightIds: ReadonlySet<string>;
  /** The largest `order` among the rights (0 without any): created rights go after it. */
  readonly lastRightOrder: number;
  /** The current rows of the excerpts the plan writes (new, updated, conflict), by id. */
  readonly annotations: ReadonlyMap<string, Annotation>;
  /** The collections at the ids `collectionTargets` names, by id. */
  readonly collections: ReadonlyMap<string, Collection>;
  /** The current rows of the document notes the plan writes (new, updated), by id. */
  readonly documentNotes?: ReadonlyMap<string, DocumentNote>;
}

/** What applying the plan writes; nothing at all when `refused` is set. */
export type MergeWrites =
  | {
      readonly refused: null;
      /** Lowercased hashes of the carried documents to add (the others are here already). */
      readonly documentsToAdd: readonly string[];
      readonly rightsToAdd: readonly Right[];
      readonly annotations: readonly Annotation[];
      /** Notes on whole documents to add or replace (Hypothesis page notes…). */
      readonly documentNotes: readonly DocumentNote[];
      /** The collection the excerpts are in now. */
      readonly collectionId: string;
      /** The collection row to write; null when it is already exactly as the file says. */
      readonly collection: Collection | null;
    }
  | {
      /** An unknown right was mapped to a right that has since left the library. */
      readonly refused: {
        readonly kind: 'mapped-right-missing';
        /** The right's name in the file. */
        readonly name: string;
        /** The right it was mapped to. */
        readonly rightId: string;
      };
    };

/** "notes.rightsmark.json" → "notes": the name of a collection from a file without one. */
export function fileStem(fileName: string): string {
  return fileName.replace(/\.(rightsmark\.json|json|pdf)$/i, '').trim() || fileName;
}

/** The id the imported collection gets here. */
function collectionIdFor(plan: MergePlan): string {
  if (plan.collection.id !== null) return plan.collection.id;
  // Foreign files name no collection: derive one from what they hold, so a second import of
  // the same file finds it instead of making another.
  return contentUuid(`collection:${plan.fileName}:${plan.excerpts.map((e) => e.id).join(',')}`);
}

/**
 * The ids of the collections the writes may land in, for the caller to read: the file's own,
 * and the one its excerpts go to when that id is a smart collection here (which keeps its filter).
 */
export function collectionTargets(plan: MergePlan): {
  readonly own: string;
  readonly apart: string;
} {
  const own = collectionIdFor(plan);
  return { own, apart: contentUuid(`import:${own}`) };
}

/** The excerpts the plan writes: new ones, updates, and conflict copies. */
export function excerptsToWrite(plan: MergePlan): readonly PlannedExcerpt[] {
  return plan.excerpts.filter(
    (e) => e.action === 'new' || e.action === 'updated' || e.action === 'conflict',
  );
}

/** The document notes the plan writes: new ones and updates. */
export function documentNotesToWrite(plan: MergePlan): readonly PlannedDocumentNote[] {
  return plan.documentNotes.filter((n) => n.action !== 'present');
}

function unresolvedDocId(ref: DocumentRef): string {
  return `${UNRESOLVED_DOCUMENT_PREFIX}${ref.contentHash ?? ref.uri ?? ref.title ?? ''}`;
}

/** The library id of a planned document, given the ids the carried documents get. */
function docIdOf(
  document: DocumentMatch,
  ref: DocumentRef,
  docIdByHash: ReadonlyMap<string, string>,
): string {
  if (document.kind === 'library') return document.docId;
  if (document.kind === 'from-file') {
    return docIdByHash.get(document.contentHash.toLowerCase()) ?? unresolvedDocId(ref);
  }
  return unresolvedDocId(ref);
}

/**
 * A document note's row: a new one with the file's author, dates and tags; an update takes the
 * file's text and keeps ours otherwise (a note deleted here after the file's edit stays deleted).
 */
function documentNoteRow(
  planned: PlannedDocumentNote,
  docId: string,
  local: DocumentNote | undefined,
  origin: NonNullable<DocumentNote['origin']>,
  now: string,
): DocumentNote {
  const { incoming } = planned;
  const modifiedAt = incoming.modified ?? incoming.created ?? now;
  if (planned.action === 'updated' && local !== undefined) {
    const keepDeleted = local.deletedAt !== null && local.deletedAt > modifiedAt;
    return {
      ...local,
      text: incoming.text,
      tags: [...incoming.tags],
      modifiedAt,
      deletedAt: keepDeleted ? local.deletedAt : null,
    };
  }
  return {
    id: incoming.id,
    docId,
    text: incoming.text,
    author: incoming.creator ?? '',
    tags: [...incoming.tags],
    createdAt: incoming.created ?? now,
    modifiedAt,
    deletedAt: null,
    origin,
  };
}

function sameItems(a: readonly CollectionItem[], b: readonly CollectionItem[]): boolean {
  return (
    a.length === b.length &&
    // Stryker disable next-line OptionalChaining: the lengths are equal, so b[i] is always there (`?.` is for noUncheckedIndexedAccess)
    a.every((item, i) => item.annotationId === b[i]?.annotationId && item.comment === b[i]?.comment)
  );
}

function excerptRow(
  planned: PlannedExcerpt,
  docId: string,
  rightIds: readonly string[],
  local: Annotation | undefined,
  origin: NonNullable<Annotation['origin']>,
  now: string,
): Annotation {
  const { incoming, anchoring } = planned;
  const found = anchoring.kind !== 'none';
  const modifiedAt = incoming.modified ?? incoming.created ?? now;
  const base = {
    docId,
    blockIndex: found ? anchoring.blockIndex : 0,
    quote: incoming.quote,
    position: found
      ? { type: 'TextPositionSelector' as const, start: anchoring.start, end: anchoring.end }
      : (incoming.position ?? { type: 'TextPositionSelector' as const, start: 0, end: 0 }),
    rightIds: [...new Set(rightIds)],
    status: anchoring.status,
    origin,
  };
  if (planned.action === 'updated' && local !== undefined) {
    // Last writer wins; a deletion here that came after the file's edit stays deleted.
    const keepDeleted = local.deletedAt !== null && local.deletedAt > modifiedAt;
    return {
      ...local,
      ...base,
      note: incoming.note ?? local.note,
      author: incoming.creator ?? local.author,
      modifiedAt,
      deletedAt: keepDeleted ? local.deletedAt : null,
    };
  }
  return {
    id: planned.id,
    ...base,
    note: incoming.note ?? '',
    author: incoming.creator ?? '',
    createdAt: incoming.created ?? now,
    modifiedAt,
    deletedAt: null,
    ...(planned.conflictOf === null ? {} : { conflictOf: planned.conflictOf }),
  };
}

/**
 * The rights the file names and the library lacks: each mapped to the analyst's choice, or
 * created (under the file's id when it is free here, in the file's colour when it is one).
 */
function resolveUnknownRights(
  plan: MergePlan,
  reads: MergeReads,
  choices: ReadonlyMap<string, RightChoice>,
  env: { readonly now: string; readonly newId: () => string },
):
  | { rightByKey: Map<string, string>; created: Right[]; missing: null }
  | { missing: { name: string; rightId: string } } {
  const rightByKey = new Map<string, string>();
  const created: Right[] = [];
  let order = reads.lastRightOrder;
  for (const unknown of plan.unknownRights) {
    // Without a choice, the right is created.
    const choice = choices.get(unknown.key);
    if (choice?.kind === 'existing') {
      if (!reads.rightIds.has(choice.rightId)) {
        return { missing: { name: unknown.name, rightId: choice.rightId } };
      }
      rightByKey.set(unknown.key, choice.rightId);
      continue;
    }
    const id =
      unknown.id !== null && !reads.rightIds.has(unknown.id) ? unknown.id : `right:${env.newId()}`;
    order += 1;
    created.push({
      id,
      name: unknown.name.trim() || 'Unnamed right',
      description: unknown.description ?? '',
      legalBasis: unknown.legalBasis ?? '',
      color: isRightColour(unknown.color)
        ? unknown.color.toLowerCase()
        : newRightColour(created.length),
      order,
      builtIn: false,
      archived: false,
      createdAt: env.now,
      modifiedAt: env.now,
    });
    rightByKey.set(unknown.key, id);
  }
  return { rightByKey, created, missing: null };
}

/**
 * The imported collection as it is to be written, or null when it is already exactly so. An
 * existing one takes the file's name, description, order and comments (a comment the file
 * leaves empty keeps ours) and merges the briefing's argument field by field (`mergeBriefing`); our excerpt goes just before its conflict copy; items the analyst
 * added here stay, after the file's. A deleted one comes back.
 */
function mergedCollection(
  plan: MergePlan,
  existing: Collection | undefined,
  targetId: string,
  now: string,
): Collection | null {
  const fileItems = plan.excerpts.map((e) => ({
    annotationId: e.id,
    comment: e.incoming.comment,
  }));
  const briefing = mergeBriefing(
    existing?.briefing,
    plan.collection.briefing,
    plan.collection.exportedAt,
  );
  if (!existing) {
    return {
      id: targetId,
      name: plan.collection.name?.trim() || fileStem(plan.fileName),
      description: plan.collection.description,
      items: fileItems,
      filter: null,
      createdAt: now,
      modifiedAt: now,
      deletedAt: null,
      ...(briefing === undefined ? {} : { briefing }),
    };
  }
  const ourItems = new Map(existing.items.map((i) => [i.annotationId, i]));
  const conflictOf = new Map(plan.excerpts.map((e) => [e.id, e.conflictOf]));
  const items: CollectionItem[] = [];
  const placed = new Set<string>();
  const place = (item: CollectionItem) => {
    if (placed.has(item.annotationId)) return;
    placed.add(item.annotationId);
    items.push(item);
  };
  for (const item of fileItems) {
    const ours = conflictOf.get(item.annotationId);
    const ourItem = ours ? ourItems.get(ours) : undefined;
    if (ourItem) place(ourItem);
    const local = ourItems.get(item.annotationId)?.comment ?? '';
    place({ ...item, comment: item.comment !== '' ? item.comment : local });
  }
  for (const item of existing.items) place(item);
  const name = plan.collection.name?.trim() || existing.name;
  const changed =
    name !== existing.name ||
    plan.collection.description !== existing.description ||
    existing.deletedAt !== null ||
    briefing !== existing.briefing ||
    !sameItems(items, existing.items);
  return changed
    ? {
        ...existing,
        name,
        description: plan.collection.description,
        items,
        deletedAt: null,
        modifiedAt: now,
        ...(briefing === undefined ? {} : { briefing }),
      }
    : null;
}

/**
 * Everything applying a merge plan writes, decided from the plan, the analyst's right choices
 * (by UnknownRight key; a right with no choice is created) and what the library holds now.
 * Applying the same file twice writes nothing the second time: its excerpts are planned as
 * present, and an unchanged collection is not rewritten.
 */
export function planMergeWrites(
  plan: MergePlan,
  reads: MergeReads,
  choices: ReadonlyMap<string, RightChoice>,
  env: { readonly now: string; readonly newId: () => string },
): MergeWrites {
  const rights = resolveUnknownRights(plan, reads, choices, env);
  if (rights.missing !== null) {
    return { refused: { kind: 'mapped-right-missing', ...rights.missing } };
  }

  // A document with the same content added since planning is reused.
  const docIdByHash = new Map<string, string>();
  const documentsToAdd: string[] = [];
  for (const [hash, newId] of reads.preparedDocIdByHash) {
    const existing = reads.libraryDocIdByHash.get(hash) ?? null;
    docIdByHash.set(hash, existing ?? newId);
    if (existing === null) documentsToAdd.push(hash);
  }

  const origin = { fileName: plan.fileName, importedAt: env.now };
  const annotations = excerptsToWrite(plan).map((planned) => {
    const docId = docIdOf(planned.document, planned.incoming.docRef, docIdByHash);
    const rightIds = [
      ...planned.rightIds,
      ...planned.unknownRightKeys.flatMap((key) => rights.rightByKey.get(key) ?? []),
    ];
    return excerptRow(planned, docId, rightIds, reads.annotations.get(planned.id), origin, env.now);
  });
  const documentNotes = documentNotesToWrite(plan).map((planned) =>
    documentNoteRow(
      planned,
      docIdOf(planned.document, planned.incoming.docRef, docIdByHash),
      reads.documentNotes?.get(planned.incoming.id),
      origin,
      env.now,
    ),
  );

  // A smart collection with the file's id (exported from this library) keeps its filter: the
  // file's excerpts go to a collection of their own.
  const targets = collectionTargets(plan);
  const own = reads.collections.get(targets.own);
  const collectionId = own && own.filter !== null ? targets.apart : targets.own;
  const collection = mergedCollection(
    plan,
    reads.collections.get(collectionId),
    collectionId,
    env.now,
  );

  return {
    refused: null,
    documentsToAdd,
    rightsToAdd: rights.created,
    annotations,
    documentNotes,
    collectionId,
    collection,
  };
}
