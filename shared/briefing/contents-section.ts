/**
 * The table of contents: one entry per part and section (appendix documents beneath their
 * part), dotted leaders drawn as vector dots (so they do not pollute copied text), page
 * numbers set flush right, and each whole entry a link to its destination.
 *
 * Tagged as: H1, then a TOC of TOCI, each a Link (its title and page number, and the link
 * annotation); an entry's children are a TOC inside its TOCI. Leader dots are artifacts.
 */
import { PART_IDS } from './briefing-plan';
import type { PageModel } from './display-list';
import { placeText, setSpans, type ContentsEntry, type LayoutContext } from './layout-context';
import { CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH } from './page-geometry';
import { textWidth } from './text-layout';
import { annotationOf, ARTIFACT, contentOf, element, type StructElement } from './structure';
import { FAINT, STYLES, type TextStyle } from './typography';

/** Room kept for page numbers at the right ("999"), and the indent of second-level entries. */
const NUMBER_WIDTH = 36;
const CHILD_INDENT = 18;
/** Leader dots: one every 4 pt, 0.8 pt square. */
const DOT_STEP = 4;
const DOT_SIZE = 0.8;

/** Lays out the contents on a new page; `pageNumber` gives each destination's printed number. */
export function layoutContents(
  ctx: Omit<LayoutContext, 'contents'>,
  entries: readonly ContentsEntry[],
  pageNumber: (destination: string) => number,
): void {
  const { flow } = ctx;
  flow.freshPage();
  flow.mark(PART_IDS.contents);
  placeText({ ...ctx, contents: [] }, 'H1', 'Contents', STYLES.h1);
  flow.gap(14);
  const toc = element(ctx.tags, 'TOC');
  for (const entry of entries) {
    const item = element(toc, 'TOCI');
    placeEntry(ctx, item, entry, 0, STYLES.toc, pageNumber);
    const children = element(item, 'TOC');
    for (const child of entry.children)
      placeEntry(ctx, element(children, 'TOCI'), child, CHILD_INDENT, STYLES.tocSub, pageNumber);
    flow.gap(4);
  }
}

function placeEntry(
  ctx: Omit<LayoutContext, 'contents'>,
  item: StructElement,
  entry: ContentsEntry,
  indent: number,
  style: TextStyle,
  pageNumber: (destination: string) => number,
): void {
  const x = CONTENT_LEFT + indent;
  const width = CONTENT_WIDTH - indent - NUMBER_WIDTH - 8;
  const set = setSpans(
    ctx,
    [
      { text: entry.title, style },
      ...(entry.detail ? [{ text: `  ${entry.detail}`, style: STYLES.tocDetail }] : []),
    ],
    width,
    { direction: 'ltr' },
  );
  const number = String(pageNumber(entry.destination));
  const numberWidth = textWidth(ctx.book, number, style);
  const numberSet = setSpans(ctx, [{ text: number, style }], NUMBER_WIDTH);
  const height = set.lines.length * set.leading;
  ctx.flow.place({
    height,
    draw(page: PageModel, top: number): void {
      const link = element(item, 'Link');
      set.lines.forEach((line, index) => {
        page.ops.push({
          type: 'text',
          x: x + line.offset,
          y: top + set.ascent + index * set.leading,
          runs: line.runs,
          tag: contentOf(link),
        });
      });
      const last = set.lines[set.lines.length - 1];
      const baseline = top + set.ascent + (set.lines.length - 1) * set.leading;
      const numberLine = numberSet.lines[0];
      if (numberLine) {
        page.ops.push({
          type: 'text',
          x: CONTENT_RIGHT - numberWidth,
          y: baseline,
          runs: numberLine.runs,
          tag: contentOf(link),
        });
      }
      const from = x + (last ? last.offset + last.width : 0) + 6;
      const to = CONTENT_RIGHT - numberWidth - 6;
      for (let dot = Math.ceil(from / DOT_STEP) * DOT_STEP; dot <= to; dot += DOT_STEP) {
        page.ops.push({
          type: 'rect',
          x: dot,
          y: baseline - DOT_SIZE,
          width: DOT_SIZE,
          height: DOT_SIZE,
          colour: FAINT,
          tag: ARTIFACT,
        });
      }
      page.links.push({
        x,
        y: top,
        width: CONTENT_RIGHT - x,
        height,
        destination: entry.destination,
        description: `Go to ${entry.title}`,
        tag: annotationOf(link),
      });
    },
  });
}
