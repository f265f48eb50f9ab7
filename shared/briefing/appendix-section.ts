/**
 * The appendix: each quoted document's full text set in pages, paragraph numbers in the margin,
 * and every excerpted passage marked with real PDF highlight annotations over exactly the words
 * it covers (across lines and pages), in its right's colour (several rights: stacked bands, one
 * per right, as the colour key under the appendix's heading says), carrying the analyst's note.
 *
 * Tagged as: H1 and P, then per document a Sect in the document's language: H2 title, P details,
 * its blocks as H3, P, L › LI › Lbl + LBody and BlockQuote › P; each highlight an Annot inside
 * the block it marks. Margin paragraph numbers are artifacts, like line numbers.
 */
import type { BriefingBlock, BriefingDocument, BriefingExcerpt } from './briefing-input';
import { PART_IDS } from './briefing-plan';
import { publication } from './citation';
import type { HighlightArea, PageModel, Quad } from './display-list';
import type { FontBook } from './font-book';
import { placeText, setSpans, type ContentsEntry, type LayoutContext } from './layout-context';
import { CONTENT_LEFT, CONTENT_WIDTH } from './page-geometry';
import type { FlowItem } from './page-flow';
import { paragraphNumbers } from '../structure/cite-passage';
import { passageRange } from './passage-range';
import { annotationOf, ARTIFACT, contentOf, element, type StructElement } from './structure';
import { excerptLanguage } from './text-language';
import { GRAPHIC_CONTRAST, withContrast } from './contrast';
import { highlightBands, highlightFill } from './highlight-fill';
import type { PlacedRun, SetLine, SetParagraph } from './text-layout';
import { hexToRgb, STYLES, type Rgb, type TextStyle } from './typography';

/** The document's plain text joins blocks with a blank line (see shared/model/document.ts). */
const BLOCK_SEPARATOR_LENGTH = 2;
/** List items hang 14 pt in; quotations are indented 20 pt. */
const LIST_INDENT = 14;
const QUOTE_INDENT = 20;
/** Paragraph numbers sit this far left of the text column, right-aligned. */
const MARGIN_NUMBER_GAP = 8;
/** A highlight covers the line from just above cap height to just below the descenders (in em). */
const HIGHLIGHT_ABOVE = 0.95;
const HIGHLIGHT_BELOW = 0.28;
/** Highlights of an excerpt tagged with no right (of those the briefing shows). */
const NO_RIGHT_COLOUR = '#8a9096';
/** The colour key's swatches, and its row pitch. */
const KEY_SWATCH = 9;
const KEY_ROW = 15;

interface MarkedRange {
  readonly excerpt: BriefingExcerpt;
  readonly start: number;
  readonly end: number;
  /** The colours of the excerpt's rights in the rights' order (a grey when it has none). */
  readonly colours: readonly Rgb[];
}

/** Lays out the appendix, one document per page run, and adds its contents entries. */
export async function layoutAppendix(ctx: LayoutContext): Promise<void> {
  const { flow, plan } = ctx;
  const part: ContentsEntry = {
    title: 'Appendix: source documents',
    destination: PART_IDS.appendix,
    children: [],
  };
  ctx.contents.push(part);
  flow.freshPage();
  flow.mark(PART_IDS.appendix);
  placeText(ctx, 'H1', 'Appendix: source documents', STYLES.h1);
  flow.gap(8);
  placeText(
    ctx,
    'P',
    'The full texts of the quoted documents, as the collection carries them. Excerpted passages are highlighted in the colour of their right; a passage with several rights is striped, one band per right from the top in the order of the key below. The analyst’s notes are attached to the highlights and appear in a PDF reader’s comments panel. Numbers in the margin are paragraph numbers (¶), as cited: they count paragraphs, list items and block quotations, not headings or navigation lines (short labels without sentence punctuation, such as a web page’s menu entries).',
    STYLES.bodyItalic,
  );
  flow.gap(6);
  flow.place(colourKey(ctx), KEY_ROW);

  for (const [index, document] of plan.documents.entries()) {
    if (index > 0) flow.freshPage();
    else flow.gap(20);
    const destination = `appendix:document:${document.id}`;
    const number = plan.sourceNumber.get(document.id) ?? 0;
    flow.ensure(80);
    flow.mark(destination);
    part.children.push({ title: `[${number}] ${document.title}`, destination, children: [] });
    const sample = (document.blocks ?? [])
      .map((block) => block.text)
      .join('\n')
      .slice(0, 4000);
    const documentCtx = {
      ...ctx,
      tags: element(ctx.tags, 'Sect', {
        title: document.title,
        lang: excerptLanguage(sample, document.language ?? null, ctx.input.language),
      }),
    };
    placeText(documentCtx, 'H2', `[${number}]\u00a0 ${document.title}`, STYLES.h2, {
      keepWithNext: 40,
      orphans: 3,
      direction: 'ltr',
    });
    const meta = [publication(document), document.kind ?? '']
      .filter((item) => item !== '')
      .join(' · ');
    if (meta) placeText(documentCtx, 'P', meta, STYLES.small);
    flow.gap(12);
    await layoutDocumentText(documentCtx, document);
    await ctx.progress.step('layout', index + 1, plan.documents.length);
  }
}

