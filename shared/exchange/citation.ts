/** How an exported excerpt is cited: its place ("OP 5", "¶ 14") and page, from its block. */
import { paragraphNumber } from '../model/document';
import { formatRef } from '../structure/structural-ref';
import type { ExportedExcerpt } from './export-input';

/**
 * Where the excerpt starts: the document's own numbering ("OP 5", "Art. 19(3)") when its block
 * has one, else "¶ n".
 */
export function paragraphLabel(excerpt: Pick<ExportedExcerpt, 'annotation' | 'block'>): string {
  if (excerpt.block?.ref !== undefined) return formatRef(excerpt.block.ref);
  return `¶ ${paragraphNumber({ index: excerpt.annotation.blockIndex })}`;
}

/** The source page (PDF imports), or null. */
export function pageOf(excerpt: Pick<ExportedExcerpt, 'block'>): number | null {
  return excerpt.block?.page ?? null;
}
