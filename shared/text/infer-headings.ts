/**
 * Finds the headings of sources that do not mark them (the "markdown-ish" EPRS briefing, text
 * copied from web pages): short standalone lines that introduce content.
 */
import type { DraftBlock } from './draft-block';
import {
  isAllCapsLabel,
  isBylineLine,
  isDateLine,
  looksLikeHeading,
  looksLikeTitle,
} from './line-patterns';

/**
 * News headlines in a listing, recognised by the date above them or the byline below, run
 * longer than section headings (the BHRRC digest's longest has 146 characters).
 */
const MAX_HEADLINE_LENGTH = 160;

function isStandaloneLine(block: DraftBlock | undefined): block is DraftBlock {
  return block !== undefined && block.kind === 'paragraph' && block.singleLine;
}

function entryKey(text: string): string {
  return text.toLowerCase();
}

/**
 * Entries of a table of contents ("IN THIS BRIEFING": Introduction, UN framework…): a run of at
 * least two list items each of which reappears later as a standalone heading-like line.
 */
function tableOfContentsEntries(blocks: readonly DraftBlock[]): Set<string> {
  const lastLineAt = new Map<string, number>();
  blocks.forEach((block, index) => {
    if (isStandaloneLine(block) && looksLikeHeading(block.text)) {
      lastLineAt.set(entryKey(block.text), index);
    }
  });
  const entries = new Set<string>();
  let index = 0;
  while (index < blocks.length) {
    let end = index;
    while (blocks[end]?.kind === 'list-item') end += 1;
    const run = blocks.slice(index, end);
    if (
      run.length >= 2 &&
      run.every((item) => (lastLineAt.get(entryKey(item.text)) ?? -1) >= end)
    ) {
      for (const item of run) entries.add(entryKey(item.text));
    }
    index = Math.max(end, index + 1);
  }
  return entries;
}

/**
 * Turns standalone lines into headings where the source left them unmarked.
 *
 * - The first block, if it looks like a heading, is the title (level 1).
 * - A later short line (see `looksLikeHeading`) is a heading when it is listed in the document's
 *   table of contents, or is followed by a prose paragraph, or by a list of two or more items.
 *   A line followed by another heading is not one: directly under the title that is a subtitle
 *   ("A task for the UN or for liberal democracies?"), elsewhere usually page furniture.
 * - In a news listing, a headline is the line under a date or above a byline ("Author: …").
 * - Levels: table-of-contents entries and ALL-CAPS labels (SUMMARY, ENDNOTES) are level 2; other
 *   headings are level 3 under them, or level 2 in documents that have no such sections. No
 *   heading goes more than one level below the heading before it.
 */
export function inferHeadings(blocks: readonly DraftBlock[]): DraftBlock[] {
  const first = blocks[0];
  const hasTitle = isStandaloneLine(first) && looksLikeTitle(first.text);
  const contents = tableOfContentsEntries(blocks);
  const isHeading = blocks.map(() => false);

  const isProseAt = (index: number): boolean => {
    const block = blocks[index];
    if (block === undefined || isHeading[index]) return false;
    if (block.kind === 'quote') return true;
    return (
      block.kind === 'paragraph' &&
      !(block.singleLine && looksLikeHeading(block.text)) &&
      !isDateLine(block.text) &&
      !isBylineLine(block.text)
    );
  };

  // Right to left: whether a line is a heading depends on whether the next one is.
  for (let index = blocks.length - 1; index >= (hasTitle ? 1 : 0); index -= 1) {
    const block = blocks[index];
    if (!isStandaloneLine(block)) continue;
    const previous = blocks[index - 1];
    const next = blocks[index + 1];
    if (looksLikeHeading(block.text)) {
      isHeading[index] =
        contents.has(entryKey(block.text)) ||
        isProseAt(index + 1) ||
        (next?.kind === 'list-item' && blocks[index + 2]?.kind === 'list-item');
    }
    if (!isHeading[index] && looksLikeHeading(block.text, MAX_HEADLINE_LENGTH)) {
      isHeading[index] =
        (isStandaloneLine(previous) && isDateLine(previous.text)) ||
        (isStandaloneLine(next) && isBylineLine(next.text));
    }
  }

  const isMajor = (block: DraftBlock): boolean =>
    contents.has(entryKey(block.text)) || isAllCapsLabel(block.text);
  const hasMajorSections = blocks.some((block, index) => isHeading[index] && isMajor(block));

  let previousLevel = 1;
  return blocks.map((block, index) => {
    if (index === 0 && hasTitle) return { ...block, kind: 'heading', level: 1 };
    if (!isHeading[index]) return block;
    const wanted = isMajor(block) || !hasMajorSections ? 2 : 3;
    const level = Math.min(wanted, previousLevel + 1);
    previousLevel = level;
    return { ...block, kind: 'heading', level };
  });
}
