/**
 * Excerpt collections: create, rename, delete with undo; add, remove, reorder and comment on
 * excerpts; smart collections (a saved filter, evaluated on every read so they stay current);
 * and the reads the collection views and exports need, each in one read transaction.
 */
import {
  COLLECTION_BRIEFING_FIELDS,
  type Annotation,
  type Collection,
  type CollectionBriefing,
  type CollectionBriefingField,
  type CollectionItem,
  type ExcerptFilter,
  type LibraryDocument,
  type Right,
  type StoredBlock,
} from '../../shared/model';
import type { ExportInput } from '../../shared/exchange';
import { smartExcerpts } from '../../shared/model/smart-filter';
import { citationsOf } from './citations-repo';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';
import { getBlocksOf } from './documents-repo';
import { systemEnvironment, type Environment } from '../platform/environment';

/** What a new collection is made from; a `filter` makes it a smart collection. */
export interface NewCollection {
  readonly name: string;
  readonly description?: string;
  readonly filter?: ExcerptFilter | null;
}

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw new LibraryError('collection-name-empty', {}, 'Empty collection name');
  return trimmed;
}

export async function createCollection(
  db: RightsmarkDatabase,
  input: NewCollection,
  env: Environment = systemEnvironment,
): Promise<Collection> {
  const now = env.now();
  const collection: Collection = {
    id: env.newId(),
    name: cleanName(input.name),
    description: input.description?.trim() ?? '',
    items: [],
    filter: input.filter ?? null,
    createdAt: now,
    modifiedAt: now,
    deletedAt: null,
  };
  await db.collections.add(collection);
  return collection;
}

/**
 * Reads, changes and writes one live collection in a transaction, stamping modifiedAt. `change`
 * returns null to leave it as it is.
 */
async function changeCollection<T>(
  db: RightsmarkDatabase,
  id: string,
  env: Environment,
  change: (current: Collection) => { next: Collection; result: T } | null,
  fallback: T,
): Promise<T> {
  return db.transaction('rw', db.collections, async () => {
    const current = await db.collections.get(id);
    if (!current || current.deletedAt !== null) {
      throw new LibraryError('missing', { kind: 'collection' }, `No collection with id ${id}`);
    }
    const changed = change(current);
    if (changed === null) return fallback;
    await db.collections.put({ ...changed.next, modifiedAt: env.now() });
    return changed.result;
  });
}

export type CollectionDetails = Partial<Pick<Collection, 'name' | 'description'>>;

/** Renames a collection or changes its description. */
export async function updateCollectionDetails(
  db: RightsmarkDatabase,
  id: string,
  details: CollectionDetails,
  env: Environment = systemEnvironment,
): Promise<void> {
  const name = details.name === undefined ? undefined : cleanName(details.name);
  const description = details.description?.trim();
  await changeCollection(
    db,
    id,
    env,
    (current) => {
      const next = {
        ...current,
        name: name ?? current.name,
        description: description ?? current.description,
      };
      return next.name === current.name && next.description === current.description
        ? null
        : { next, result: undefined };
    },
    undefined,
  );
}

/**
 * Remembers what the analyst wrote for this collection's briefings (the argument and the
 * cover's details), stamping when; writes nothing when the text is as stored. A collection
 * that never had any and is given only empty fields stays without.
 */
export async function saveCollectionBriefing(
  db: RightsmarkDatabase,
  id: string,
  fields: Readonly<Record<CollectionBriefingField, string>>,
  env: Environment = systemEnvironment,
): Promise<void> {
  await changeCollection(
    db,
    id,
    env,
    (current) => {
      const stored = current.briefing;
      const same = COLLECTION_BRIEFING_FIELDS.every(
        (field) => (stored?.[field] ?? '') === fields[field],
      );
      if (same) return null;
      const briefing: CollectionBriefing = {
        documentType: fields.documentType,
        reference: fields.reference,
        cutOffDate: fields.cutOffDate,
        summary: fields.summary,
        findings: fields.findings,
        recommendations: fields.recommendations,
        modifiedAt: env.now(),
      };
      return { next: { ...current, briefing }, result: undefined };
    },
    undefined,
  );
}

/** Marks a collection deleted; restoreCollection undoes it. */
export async function deleteCollection(
  db: RightsmarkDatabase,
  id: string,
  env: Environment = systemEnvironment,
): Promise<void> {
  await db.transaction('rw', db.collections, async () => {
    const current = await db.collections.get(id);
    if (current && current.deletedAt === null) {
      await db.collections.put({ ...current, deletedAt: env.now() });
    }
  });
}

export async function restoreCollection(db: RightsmarkDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.collections, async () => {
    const current = await db.collections.get(id);
    if (current && current.deletedAt !== null) {
      await db.collections.put({ ...current, deletedAt: null });
    }
  });
}