async function layoutDocumentText(ctx: LayoutContext, document: BriefingDocument): Promise<void> {
  const blocks = document.blocks ?? [];
  if (blocks.length === 0) {
    placeText(
      ctx,
      'P',
      'The collection does not carry the full text of this document.',
      STYLES.bodyItalic,
    );
    return;
  }
  const text = blocks.map((block) => block.text).join('\n\n');
  const ranges = markedRanges(ctx, document, text);
  const numbers = paragraphNumbers(blocks);
  let start = 0;
  let list: StructElement | null = null;
  for (const [index, block] of blocks.entries()) {
    const blockStart = start;
    start += block.text.length + BLOCK_SEPARATOR_LENGTH;
    const within = ranges.filter(
      (range) => range.start < blockStart + block.text.length && range.end > blockStart,
    );
    // Consecutive list items make one list.
    if (block.kind !== 'list-item') list = null;
    else list ??= element(ctx.tags, 'L');
    layoutBlock(
      ctx,
      block,
      numbers[index] ?? null,
      blockStart,
      within,
      blockElements(ctx, block, list),
    );
    if (index % 50 === 49) await ctx.progress.step('layout', index + 1, blocks.length);
  }
}

function markedRanges(ctx: LayoutContext, document: BriefingDocument, text: string): MarkedRange[] {
  const ranges: MarkedRange[] = [];
  for (const excerpt of ctx.plan.excerpts) {
    if (excerpt.docId !== document.id) continue;
    const found = passageRange(text, excerpt);
    if (!found) continue;
    const rights = ctx.plan.rights.filter((candidate) => excerpt.rightIds.includes(candidate.id));
    const colours = rights.map((right) => hexToRgb(right.colour));
    // A highlight's pop-up shows its note: without notes it shows the quote instead.
    const shown = ctx.input.options.includeNotes ? excerpt : { ...excerpt, note: '' };
    ranges.push({
      excerpt: shown,
      ...found,
      colours: colours.length > 0 ? colours : [hexToRgb(NO_RIGHT_COLOUR)],
    });
  }
  return ranges;
}

function blockStyle(block: BriefingBlock): { style: TextStyle; indent: number } {
  switch (block.kind) {
    case 'heading':
      return {
        style: { ...STYLES.appendixHeading, size: (block.level ?? 2) <= 1 ? 11.5 : 10 },
        indent: 0,
      };
    case 'list-item':
      return { style: STYLES.appendixBody, indent: LIST_INDENT };
    case 'quote':
      return { style: { ...STYLES.appendixBody, face: 'serifItalic' }, indent: QUOTE_INDENT };
    case 'paragraph':
      return { style: STYLES.appendixBody, indent: 0 };
  }
}

/** What a block is tagged as: its text's element, and its bullet's (list items). */
interface BlockElements {
  readonly text: StructElement;
  readonly label: StructElement | null;
}

function blockElements(
  ctx: LayoutContext,
  block: BriefingBlock,
  list: StructElement | null,
): BlockElements {
  switch (block.kind) {
    case 'heading':
      // The document's own headings sit under its H2 title, whatever their level there.
      return { text: element(ctx.tags, 'H3'), label: null };
    case 'list-item': {
      const item = element(list ?? element(ctx.tags, 'L'), 'LI');
      return { text: element(item, 'LBody'), label: element(item, 'Lbl') };
    }
    case 'quote':
      return { text: element(element(ctx.tags, 'BlockQuote'), 'P'), label: null };
    case 'paragraph':
      return { text: element(ctx.tags, 'P'), label: null };
  }
}

