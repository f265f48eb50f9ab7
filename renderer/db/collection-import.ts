/**
 * Importing a shared collection file: the library as merge planning reads it, the check of
 * every carried text against its claimed SHA-256, and applying a merge plan in ONE transaction
 * (documents, rights, excerpts with their provenance, the collection itself): all or nothing.
 */
import type { LibrarySnapshot, MergePlan, PlannedExcerpt } from '../../shared/exchange';
import { contentUuid } from '../../shared/exchange/content-uuid';
import {
  documentText,
  type Annotation,
  type Collection,
  type CollectionItem,
  type DocumentFormat,
  type Right,
  type StoredBlock,
} from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';
import {
  findByContentHash,
  getBlocksOf,
  prepareDocument,
  type PreparedDocument,
} from './documents-repo';
import { systemEnvironment, type Environment } from '../platform/environment';

/**
 * The receiver's library as `planMerge` reads it: live documents with their plain text, every
 * annotation (deleted ones too: an import must recognise them), every right. One read
 * transaction, so the parts agree.
 */
export async function loadLibrarySnapshot(db: RightsmarkDatabase): Promise<LibrarySnapshot> {
  return db.transaction('r', [db.documents, db.blocks, db.annotations, db.rights], async () => {
    const [documents, annotations, rights] = await Promise.all([
      db.documents.filter((d) => d.deletedAt === null).toArray(),
      db.annotations.toArray(),
      db.rights.toArray(),
    ]);
    const blocks = await getBlocksOf(
      db,
      documents.map((d) => d.id),
    );
    const texts = new Map([...blocks].map(([docId, rows]) => [docId, documentText(rows)]));
    return {
      documents: documents.map((d) => ({
        id: d.id,
        contentHash: d.contentHash,
        title: d.title,
        sourceName: d.sourceName,
        text: texts.get(d.id) ?? '',
      })),
      annotations,
      rights: rights.map((r) => ({ id: r.id, name: r.name })),
    };
  });
}

/** What the analyst chose for a right the library lacks. */
export type RightChoice =
  { readonly kind: 'existing'; readonly rightId: string } | { readonly kind: 'create' };

const FORMAT_BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

function formatOf(sourceName: string): DocumentFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(sourceName)?.[1]?.toLowerCase() ?? '';
  return FORMAT_BY_EXTENSION[extension] ?? 'text';
}

/**
 * Builds the rows for every document the file carries and checks each text's SHA-256 against
 * the hash the file claims. Hashing is not an IndexedDB operation, so it happens here, before
 * the write transaction opens.
 *
 * @throws LibraryError when a carried text does not match its claimed hash: the file
 *   would otherwise pass off a changed text as the original.
 */
export async function prepareCarriedDocuments(
  plan: MergePlan,
  env: Environment = systemEnvironment,
): Promise<Map<string, PreparedDocument>> {
  const prepared = new Map<string, PreparedDocument>();
  for (const carried of plan.documentsToAdd) {
    const { document } = carried;
    const title = document.title ?? document.sourceName ?? 'Untitled document';
    const sourceName = document.sourceName ?? `${title}.txt`;
    const result = await prepareDocument(
      {
        meta: {
          title,
          publisher: document.publisher,
          year: document.year,
          kind: document.kind,
          language: document.language,
        },
        format: formatOf(sourceName),
        sourceName,
        sourceSize: new TextEncoder().encode(carried.text).length,
        sampleKey: null,
        blocks: document.blocks ?? [],
      },
      env,
    );
    if (result.document.contentHash !== carried.contentHash.toLowerCase()) {
      throw new LibraryError(
        'fingerprint-mismatch',
        { fileName: plan.fileName, title },
        `${plan.fileName}: ${title}: SHA-256 mismatch`,
      );
    }
    prepared.set(carried.contentHash.toLowerCase(), result);
  }
  return prepared;
}

