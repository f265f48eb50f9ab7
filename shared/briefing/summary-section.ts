/**
 * The summary: a sentence on what the briefing holds, bar charts of excerpts per right (in the
 * rights' colours) and per document (each bar divided by right), drawn as vector shapes, and
 * the document × right matrix as a table whose header repeats on every page it spans.
 */
import { PART_IDS } from './briefing-plan';
import type { PageModel } from './display-list';
import { placeText, setSpans, spacer, type LayoutContext } from './layout-context';
import { CONTENT_LEFT, CONTENT_WIDTH } from './page-geometry';
import type { FlowItem } from './page-flow';
import type { SetParagraph } from './text-layout';
import {
  FAINT,
  hexToRgb,
  MUTED,
  NOTE_BACKGROUND,
  RULE,
  STYLES,
  tint,
  type Rgb,
} from './typography';

/** Bar charts: label column, bar thickness and the gap between bars, in points. */
const LABEL_WIDTH = 170;
const BAR_HEIGHT = 8;
const BAR_ROW_MIN = 15;
const COUNT_WIDTH = 34;
/** Table: the document column takes this share of the width when rights leave room for it. */
const DOCUMENT_COLUMN_SHARE = 0.42;
const TOTAL_COLUMN_WIDTH = 40;
const CELL_PADDING = 4;
const UNTAGGED = hexToRgb('#9aa0a6');

/** Lays out the summary (on a new page) and adds its contents entry. */
export function layoutSummary(ctx: LayoutContext): void {
  const { flow, plan, input } = ctx;
  flow.freshPage();
  flow.mark(PART_IDS.summary);
  ctx.contents.push({ title: 'Summary', destination: PART_IDS.summary, children: [] });
  placeText(ctx, 'Summary', STYLES.h1);
  flow.gap(8);

  const grouping = input.options.grouping === 'right' ? 'by right' : 'by source document';
  placeText(
    ctx,
    `This briefing brings together ${plural(plan.excerpts.length, 'excerpt')} from ${plural(plan.documents.length, 'document')}, tagged with ${plural(plan.rights.length, 'right')}. Excerpts are arranged ${grouping}; an excerpt tagged with several rights appears under each of them.`,
    STYLES.body,
  );

  flow.gap(16);
  placeText(ctx, 'Excerpts per right', STYLES.h2, { keepWithNext: 40 });
  flow.gap(6);
  const maxRight = Math.max(1, ...plan.countByRight.values());
  for (const right of plan.rights) {
    const value = plan.countByRight.get(right.id) ?? 0;
    flow.place(
      barRow(ctx, right.name, value, maxRight, [{ share: 1, colour: hexToRgb(right.colour) }]),
    );
  }

  flow.gap(16);
  placeText(ctx, 'Excerpts per document', STYLES.h2, { keepWithNext: 40 });
  flow.gap(6);
  const maxDocument = Math.max(1, ...plan.countByDocument.values());
  for (const document of plan.documents) {
    const value = plan.countByDocument.get(document.id) ?? 0;
    const number = plan.sourceNumber.get(document.id) ?? 0;
    flow.place(
      barRow(
        ctx,
        `[${number}] ${document.title}`,
        value,
        maxDocument,
        documentSegments(ctx, document.id),
      ),
    );
  }

  flow.gap(16);
  placeText(ctx, 'Documents and rights', STYLES.h2, { keepWithNext: 60 });
  flow.gap(6);
  layoutMatrix(ctx);
}

interface BarSegment {
  readonly share: number;
  readonly colour: Rgb;
}

/** A bar's division by right: each right's share of the document's tags. */
function documentSegments(ctx: LayoutContext, docId: string): BarSegment[] {
  const row = ctx.plan.matrix.get(docId);
  const tags = ctx.plan.rights.map((right) => ({ right, n: row?.get(right.id) ?? 0 }));
  const total = tags.reduce((sum, tag) => sum + tag.n, 0);
  if (total === 0) return [{ share: 1, colour: UNTAGGED }];
  return tags
    .filter((tag) => tag.n > 0)
    .map((tag) => ({ share: tag.n / total, colour: hexToRgb(tag.right.colour) }));
}

function barRow(
  ctx: LayoutContext,
  label: string,
  value: number,
  max: number,
  segments: readonly BarSegment[],
): FlowItem {
  const labelSet = setSpans(ctx, [{ text: label, style: STYLES.table }], LABEL_WIDTH - 8, {
    direction: 'ltr',
  });
  const height = Math.max(BAR_ROW_MIN, labelSet.lines.length * labelSet.leading + 3);
  const barLeft = CONTENT_LEFT + LABEL_WIDTH;
  const barSpace = CONTENT_WIDTH - LABEL_WIDTH - COUNT_WIDTH;
  const barWidth = value === 0 ? 0 : Math.max(1.5, (barSpace * value) / max);
  const countSet = setSpans(ctx, [{ text: String(value), style: STYLES.table }], COUNT_WIDTH);
  return {
    height,
    draw(page: PageModel, top: number): void {
      drawSet(page, labelSet, CONTENT_LEFT, top);
      const barTop = top + (labelSet.leading - BAR_HEIGHT) / 2 + 1;
      page.ops.push({
        type: 'line',
        x1: barLeft,
        y1: top,
        x2: barLeft,
        y2: top + height,
        width: 0.5,
        colour: RULE,
      });
      let x = barLeft;
      for (const segment of segments) {
        const width = barWidth * segment.share;
        page.ops.push({
          type: 'rect',
          x,
          y: barTop,
          width,
          height: BAR_HEIGHT,
          colour: segment.colour,
        });
        x += width;
      }
      drawSet(page, countSet, barLeft + barWidth + 5, top);
    },
  };
}

