/**
 * Reads of the files documents were imported from (PDFs, for the reader's original pages).
 * They are written with their document (documents-repo, document-versions) and deleted with it
 * when it leaves the Trash for good (trash-repo).
 */
import type { DocumentOriginal } from '../../shared/model';
import type { RightsmarkDatabase } from './database';
import { originalOf } from './documents-repo';

/** What the reader can show of a document's original pages. */
export type OriginalState =
  /** The PDF it was imported from, matching its text. */
  | { readonly status: 'stored'; readonly original: DocumentOriginal }
  /** A PDF imported before its bytes were kept, or whose stored file no longer matches its text. */
  | { readonly status: 'missing' }
  /** Not imported from a PDF: there are no pages to show. */
  | { readonly status: 'not-pdf' };

/** The stored file of a document, if any. */
export async function getOriginal(
  db: RightsmarkDatabase,
  docId: string,
): Promise<DocumentOriginal | undefined> {
  return db.originals.get(docId);
}

/**
 * Whether the document's original pages can be shown. A stored file whose text is not the
 * document's any more (a backup restored another version's text) counts as missing: its pages
 * would not match what the reader shows.
 */
export async function originalState(
  db: RightsmarkDatabase,
  document: { readonly id: string; readonly format: string; readonly contentHash: string },
): Promise<OriginalState> {
  if (document.format !== 'pdf') return { status: 'not-pdf' };
  const original = await db.originals.get(document.id);
  return original && original.contentHash === document.contentHash
    ? { status: 'stored', original }
    : { status: 'missing' };
}

/**
 * Keeps a re-imported file for a document the library already has with this very text (a PDF
 * imported before files were kept, or whose file was lost in a restore): its pages can be shown
 * from now on. Replaces a stored file of the same text. Resolves to whether it was kept.
 */
export async function keepOriginal(
  db: RightsmarkDatabase,
  docId: string,
  bytes: Uint8Array,
  contentHash: string,
): Promise<boolean> {
  return db.transaction('rw', db.documents, db.originals, async () => {
    const document = await db.documents.get(docId);
    if (!document || document.contentHash !== contentHash) return false;
    const original = originalOf(document, bytes);
    if (!original) return false;
    await db.originals.put(original);
    return true;
  });
}