/**
 * Appends excerpts to a collection in the order given, skipping those already in it (and
 * repeats). Resolves to how many were added. Smart collections take no items.
 */
export async function addToCollection(
  db: RightsmarkDatabase,
  id: string,
  annotationIds: readonly string[],
  env: Environment = systemEnvironment,
): Promise<number> {
  return changeCollection(
    db,
    id,
    env,
    (current) => {
      if (current.filter !== null) {
        throw new LibraryError('smart-collection-items', {}, `Collection ${id} is smart`);
      }
      const present = new Set(current.items.map((i) => i.annotationId));
      const added: CollectionItem[] = [];
      for (const annotationId of annotationIds) {
        if (present.has(annotationId)) continue;
        present.add(annotationId);
        added.push({ annotationId, comment: '' });
      }
      return added.length === 0
        ? null
        : { next: { ...current, items: [...current.items, ...added] }, result: added.length };
    },
    0,
  );
}

/** What removeFromCollection took out, so the removal can be undone in place. */
export interface RemovedItem {
  readonly item: CollectionItem;
  readonly index: number;
}

/** Removes one excerpt from a collection; resolves to what was removed (null if it was absent). */
export async function removeFromCollection(
  db: RightsmarkDatabase,
  id: string,
  annotationId: string,
  env: Environment = systemEnvironment,
): Promise<RemovedItem | null> {
  return changeCollection<RemovedItem | null>(
    db,
    id,
    env,
    (current) => {
      const index = current.items.findIndex((i) => i.annotationId === annotationId);
      const item = current.items[index];
      if (item === undefined) return null;
      return {
        next: { ...current, items: current.items.filter((_, i) => i !== index) },
        result: { item, index },
      };
    },
    null,
  );
}

/** Puts a removed item back at its old place (the undo of removeFromCollection). */
export async function restoreCollectionItem(
  db: RightsmarkDatabase,
  id: string,
  removed: RemovedItem,
  env: Environment = systemEnvironment,
): Promise<void> {
  await changeCollection(
    db,
    id,
    env,
    (current) => {
      if (current.items.some((i) => i.annotationId === removed.item.annotationId)) return null;
      const items = [...current.items];
      items.splice(Math.min(removed.index, items.length), 0, removed.item);
      return { next: { ...current, items }, result: undefined };
    },
    undefined,
  );
}

/**
 * Moves an excerpt to position `toIndex` (0-based, clamped to the list), shifting the others.
 * Resolves to its new index, or -1 when it is not in the collection.
 */
export async function moveCollectionItem(
  db: RightsmarkDatabase,
  id: string,
  annotationId: string,
  toIndex: number,
  env: Environment = systemEnvironment,
): Promise<number> {
  let position = -1;
  await changeCollection(
    db,
    id,
    env,
    (current) => {
      const from = current.items.findIndex((i) => i.annotationId === annotationId);
      const item = current.items[from];
      position = from;
      if (item === undefined) return null;
      const to = Math.max(0, Math.min(current.items.length - 1, Math.trunc(toIndex)));
      if (to === from) return null;
      const items = current.items.filter((_, i) => i !== from);
      items.splice(to, 0, item);
      position = to;
      return { next: { ...current, items }, result: undefined };
    },
    undefined,
  );
  return position;
}

/**
 * Moves an excerpt `step` places up (negative) or down from wherever it is now, so quick
 * repeated moves (a held Alt+↓) each count from the stored order. Resolves to its new index.
 */
export async function shiftCollectionItem(
  db: RightsmarkDatabase,
  id: string,
  annotationId: string,
  step: number,
  env: Environment = systemEnvironment,
): Promise<number> {
  return db.transaction('rw', db.collections, async () => {
    const current = await db.collections.get(id);
    const from = current?.items.findIndex((i) => i.annotationId === annotationId) ?? -1;
    if (from < 0) return -1;
    return moveCollectionItem(db, id, annotationId, from + step, env);
  });
}

/** Sets the collection's briefing-specific comment on one of its excerpts. */
export async function setItemComment(
  db: RightsmarkDatabase,
  id: string,
  annotationId: string,
  comment: string,
  env: Environment = systemEnvironment,
): Promise<void> {
  await changeCollection(
    db,
    id,
    env,
    (current) => {
      const index = current.items.findIndex((i) => i.annotationId === annotationId);
      const item = current.items[index];
      if (item === undefined || item.comment === comment) return null;
      const items = current.items.map((i, at) => (at === index ? { ...i, comment } : i));
      return { next: { ...current, items }, result: undefined };
    },
    undefined,
  );
}

