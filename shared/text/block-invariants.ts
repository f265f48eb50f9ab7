/**
 * The promises every parser here makes about its blocks, as a check that tests (and a cautious
 * importer) can run over any output.
 */
import type { ParsedBlock } from '../model/document';

/**
 * Lists every broken promise in `blocks` (empty when all hold): text is non-empty, trimmed and
 * on one line; only headings have a level, 1–6; marks lie inside the text, are non-empty, sorted
 * by start, and marks of one type do not overlap.
 */
export function blockProblems(blocks: readonly ParsedBlock[]): string[] {
  const problems: string[] = [];
  blocks.forEach((block, index) => {
    const at = `block ${index}`;
    if (block.text.length === 0) problems.push(`${at}: empty text`);
    if (block.text !== block.text.trim()) problems.push(`${at}: untrimmed text`);
    if (/[\n\r]/.test(block.text)) problems.push(`${at}: line break in text`);
    if (block.kind === 'heading') {
      const level = block.level ?? 0;
      if (!Number.isInteger(level) || level < 1 || level > 6) problems.push(`${at}: bad level`);
    } else if (block.level !== undefined) {
      problems.push(`${at}: level on a ${block.kind}`);
    }
    const marks = block.marks ?? [];
    const lastEnd = new Map<string, number>();
    marks.forEach((mark, markIndex) => {
      const where = `${at} mark ${markIndex} (${mark.type} ${mark.start}–${mark.end})`;
      if (!(mark.start >= 0 && mark.start < mark.end && mark.end <= block.text.length)) {
        problems.push(`${where}: out of range`);
      }
      const previous = marks[markIndex - 1];
      if (previous !== undefined && previous.start > mark.start) {
        problems.push(`${where}: not sorted`);
      }
      if ((lastEnd.get(mark.type) ?? 0) > mark.start) problems.push(`${where}: overlaps`);
      lastEnd.set(mark.type, Math.max(lastEnd.get(mark.type) ?? 0, mark.end));
    });
  });
  return problems;
}