function layoutBlock(
  ctx: LayoutContext,
  block: BriefingBlock,
  paragraph: number | null,
  blockStart: number,
  ranges: readonly MarkedRange[],
  tags: BlockElements,
): void {
  const { style, indent } = blockStyle(block);
  const x = CONTENT_LEFT + indent;
  const set = setSpans(ctx, [{ text: block.text, style }], CONTENT_WIDTH - indent);
  // Headings carry no ¶ number: only paragraphs are counted, as citations count them.
  const marker =
    paragraph === null
      ? null
      : setSpans(ctx, [{ text: `¶ ${paragraph}`, style: STYLES.margin }], 40);
  const bullet =
    block.kind === 'list-item' ? setSpans(ctx, [{ text: '•', style }], LIST_INDENT) : null;
  const items: FlowItem[] = set.lines.map((line, index) => ({
    height: set.leading,
    draw(page: PageModel, top: number): void {
      const baseline = top + set.ascent;
      if (index === 0) {
        const markerLine = marker?.lines[0];
        if (markerLine) {
          page.ops.push({
            type: 'text',
            x: CONTENT_LEFT - MARGIN_NUMBER_GAP - markerLine.width,
            y: baseline,
            runs: markerLine.runs,
            tag: ARTIFACT,
          });
        }
        const bulletLine = bullet?.lines[0];
        if (bulletLine && tags.label)
          page.ops.push({
            type: 'text',
            x: CONTENT_LEFT + 3,
            y: baseline,
            runs: bulletLine.runs,
            tag: contentOf(tags.label),
          });
      }
      if (line.runs.length > 0)
        page.ops.push({
          type: 'text',
          x: x + line.offset,
          y: baseline,
          runs: line.runs,
          tag: contentOf(tags.text),
        });
      for (const range of ranges)
        markLine(ctx.book, page, line, x, baseline, blockStart, range, tags.text);
    },
  }));
  if (block.kind === 'heading') {
    ctx.flow.gap(6);
    ctx.flow.sequence(items, { keepWithNext: 30, orphans: 3 });
    ctx.flow.gap(2);
  } else {
    ctx.flow.sequence(items, { orphans: 2, widows: 2 });
    ctx.flow.gap(5);
  }
}

/** Adds the quads of `range` on one laid-out line to the page's highlight for its excerpt. */
function markLine(
  book: FontBook,
  page: PageModel,
  line: SetLine,
  x: number,
  baseline: number,
  blockStart: number,
  range: MarkedRange,
  block: StructElement,
): void {
  const from = range.start - blockStart;
  const to = range.end - blockStart;
  if (to <= line.start || from >= line.end) return;
  const boxes: { left: number; right: number; size: number }[] = [];
  for (const run of line.runs) {
    const a = Math.max(from, run.start);
    const b = Math.min(to, run.end);
    if (b <= a) continue;
    const [left, right] = runSpan(book, run, a, b);
    boxes.push({ left: x + line.offset + left, right: x + line.offset + right, size: run.size });
  }
  boxes.sort((p, q) => p.left - q.left);
  const quads: Quad[] = [];
  for (const box of boxes) {
    const previous = quads[quads.length - 1];
    const top = baseline - box.size * HIGHLIGHT_ABOVE;
    const bottom = baseline + box.size * HIGHLIGHT_BELOW;
    if (previous && box.left - previous.right < 0.5) {
      quads[quads.length - 1] = {
        ...previous,
        right: Math.max(previous.right, box.right),
        top: Math.min(previous.top, top),
        bottom: Math.max(previous.bottom, bottom),
      };
    } else quads.push({ left: box.left, right: box.right, top, bottom });
  }
  if (quads.length === 0) return;
  const existing = page.highlights.find((highlight) => highlight.excerptId === range.excerpt.id);
  if (existing) (existing.quads as Quad[]).push(...quads);
  else page.highlights.push(highlightFor(range, quads, element(block, 'Annot')));
}

/** The horizontal extent of [a, b) within a run, relative to the line's left edge. */
function runSpan(book: FontBook, run: PlacedRun, a: number, b: number): [number, number] {
  const before = book.widthEm(run.face, run.text.slice(0, a - run.start)) * run.size;
  const through = book.widthEm(run.face, run.text.slice(0, b - run.start)) * run.size;
  // A right-to-left run starts drawing from its logical end: measure from its right edge.
  return run.rtl
    ? [run.x + run.width - through, run.x + run.width - before]
    : [run.x + before, run.x + through];
}

