/**
 * Replacing a document with a changed version of itself: new text and blocks, and every
 * annotation re-anchored in the new text. What cannot be found is kept as an orphan with its
 * quote and note; nothing the analyst wrote is dropped.
 */
import { blockIndexAt, reanchorAll } from '../../shared/anchoring';
import {
  countWords,
  documentText,
  placeBlocks,
  type Annotation,
  type DocumentFormat,
  type DocumentMeta,
  type LibraryDocument,
  type ParsedBlock,
  type StoredBlock,
} from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import { LibraryError } from './library-error';
import { systemEnvironment, type Environment } from '../platform/environment';
import { sha256Hex } from './hash';
import { originalOf } from './documents-repo';

export interface NewVersion {
  readonly blocks: readonly ParsedBlock[];
  readonly sourceName: string;
  readonly sourceSize: number;
  /** The new source's format, when known (a PDF replaced by its DOCX is a DOCX now). */
  readonly format?: DocumentFormat;
  /** The new source file's bytes: a PDF's are kept for its pages, replacing the old file's. */
  readonly sourceBytes?: Uint8Array;
  /** Metadata from the new source; fields left undefined keep the analyst's values. */
  readonly meta?: Partial<DocumentMeta>;
}

/** How the document's annotations fared in the new version. */
export interface ReanchorReport {
  readonly exact: number;
  readonly moved: number;
  readonly fuzzy: number;
  readonly orphaned: number;
}

/**
 * Replaces the document's text with a new version in one transaction and re-anchors its
 * annotations. Re-anchoring runs before the transaction opens (it is pure computation); the
 * transaction then checks the document did not change meanwhile.
 */
export async function replaceDocumentVersion(
  db: RightsmarkDatabase,
  docId: string,
  version: NewVersion,
  env: Environment = systemEnvironment,
): Promise<ReanchorReport> {
  const before = await db.documents.get(docId);
  if (!before) {
    throw new LibraryError('missing', { kind: 'document' }, `No document with id ${docId}`);
  }
  const annotations = await db.annotations.where('docId').equals(docId).toArray();

  const blocks = placeBlocks(docId, version.blocks);
  const text = documentText(blocks);
  const contentHash = await sha256Hex(text);
  const results = reanchorAll(text, annotations);
  const now = env.now();
  const report = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };

  const updated: Annotation[] = annotations.map((annotation, i) => {
    const result = results[i]!;
    if (result.status === 'orphaned') {
      report.orphaned += 1;
      return { ...annotation, status: 'orphaned', modifiedAt: now };
    }
    if (result.how === 'position') report.exact += 1;
    else if (result.how === 'quote') report.moved += 1;
    else report.fuzzy += 1;
    const unchanged = result.how === 'position' && annotation.status === 'anchored';
    return unchanged
      ? annotation
      : {
          ...annotation,
          // Moved passages wait for the analyst to confirm them; the original quote is kept
          // until then, so they can see what was selected.
          status: result.how === 'position' ? annotation.status : 'reanchored',
          position: { type: 'TextPositionSelector', start: result.start, end: result.end },
          blockIndex: Math.max(0, blockIndexAt(blocks, result.start)),
          modifiedAt: now,
        };
  });

  const after: LibraryDocument = {
    ...before,
    ...Object.fromEntries(Object.entries(version.meta ?? {}).filter(([, v]) => v !== undefined)),
    format: version.format ?? before.format,
    sourceName: version.sourceName,
    sourceSize: version.sourceSize,
    contentHash,
    textLength: text.length,
    wordCount: countWords(text),
    blockCount: blocks.length,
    version: before.version + 1,
    modifiedAt: now,
  };

  // The old file's pages are not this text's: they go, and the new PDF (if it is one) comes.
  const original = originalOf(after, version.sourceBytes);

  await db.transaction('rw', [db.documents, db.blocks, db.annotations, db.originals], async () => {
    const current = await db.documents.get(docId);
    if (!current || current.modifiedAt !== before.modifiedAt) {
      throw new LibraryError('document-changed', {}, `Document ${docId} changed meanwhile`);
    }
    await db.blocks.where('docId').equals(docId).delete();
    await db.blocks.bulkAdd(blocks);
    await db.annotations.bulkPut(updated);
    await db.documents.put(after);
    await db.originals.delete(docId);
    if (original) await db.originals.put(original);
  });
  return report;
}

/** What replacing a document with a new version would do to its excerpts, before it is done. */
export interface ReplacePreview {
  readonly document: LibraryDocument;
  /** The current version's blocks, to compare with the new one. */
  readonly blocks: readonly StoredBlock[];
  /** Excerpts found word for word (where they were, or moved). */
  readonly unchanged: number;
  /** Excerpts found only on changed wording: the quote now, and what it becomes. */
  readonly reworded: readonly { readonly before: string; readonly after: string }[];
  /** Quotes of excerpts the new version no longer has (kept as orphans if replaced). */
  readonly lost: readonly string[];
}

/**
 * Previews replaceDocumentVersion without writing: the current version, and how its live
 * excerpts would be re-anchored in the new text (the same re-anchoring the replace runs).
 */
export async function previewDocumentVersion(
  db: RightsmarkDatabase,
  docId: string,
  newBlocks: readonly ParsedBlock[],
): Promise<ReplacePreview> {
  const [document, blocks, annotations] = await db.transaction(
    'r',
    [db.documents, db.blocks, db.annotations],
    () =>
      Promise.all([
        db.documents.get(docId),
        db.blocks.where('docId').equals(docId).sortBy('index'),
        db.annotations.where('docId').equals(docId).toArray(),
      ]),
  );
  if (!document) {
    throw new LibraryError('missing', { kind: 'document' }, `No document with id ${docId}`);
  }
  const live = annotations
    .filter((a) => a.deletedAt === null && a.status !== 'orphaned')
    .sort((a, b) => a.position.start - b.position.start);
  const text = documentText(placeBlocks(docId, newBlocks));
  const results = reanchorAll(text, live);
  let unchanged = 0;
  const reworded: { before: string; after: string }[] = [];
  const lost: string[] = [];
  live.forEach((annotation, i) => {
    const result = results[i];
    if (result === undefined || result.status === 'orphaned') lost.push(annotation.quote.exact);
    else if (result.how === 'fuzzy')
      reworded.push({
        before: annotation.quote.exact,
        after: text.slice(result.start, result.end),
      });
    else unchanged += 1;
  });
  return { document, blocks, unchanged, reworded, lost };
}