/** What an import wrote. */
export interface ImportResult {
  /** The collection the file's excerpts are in now. */
  readonly collectionId: string;
  readonly documentsAdded: number;
  readonly rightsCreated: number;
  /** Excerpts added or replaced (new, updated and conflict copies). */
  readonly excerptsWritten: number;
  /** False when the collection was already exactly as the file describes it. */
  readonly collectionChanged: boolean;
}

/** Colours for created rights whose file gives none, in turn. */
const NEW_RIGHT_COLORS = ['#8e44ad', '#d35400', '#16a085', '#c0392b', '#2c3e50', '#7f8c8d'];
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** The id an excerpt with no document is stored under: it names what the file said. */
export const UNRESOLVED_DOCUMENT_PREFIX = 'unresolved:';

function unresolvedDocId(planned: PlannedExcerpt): string {
  const ref = planned.incoming.docRef;
  return `${UNRESOLVED_DOCUMENT_PREFIX}${ref.contentHash ?? ref.uri ?? ref.title ?? ''}`;
}

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

function sameItems(a: readonly CollectionItem[], b: readonly CollectionItem[]): boolean {
  return (
    a.length === b.length &&
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
 * Applies a merge plan in one transaction: adds the carried documents (checked with
 * prepareCarriedDocuments first; a document with the same content added meanwhile is reused),
 * creates or maps the rights the library lacks (`rightChoices` by UnknownRight key; a right
 * with no choice is created), writes new, updated and conflict excerpts with their origin, and
 * creates or updates the collection with the file's name, description, order and comments
 * (items the analyst added here stay, after the file's). If anything fails, nothing is written.
 *
 * Applying the same file twice writes nothing the second time: its excerpts are planned as
 * present, and an unchanged collection is not rewritten.
 *
 * @throws LibraryError when a carried text does not match its hash, or a choice names a
 *   right that does not exist.
 */
export async function applyMergePlan(
  db: RightsmarkDatabase,
  plan: MergePlan,
  rightChoices: ReadonlyMap<string, RightChoice> = new Map(),
  env: Environment = systemEnvironment,
): Promise<ImportResult> {
  const prepared = await prepareCarriedDocuments(plan, env);
  const now = env.now();
  const origin = { fileName: plan.fileName, importedAt: now };

  return db.transaction(
    'rw',
    [db.documents, db.blocks, db.annotations, db.rights, db.collections],
    async (): Promise<ImportResult> => {
      // Documents the file carries.
      const docIdByHash = new Map<string, string>();
      const newDocuments = [];
      const newBlocks: StoredBlock[] = [];
      for (const [hash, doc] of prepared) {
        const existing = await findByContentHash(db, hash);
        if (existing) {
          docIdByHash.set(hash, existing.id);
          continue;
        }
        docIdByHash.set(hash, doc.document.id);
        newDocuments.push(doc.document);
        newBlocks.push(...doc.blocks);
      }
      await db.documents.bulkAdd(newDocuments);
      await db.blocks.bulkAdd(newBlocks);

      // Rights the library lacks: mapped or created.
      const rightByKey = new Map<string, string>();
      const newRights: Right[] = [];
      let order = (await db.rights.orderBy('order').last())?.order ?? 0;
      for (const unknown of plan.unknownRights) {
        const choice = rightChoices.get(unknown.key) ?? { kind: 'create' };
        if (choice.kind === 'existing') {
          if (!(await db.rights.get(choice.rightId))) {
            throw new LibraryError(
              'mapped-right-missing',
              { name: unknown.name },
              `Right ${choice.rightId} (for ${unknown.name}) is missing`,
            );
          }
          rightByKey.set(unknown.key, choice.rightId);
          continue;
        }
        const id =
          unknown.id !== null && !(await db.rights.get(unknown.id))
            ? unknown.id
            : `right:${env.newId()}`;
        order += 1;
        newRights.push({
          id,
          name: unknown.name.trim() || 'Unnamed right',
          description: unknown.description ?? '',
          legalBasis: unknown.legalBasis ?? '',
          color:
            unknown.color !== null && HEX_COLOR.test(unknown.color)
              ? unknown.color.toLowerCase()
              : (NEW_RIGHT_COLORS[newRights.length % NEW_RIGHT_COLORS.length] ?? '#7f8c8d'),
          order,
          builtIn: false,
          archived: false,
          createdAt: now,
          modifiedAt: now,
        });
        rightByKey.set(unknown.key, id);
      }
      await db.rights.bulkAdd(newRights);

      // Excerpts.
      const toWrite = plan.excerpts.filter(
        (e) => e.action === 'new' || e.action === 'updated' || e.action === 'conflict',
      );
      const locals = await db.annotations.bulkGet(toWrite.map((e) => e.id));
      const rows = toWrite.map((planned, index) => {
        const { document } = planned;
        const docId =
          document.kind === 'library'
            ? document.docId
            : document.kind === 'from-file'
              ? (docIdByHash.get(document.contentHash.toLowerCase()) ?? unresolvedDocId(planned))
              : unresolvedDocId(planned);
        const rightIds = [
          ...planned.rightIds,
          ...planned.unknownRightKeys.flatMap((key) => rightByKey.get(key) ?? []),
        ];
        return excerptRow(planned, docId, rightIds, locals[index], origin, now);
      });
      await db.annotations.bulkPut(rows);

      // The collection.
      const collectionId = collectionIdFor(plan);
      const fileItems = plan.excerpts.map((e) => ({
        annotationId: e.id,
        comment: e.incoming.comment,
      }));
      let existing = await db.collections.get(collectionId);
      // A smart collection with that id (exported from this library) keeps its filter: the
      // file's excerpts go to a collection of their own.
      let targetId = collectionId;
      if (existing && existing.filter !== null) {
        targetId = contentUuid(`import:${collectionId}`);
        existing = await db.collections.get(targetId);
      }
      let collectionChanged: boolean;
      if (existing) {
        const localComments = new Map(existing.items.map((i) => [i.annotationId, i.comment]));
        const conflictOf = new Map(plan.excerpts.map((e) => [e.id, e.conflictOf]));
        const items: CollectionItem[] = [];
        const placed = new Set<string>();
        const place = (item: CollectionItem) => {
          if (placed.has(item.annotationId)) return;
          placed.add(item.annotationId);
          items.push(item);
        };
        for (const item of fileItems) {
          // Ours goes just before its conflict copy, so the analyst sees both together.
          const ours = conflictOf.get(item.annotationId);
          if (ours && localComments.has(ours)) {
            place({ annotationId: ours, comment: localComments.get(ours) ?? '' });
          }
          const local = localComments.get(item.annotationId) ?? '';
          place({ ...item, comment: item.comment !== '' ? item.comment : local });
        }
        // Items the analyst added here stay, after the file's.
        for (const item of existing.items) place(item);
        const next: Collection = {
          ...existing,
          name: plan.collection.name?.trim() || existing.name,
          description: plan.collection.description,
          items,
          deletedAt: null,
        };
        collectionChanged =
          next.name !== existing.name ||
          next.description !== existing.description ||
          existing.deletedAt !== null ||
          !sameItems(items, existing.items);
        if (collectionChanged) await db.collections.put({ ...next, modifiedAt: now });
      } else {
        collectionChanged = true;
        await db.collections.add({
          id: targetId,
          name: plan.collection.name?.trim() || fileStem(plan.fileName),
          description: plan.collection.description,
          items: fileItems,
          filter: null,
          createdAt: now,
          modifiedAt: now,
          deletedAt: null,
        });
      }

      return {
        collectionId: targetId,
        documentsAdded: newDocuments.length,
        rightsCreated: newRights.length,
        excerptsWritten: rows.length,
        collectionChanged,
      };
    },
  );
}
