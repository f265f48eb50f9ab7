/**
 * How an exported excerpt is cited: its place ("OP 5–7", "Art. 19(3)", "¶ 14") and its pages
 * ("p. 4", "pp. 4–5"), by the one citation rule of `shared/structure`.
 */
import { placeBlocks, type ParsedBlock } from '../model/document';
import type { TextPositionSelector } from '../model/annotation';
import { documentCiter, type DocumentCiter, type PassageCitation } from '../structure/cite-passage';

/**
 * Citers for the documents whose blocks an export was given, made once per document (each
 * counts the document's paragraphs).
 */
export function citersFor(
  blocks: ReadonlyMap<string, readonly ParsedBlock[]>,
): (docId: string) => DocumentCiter | null {
  const made = new Map<string, DocumentCiter>();
  return (docId) => {
    const cached = made.get(docId);
    if (cached !== undefined) return cached;
    const docBlocks = blocks.get(docId);
    if (docBlocks === undefined || docBlocks.length === 0) return null;
    const citer = documentCiter(placeBlocks(docId, docBlocks));
    made.set(docId, citer);
    return citer;
  };
}

/**
 * The citation of an excerpt at `position` whose passage starts in block `blockIndex`: by its
 * document's blocks when they were given, else by the starting block's number alone ("¶ n").
 */
export function citeExcerpt(
  citer: DocumentCiter | null,
  annotation: { readonly blockIndex: number; readonly position: TextPositionSelector },
): PassageCitation {
  if (citer !== null) return citer.passage(annotation.position);
  return { place: `¶ ${annotation.blockIndex + 1}`, pages: null, own: false };
}
