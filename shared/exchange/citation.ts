/** How an exported excerpt is cited: its paragraph ("¶ 14") and page, from its block. */
import { paragraphNumber } from '../model/document';
import type { ExportedExcerpt } from './export-input';

/** "¶ n" for the block the excerpt starts in. */
export function paragraphLabel(excerpt: Pick<ExportedExcerpt, 'annotation'>): string {
  return `¶ ${paragraphNumber({ index: excerpt.annotation.blockIndex })}`;
}

/** The source page (PDF imports), or null. */
export function pageOf(excerpt: Pick<ExportedExcerpt, 'block'>): number | null {
  return excerpt.block?.page ?? null;
}
