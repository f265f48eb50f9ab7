/**
 * Citations of stored excerpts, read from their documents' blocks by the one citation rule
 * (`shared/structure`): "Art. 19(2)–(3)", "OP 5", "¶ 4", with pages for PDFs.
 */
import type { Annotation } from '../../shared/model';
import {
  citationLabel,
  documentCiter,
  type DocumentCiter,
  type PassageCitation,
} from '../../shared/structure';
import type { RightsmarkDatabase } from './database';
import { getBlocksOf } from './documents-repo';

/** An excerpt's citation: by its passage, or by the block it started in when orphaned. */
export function citeAnnotation(
  citer: DocumentCiter,
  annotation: Pick<Annotation, 'status' | 'blockIndex' | 'position'>,
): PassageCitation {
  // An orphan's offsets point into an older text of its document.
  return annotation.status === 'orphaned'
    ? citer.blocks(annotation.blockIndex)
    : citer.passage(annotation.position);
}

/**
 * Each annotation's citation as one line ("OP 5–7, p. 3"), by annotation id. Reads the blocks
 * of the annotations' documents; call it inside a transaction that includes `db.blocks`.
 */
export async function citationsOf(
  db: RightsmarkDatabase,
  annotations: readonly Annotation[],
): Promise<Map<string, string>> {
  const blocks = await getBlocksOf(db, new Set(annotations.map((a) => a.docId)));
  const citers = new Map<string, DocumentCiter>();
  const out = new Map<string, string>();
  for (const annotation of annotations) {
    const docBlocks = blocks.get(annotation.docId) ?? [];
    if (docBlocks.length === 0) continue;
    let citer = citers.get(annotation.docId);
    if (citer === undefined) {
      citer = documentCiter(docBlocks);
      citers.set(annotation.docId, citer);
    }
    out.set(annotation.id, citationLabel(citeAnnotation(citer, annotation)));
  }
  return out;
}

/**
 * How each block of the given documents is cited ("Art. 19(3)", "OP 5", "¶ 4"; null for a
 * heading or navigation line), by document id: what lists of blocks (search results) show.
 */
export async function blockCitationsOf(
  db: RightsmarkDatabase,
  docIds: Iterable<string>,
): Promise<Map<string, (string | null)[]>> {
  const blocks = await getBlocksOf(db, docIds);
  const out = new Map<string, (string | null)[]>();
  for (const [docId, docBlocks] of blocks) {
    const citer = documentCiter(docBlocks);
    out.set(
      docId,
      docBlocks.map((_, index) => citer.blocks(index).place),
    );
  }
  return out;
}