function highlightFor(range: MarkedRange, quads: Quad[], annot: StructElement): HighlightArea {
  const { excerpt } = range;
  return {
    tag: annotationOf(annot),
    excerptId: excerpt.id,
    quads,
    colour: range.colours[0] ?? hexToRgb(NO_RIGHT_COLOUR),
    ...(range.colours.length > 1 ? { colours: range.colours } : {}),
    contents: excerpt.note.trim() || excerpt.quote,
    author: excerpt.author,
    created: excerpt.created,
  };
}

/**
 * The highlights' colour key under the appendix's introduction: a swatch (the highlight's own
 * fill, edged in a shade that meets 3:1) and the name of each right, then a striped swatch for
 * passages with several rights and a grey one for passages with none, when there are any. The
 * names are a paragraph ("Key: Privacy, …"); the swatches are decoration.
 */
function colourKey(ctx: LayoutContext): FlowItem {
  const { plan } = ctx;
  const used = plan.rights.filter((right) =>
    plan.excerpts.some((excerpt) => excerpt.rightIds.includes(right.id)),
  );
  const keys: { name: string; colours: Rgb[] }[] = used.map((right) => ({
    name: right.name,
    colours: [hexToRgb(right.colour)],
  }));
  const several = plan.excerpts
    .map((excerpt) => used.filter((right) => excerpt.rightIds.includes(right.id)))
    .find((rights) => rights.length > 1);
  if (several)
    keys.push({
      name: 'Several rights: one band each',
      colours: several.map((right) => hexToRgb(right.colour)),
    });
  if (plan.excerpts.some((excerpt) => !used.some((right) => excerpt.rightIds.includes(right.id))))
    keys.push({ name: 'No right', colours: [hexToRgb(NO_RIGHT_COLOUR)] });

  const paragraph = element(ctx.tags, 'P');
  const style = STYLES.table;
  const label = setSpans(ctx, [{ text: 'Key:', style: STYLES.tableHead }], 40, {
    direction: 'ltr',
  });
  const placed: { x: number; row: number; set: SetParagraph; colours: Rgb[] }[] = [];
  let x = (label.lines[0]?.width ?? 0) + 8;
  let row = 0;
  for (const [index, key] of keys.entries()) {
    // Commas between names are for the paragraph's text; drawn after each name but the last.
    const text = index < keys.length - 1 ? `${key.name},` : key.name;
    const set = setSpans(ctx, [{ text, style }], CONTENT_WIDTH / 2, { direction: 'ltr' });
    const width = KEY_SWATCH + 4 + Math.max(...set.lines.map((line) => line.width), 0) + 12;
    if (x > 0 && x + width > CONTENT_WIDTH) {
      x = 0;
      row += 1;
    }
    placed.push({ x, row, set, colours: key.colours });
    x += width;
  }
  return {
    height: (row + 1) * KEY_ROW,
    draw(page: PageModel, top: number): void {
      const labelLine = label.lines[0];
      if (labelLine)
        page.ops.push({
          type: 'text',
          x: CONTENT_LEFT,
          y: top + label.ascent,
          runs: labelLine.runs,
          tag: contentOf(paragraph),
        });
      for (const key of placed) {
        const rowTop = top + key.row * KEY_ROW;
        const left = CONTENT_LEFT + key.x;
        const swatchTop = rowTop + (key.set.leading - KEY_SWATCH) / 2;
        const edge = key.colours[0] ?? hexToRgb(NO_RIGHT_COLOUR);
        page.ops.push({
          type: 'rect',
          x: left,
          y: swatchTop,
          width: KEY_SWATCH,
          height: KEY_SWATCH,
          colour: withContrast(edge, GRAPHIC_CONTRAST),
          tag: ARTIFACT,
        });
        const inner: Quad = {
          left: left + 0.75,
          right: left + KEY_SWATCH - 0.75,
          top: swatchTop + 0.75,
          bottom: swatchTop + KEY_SWATCH - 0.75,
        };
        for (const band of highlightBands(inner, key.colours)) {
          page.ops.push({
            type: 'rect',
            x: inner.left,
            y: band.top,
            width: inner.right - inner.left,
            height: band.bottom - band.top,
            colour: highlightFill(band.colour),
            tag: ARTIFACT,
          });
        }
        key.set.lines.forEach((line, index) => {
          page.ops.push({
            type: 'text',
            x: left + KEY_SWATCH + 4 + line.offset,
            y: rowTop + key.set.ascent + index * key.set.leading,
            runs: line.runs,
            tag: contentOf(paragraph),
          });
        });
      }
    },
  };
}