function drawSet(page: PageModel, set: SetParagraph, x: number, top: number): void {
  set.lines.forEach((line, index) => {
    if (line.runs.length === 0) return;
    page.ops.push({
      type: 'text',
      x: x + line.offset,
      y: top + set.ascent + index * set.leading,
      runs: line.runs,
    });
  });
}

/** The document × right table; its header row repeats after each page break. */
function layoutMatrix(ctx: LayoutContext): void {
  const { plan, flow } = ctx;
  const rightCount = plan.rights.length;
  const documentWidth = Math.max(
    120,
    Math.min(
      CONTENT_WIDTH * DOCUMENT_COLUMN_SHARE,
      CONTENT_WIDTH - TOTAL_COLUMN_WIDTH - rightCount * 44,
    ),
  );
  const rightWidth = (CONTENT_WIDTH - documentWidth - TOTAL_COLUMN_WIDTH) / Math.max(1, rightCount);
  const columns = [documentWidth, ...plan.rights.map(() => rightWidth), TOTAL_COLUMN_WIDTH];

  const header = tableRow(
    ctx,
    columns,
    [
      { text: 'Document', align: 'start' },
      ...plan.rights.map((right) => ({
        text: right.name,
        align: 'center' as const,
        swatch: hexToRgb(right.colour),
      })),
      { text: 'Total', align: 'center' },
    ],
    { header: true },
  );
  const rows = plan.documents.map((document, index) =>
    tableRow(
      ctx,
      columns,
      [
        { text: `[${plan.sourceNumber.get(document.id) ?? 0}] ${document.title}`, align: 'start' },
        ...plan.rights.map((right) => cell(plan.matrix.get(document.id)?.get(right.id) ?? 0)),
        cell(plan.countByDocument.get(document.id) ?? 0),
      ],
      { zebra: index % 2 === 1 },
    ),
  );
  const totals = tableRow(
    ctx,
    columns,
    [
      { text: 'Total', align: 'start', bold: true },
      ...plan.rights.map((right) => ({
        ...cell(plan.countByRight.get(right.id) ?? 0),
        bold: true,
      })),
      { ...cell(plan.excerpts.length), bold: true },
    ],
    { total: true },
  );

  flow.place(header, rows[0]?.height ?? 0);
  let pageIndex = flow.pageIndex;
  for (const row of [...rows, totals]) {
    flow.ensure(row.height);
    if (flow.pageIndex !== pageIndex) {
      flow.place(header);
      pageIndex = flow.pageIndex;
    }
    flow.place(row);
  }
  flow.place(spacer(4));
  placeText(
    ctx,
    'Counts are excerpts; an excerpt tagged with several rights is counted once per right, and once in the total.',
    STYLES.small,
  );
}

interface Cell {
  readonly text: string;
  readonly align: 'start' | 'center';
  readonly bold?: boolean;
  readonly muted?: boolean;
  readonly swatch?: Rgb;
}

function cell(value: number): Cell {
  return value === 0
    ? { text: '–', align: 'center', muted: true }
    : { text: String(value), align: 'center' };
}

function tableRow(
  ctx: LayoutContext,
  columns: readonly number[],
  cells: readonly Cell[],
  kind: { header?: boolean; zebra?: boolean; total?: boolean },
): FlowItem {
  const sets = cells.map((c, index) => {
    const base = kind.header || c.bold ? STYLES.tableHead : STYLES.table;
    const style = c.muted ? { ...base, colour: FAINT } : base;
    return setSpans(ctx, [{ text: c.text, style }], (columns[index] ?? 40) - 2 * CELL_PADDING, {
      align: c.align,
      direction: 'ltr',
    });
  });
  const swatchHeight = cells.some((c) => c.swatch) ? 6 : 0;
  const contentHeight =
    Math.max(...sets.map((set) => set.lines.length * set.leading)) + swatchHeight;
  const height = contentHeight + 2 * CELL_PADDING;
  return {
    height,
    draw(page: PageModel, top: number): void {
      if (kind.zebra) {
        page.underlay.push({
          type: 'rect',
          x: CONTENT_LEFT,
          y: top,
          width: CONTENT_WIDTH,
          height,
          colour: NOTE_BACKGROUND,
        });
      }
      let x = CONTENT_LEFT;
      sets.forEach((set, index) => {
        const c = cells[index];
        let textTop = top + CELL_PADDING;
        if (c?.swatch) {
          const width = columns[index] ?? 0;
          page.ops.push({
            type: 'rect',
            x: x + width / 2 - 8,
            y: textTop,
            width: 16,
            height: 3,
            colour: c.swatch,
          });
          textTop += swatchHeight;
        }
        drawSet(page, set, x + CELL_PADDING, textTop);
        x += columns[index] ?? 0;
      });
      const ruleColour = kind.header || kind.total ? MUTED : tint(RULE, 0.3);
      const ruleWidth = kind.header || kind.total ? 0.75 : 0.4;
      const y = kind.total ? top : top + height;
      page.ops.push({
        type: 'line',
        x1: CONTENT_LEFT,
        y1: y,
        x2: CONTENT_LEFT + CONTENT_WIDTH,
        y2: y,
        width: ruleWidth,
        colour: ruleColour,
      });
    },
  };
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
