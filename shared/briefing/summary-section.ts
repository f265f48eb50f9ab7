/**
 * The summary: a sentence on what the briefing holds, bar charts of excerpts per right (in the
 * rights' colours) and per document (each bar divided by right), drawn as vector shapes, and
 * the document × right matrix as a table whose header repeats on every page it spans.
 *
 * Tagged as: Sect › H1, P, then per chart an H2 and a Figure whose alternative text states every
 * number it draws; the matrix a Table (THead, TBody, TFoot; a row's document is its header
 * cell), its header repeated on later pages an artifact.
 */
import { PART_IDS } from './briefing-plan';
import type { PageModel } from './display-list';
import { placeText, setSpans, spacer, type LayoutContext } from './layout-context';
import { CONTENT_LEFT, CONTENT_WIDTH } from './page-geometry';
import type { FlowItem } from './page-flow';
import {
  ARTIFACT,
  attachedElement,
  contentOf,
  element,
  type StructElement,
  type StructRole,
} from './structure';
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
  placeText(ctx, 'H1', 'Summary', STYLES.h1);
  flow.gap(8);

  const grouping = input.options.grouping === 'right' ? 'by right' : 'by source document';
  placeText(
    ctx,
    'P',
    `This briefing brings together ${plural(plan.excerpts.length, 'excerpt')} from ${plural(plan.documents.length, 'document')}, tagged with ${plural(plan.rights.length, 'right')}. Excerpts are arranged ${grouping}; an excerpt tagged with several rights appears under each of them.`,
    STYLES.body,
  );

  flow.gap(16);
  placeText(ctx, 'H2', 'Excerpts per right', STYLES.h2, { keepWithNext: 40 });
  flow.gap(6);
  const maxRight = Math.max(1, ...plan.countByRight.values());
  const rightsFigure = element(ctx.tags, 'Figure', { alt: rightsChartAlt(ctx) });
  for (const right of plan.rights) {
    const value = plan.countByRight.get(right.id) ?? 0;
    flow.place(
      barRow(ctx, rightsFigure, right.name, value, maxRight, [
        { share: 1, colour: hexToRgb(right.colour) },
      ]),
    );
  }

  flow.gap(16);
  placeText(ctx, 'H2', 'Excerpts per document', STYLES.h2, { keepWithNext: 40 });
  flow.gap(6);
  const maxDocument = Math.max(1, ...plan.countByDocument.values());
  const documentsFigure = element(ctx.tags, 'Figure', { alt: documentsChartAlt(ctx) });
  for (const document of plan.documents) {
    const value = plan.countByDocument.get(document.id) ?? 0;
    const number = plan.sourceNumber.get(document.id) ?? 0;
    flow.place(
      barRow(
        ctx,
        documentsFigure,
        `[${number}] ${document.title}`,
        value,
        maxDocument,
        documentSegments(ctx, document.id),
      ),
    );
  }

  flow.gap(16);
  placeText(ctx, 'H2', 'Documents and rights', STYLES.h2, { keepWithNext: 60 });
  flow.gap(6);
  layoutMatrix(ctx);
}

/** The per-right chart in words: every bar's count. */
function rightsChartAlt(ctx: LayoutContext): string {
  const { plan } = ctx;
  const bars = plan.rights.map(
    (right) => `${right.name}: ${plural(plan.countByRight.get(right.id) ?? 0, 'excerpt')}`,
  );
  return `Bar chart of excerpts per right. ${bars.join('; ')}.`;
}

/** The per-document chart in words: every bar's count and how its tags divide among rights. */
function documentsChartAlt(ctx: LayoutContext): string {
  const { plan } = ctx;
  const bars = plan.documents.map((document) => {
    const number = plan.sourceNumber.get(document.id) ?? 0;
    const row = plan.matrix.get(document.id);
    const byRight = plan.rights
      .map((right) => ({ right, n: row?.get(right.id) ?? 0 }))
      .filter((tag) => tag.n > 0)
      .map((tag) => `${tag.right.name} ${tag.n}`);
    const value = plural(plan.countByDocument.get(document.id) ?? 0, 'excerpt');
    return `[${number}] ${document.title}: ${value}${byRight.length > 0 ? ` (${byRight.join(', ')})` : ''}`;
  });
  return `Bar chart of excerpts per document, each bar divided by right. ${bars.join('; ')}.`;
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
  figure: StructElement,
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
      drawSet(page, labelSet, CONTENT_LEFT, top, figure);
      const barTop = top + (labelSet.leading - BAR_HEIGHT) / 2 + 1;
      page.ops.push({
        type: 'line',
        x1: barLeft,
        y1: top,
        x2: barLeft,
        y2: top + height,
        width: 0.5,
        colour: RULE,
        tag: ARTIFACT,
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
          tag: contentOf(figure),
        });
        x += width;
      }
      drawSet(page, countSet, barLeft + barWidth + 5, top, figure);
    },
  };
}