/** Replaces a smart collection's filter. */
export async function updateSmartFilter(
  db: RightsmarkDatabase,
  id: string,
  filter: ExcerptFilter,
  env: Environment = systemEnvironment,
): Promise<void> {
  await changeCollection(
    db,
    id,
    env,
    (current) => {
      if (current.filter === null) {
        throw new LibraryError('not-smart-collection', {}, `Collection ${id} is ordered`);
      }
      return { next: { ...current, filter }, result: undefined };
    },
    undefined,
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A live collection with how many live excerpts it holds now (a smart one: matches now). */
export interface CollectionSummary {
  readonly collection: Collection;
  readonly excerptCount: number;
  /** Excerpts it holds whose excerpt or document is in the Trash (not in excerptCount). */
  readonly inTrashCount: number;
}

/** Why an excerpt a collection holds is not in it now: it, or its document, is in the Trash. */
export type TrashedReason = 'excerpt-in-trash' | 'document-in-trash';

/** The Trash state of one excerpt: null when it and its document are live. */
export function trashedReason(
  annotation: Annotation,
  document: Pick<LibraryDocument, 'deletedAt'> | null | undefined,
): TrashedReason | null {
  if (annotation.deletedAt !== null) return 'excerpt-in-trash';
  if (document && document.deletedAt !== null) return 'document-in-trash';
  return null;
}

/**
 * The excerpts a collection holds now, in its order: its items whose excerpt row still exists
 * (in the Trash or not), or a smart one's current live matches.
 */
function excerptsOf(
  collection: Collection,
  annotations: readonly Annotation[],
  documents: readonly LibraryDocument[],
): { annotation: Annotation; comment: string }[] {
  if (collection.filter !== null) {
    return smartExcerpts(
      annotations.filter((a) => a.deletedAt === null),
      documents,
      collection.filter,
    ).map((annotation) => ({ annotation, comment: '' }));
  }
  const byId = new Map(annotations.map((a) => [a.id, a]));
  return collection.items.flatMap((item) => {
    const annotation = byId.get(item.annotationId);
    return annotation ? [{ annotation, comment: item.comment }] : [];
  });
}

/**
 * The annotations and documents the given collections need: every annotation their items
 * name (deleted ones too, to show them as in the Trash), every live one when a smart
 * collection is among them, and every document.
 */
async function annotationsAndDocumentsFor(
  db: RightsmarkDatabase,
  collections: readonly Collection[],
): Promise<{ annotations: Annotation[]; documents: LibraryDocument[] }> {
  const named = [...new Set(collections.flatMap((c) => c.items.map((i) => i.annotationId)))];
  const needsAll = collections.some((c) => c.filter !== null);
  const [listed, documents] = await Promise.all([
    needsAll ? db.annotations.toArray() : db.annotations.bulkGet(named),
    db.documents.toArray(),
  ]);
  return {
    annotations: listed.filter((a): a is Annotation => a !== undefined),
    documents,
  };
}

/** Every live collection, by name, with its current number of excerpts. */
export async function listCollections(db: RightsmarkDatabase): Promise<CollectionSummary[]> {
  return db.transaction('r', [db.collections, db.annotations, db.documents], async () => {
    const collections = await db.collections.filter((c) => c.deletedAt === null).toArray();
    const { annotations, documents } = await annotationsAndDocumentsFor(db, collections);
    const docs = new Map(documents.map((d) => [d.id, d]));
    return collections
      .map((collection) => {
        const held = excerptsOf(collection, annotations, documents);
        const inTrash = held.filter(
          ({ annotation }) => trashedReason(annotation, docs.get(annotation.docId)) !== null,
        ).length;
        return { collection, excerptCount: held.length - inTrash, inTrashCount: inTrash };
      })
      .sort(
        (a, b) =>
          collator.compare(a.collection.name, b.collection.name) ||
          a.collection.id.localeCompare(b.collection.id),
      );
  });
}

/** One excerpt as a collection view shows it. */
export interface CollectionEntry {
  readonly annotation: Annotation;
  /** The collection's comment on it ('' for none, and always for smart collections). */
  readonly comment: string;
  /** Its document; null when the document is not in the library (an unresolved import). */
  readonly document: LibraryDocument | null;
  /** Set when the excerpt, or its document, is in the Trash: shown as such, with a restore. */
  readonly trashed: TrashedReason | null;
  /** The block it starts in (for "¶ n" and, from PDFs, "p. n"), when known. */
  readonly block: StoredBlock | null;
  /** How it is cited ("Art. 19(2)–(3), p. 4", "¶ 4"); null when its document is not here. */
  readonly citation: string | null;
}

/** What a collection view reads: the collection, its excerpts in order, the rights. */
export interface CollectionContents {
  readonly collection: Collection;
  readonly entries: readonly CollectionEntry[];
  /**
   * Items whose excerpt is no longer in the library at all (emptied from the Trash); kept, so
   * a merge restore of a backup that holds it brings it back in place.
   */
  readonly missingCount: number;
  readonly rights: readonly Right[];
  /** Live documents, for a smart collection's filter editor. */
  readonly documents: readonly Pick<LibraryDocument, 'id' | 'title' | 'year'>[];
}

/** A live collection with its excerpts, in one read transaction; undefined when absent or deleted. */
export async function loadCollection(
  db: RightsmarkDatabase,
  id: string,
): Promise<CollectionContents | undefined> {
  return db.transaction(
    'r',
    [db.collections, db.annotations, db.documents, db.blocks, db.rights],
    async () => {
      const collection = await db.collections.get(id);
      if (!collection || collection.deletedAt !== null) return undefined;
      const [{ annotations, documents }, rights] = await Promise.all([
        annotationsAndDocumentsFor(db, [collection]),
        db.rights.orderBy('order').toArray(),
      ]);
      const chosen = excerptsOf(collection, annotations, documents);
      const docs = new Map(documents.map((d) => [d.id, d]));
      const blocks = await db.blocks.bulkGet(
        chosen.map(({ annotation }) => [annotation.docId, annotation.blockIndex]),
      );
      const citations = await citationsOf(
        db,
        chosen.map(({ annotation }) => annotation),
      );
      return {
        collection,
        entries: chosen.map(({ annotation, comment }, index) => {
          const document = docs.get(annotation.docId) ?? null;
          return {
            annotation,
            comment,
            document,
            block: blocks[index] ?? null,
            citation: citations.get(annotation.id) ?? null,
            trashed: trashedReason(annotation, document),
          };
        }),
        missingCount: collection.filter === null ? collection.items.length - chosen.length : 0,
        rights,
        documents: documents
          .filter((d) => d.deletedAt === null)
          .map((d) => ({ id: d.id, title: d.title, year: d.year }))
          .sort((a, b) => collator.compare(a.title, b.title)),
      };
    },
  );
}

/** An excerpt a collection holds that an export or briefing leaves out, and why. */
export interface LeftOutExcerpt {
  readonly annotationId: string;
  readonly quote: string;
  readonly reason: TrashedReason;
  /** The excerpt's document, to name it and to restore it in one click. */
  readonly docId: string;
  readonly documentTitle: string | null;
}

/** What the exporters read, with the excerpts left out because they are in the Trash. */
export type GatheredExport = ExportInput & { readonly leftOut: readonly LeftOutExcerpt[] };

/**
 * Everything the exporters need for one collection, read in one transaction so the parts
 * agree: its live excerpts of live documents (a smart collection's current matches, in
 * order), their documents with their blocks, and every live right. Excerpts whose document
 * is not in the library (imported passages that could not be placed) are left out silently:
 * no format can cite them. Excerpts in the Trash, or whose document is, are left out and
 * listed in `leftOut`, so the analyst is told and can restore them.
 *
 * @throws Error when the collection does not exist or is deleted.
 */
export async function gatherExportInput(
  db: RightsmarkDatabase,
  id: string,
): Promise<GatheredExport> {
  return db.transaction(
    'r',
    [db.collections, db.annotations, db.documents, db.blocks, db.rights, db.documentNotes],
    async () => {
      const collection = await db.collections.get(id);
      if (!collection || collection.deletedAt !== null) {
        throw new LibraryError('missing', { kind: 'collection' }, `No collection with id ${id}`);
      }
      const [{ annotations, documents }, rights] = await Promise.all([
        annotationsAndDocumentsFor(db, [collection]),
        db.rights.toArray(),
      ]);
      const docs = new Map(documents.map((d) => [d.id, d]));
      const held = excerptsOf(collection, annotations, documents)
        .map((e) => e.annotation)
        .filter((a) => docs.has(a.docId));
      const chosen: Annotation[] = [];
      const leftOut: LeftOutExcerpt[] = [];
      for (const annotation of held) {
        const document = docs.get(annotation.docId);
        const reason = trashedReason(annotation, document);
        if (reason === null) chosen.push(annotation);
        else
          leftOut.push({
            annotationId: annotation.id,
            quote: annotation.quote.exact,
            reason,
            docId: annotation.docId,
            documentTitle: document?.title ?? null,
          });
      }
      const docIds = [...new Set(chosen.map((a) => a.docId))];
      const blocks = await getBlocksOf(db, docIds);
      // The notes on the quoted documents: disclosure decides which of them leave.
      const documentNotes = await db.documentNotes
        .where('docId')
        .anyOf(docIds)
        .filter((note) => note.deletedAt === null)
        .toArray();
      return {
        collection,
        annotations: chosen,
        documents: docIds.flatMap((d) => docs.get(d) ?? []),
        blocks,
        rights: rights.filter((r) => (r.deletedAt ?? null) === null),
        documentNotes,
        leftOut,
      };
    },
  );
}