/** Draws a set paragraph's lines as content of `target` (null: an artifact). */
function drawSet(
  page: PageModel,
  set: SetParagraph,
  x: number,
  top: number,
  target: StructElement | null,
): void {
  set.lines.forEach((line, index) => {
    if (line.runs.length === 0) return;
    page.ops.push({
      type: 'text',
      x: x + line.offset,
      y: top + set.ascent + index * set.leading,
      runs: line.runs,
      tag: target ? contentOf(target) : ARTIFACT,
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

  const table = element(ctx.tags, 'Table');
  const headerCells: Cell[] = [
    { text: 'Document', align: 'start' },
    ...plan.rights.map((right) => ({
      text: right.name,
      align: 'center' as const,
      swatch: hexToRgb(right.colour),
    })),
    { text: 'Total', align: 'center' },
  ];
  const header = tableRow(ctx, columns, headerCells, { header: true }, table, 'THead');
  // Repeated on later pages for the eye; a screen reader hears the header once.
  const repeatedHeader = tableRow(ctx, columns, headerCells, { header: true }, null, 'THead');
  const rows = plan.documents.map((document, index) =>
    tableRow(
      ctx,
      columns,
      [
        {
          text: `[${plan.sourceNumber.get(document.id) ?? 0}] ${document.title}`,
          align: 'start',
          rowHeader: true,
        },
        ...plan.rights.map((right) => cell(plan.matrix.get(document.id)?.get(right.id) ?? 0)),
        cell(plan.countByDocument.get(document.id) ?? 0),
      ],
      { zebra: index % 2 === 1 },
      table,
      'TBody',
    ),
  );
  const totals = tableRow(
    ctx,
    columns,
    [
      { text: 'Total', align: 'start', bold: true, rowHeader: true },
      ...plan.rights.map((right) => ({
        ...cell(plan.countByRight.get(right.id) ?? 0),
        bold: true,
      })),
      { ...cell(plan.excerpts.length), bold: true },
    ],
    { total: true },
    table,
    'TFoot',
  );

  flow.place(header, rows[0]?.height ?? 0);
  let pageIndex = flow.pageIndex;
  for (const row of [...rows, totals]) {
    flow.ensure(row.height);
    if (flow.pageIndex !== pageIndex) {
      flow.place(repeatedHeader);
      pageIndex = flow.pageIndex;
    }
    flow.place(row);
  }
  flow.place(spacer(4));
  placeText(
    ctx,
    'P',
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
  /** The row's header cell (the document's name, "Total"). */
  readonly rowHeader?: boolean;
  /** What a screen reader says for the cell, when the drawn text is a sign ("–" for none). */
  readonly spoken?: string;
}

function cell(value: number): Cell {
  return value === 0
    ? { text: '–', align: 'center', muted: true, spoken: '0' }
    : { text: String(value), align: 'center' };
}

/**
 * A table row as a flow item: its cells TH or TD of a TR in the table's `group` (THead, TBody,
 * TFoot), or an artifact when `table` is null (a header repeated after a page break).
 */
function tableRow(
  ctx: LayoutContext,
  columns: readonly number[],
  cells: readonly Cell[],
  kind: { header?: boolean; zebra?: boolean; total?: boolean },
  table: StructElement | null,
  group: StructRole,
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
      const row = table ? element(groupOf(table, group), 'TR') : null;
      if (kind.zebra) {
        page.underlay.push({
          type: 'rect',
          x: CONTENT_LEFT,
          y: top,
          width: CONTENT_WIDTH,
          height,
          colour: NOTE_BACKGROUND,
          tag: ARTIFACT,
        });
      }
      let x = CONTENT_LEFT;
      sets.forEach((set, index) => {
        const c = cells[index];
        const cellElement = row ? cellOf(row, c, kind.header === true) : null;
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
            tag: ARTIFACT,
          });
          textTop += swatchHeight;
        }
        drawSet(page, set, x + CELL_PADDING, textTop, cellElement);
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
        tag: ARTIFACT,
      });
    },
  };
}

/** The table's row group of a role (THead, TBody, TFoot), made once, in reading order. */
function groupOf(table: StructElement, role: StructRole): StructElement {
  const existing = table.kids.find(
    (kid): kid is StructElement => 'role' in kid && kid.role === role,
  );
  return existing ?? attachedElement(table, role);
}

/** A row's cell: a column header in the header row, a row header for the document, else data. */
function cellOf(row: StructElement, c: Cell | undefined, headerRow: boolean): StructElement {
  const tag: { role: StructRole; scope?: 'Row' | 'Column' } = headerRow
    ? { role: 'TH', scope: 'Column' }
    : c?.rowHeader
      ? { role: 'TH', scope: 'Row' }
      : { role: 'TD' };
  return element(row, tag.role, {
    ...(tag.scope ? { scope: tag.scope } : {}),
    ...(c?.spoken ? { actualText: c.spoken } : {}),
  });
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
