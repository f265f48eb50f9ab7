/**
 * The summary: a sentence on what the briefing holds (and which rights have no excerpts), bar
 * charts of excerpt counts per right and per document (a bar per right, with a legend) on one
 * scale, values printed, in the rights' colours darkened where needed to meet 3:1 contrast, and
 * the document × right matrix as a table whose header repeats on every page it spans.
 *
 * Tagged as: Sect › H1, P, then per chart an H2 and a Figure whose alternative text states every
 * number it draws; the matrix a Table (THead, TBody, TFoot; a row's document is its header
 * cell), its header repeated on later pages an artifact.
 */
import type { BriefingGrouping, BriefingRight } from './briefing-input';
import { PART_IDS, type BriefingPlan } from './briefing-plan';
import { GRAPHIC_CONTRAST, withContrast } from './contrast';
import type { PageModel } from './display-list';
import { lineItems, placeText, setSpans, spacer, type LayoutContext } from './layout-context';
import { CONTENT_LEFT, CONTENT_WIDTH } from './page-geometry';
import { keepTogether, type FlowItem } from './page-flow';
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
/** A document's bars, one per right, are thinner and stacked at this pitch. */
const SUB_BAR_HEIGHT = 6;
const SUB_BAR_PITCH = 9;
/** Legend swatches, and the widest a right's name may run in the legend before wrapping. */
const SWATCH = 8;
const LEGEND_NAME_MAX = 200;
/** Table: the document column takes this share of the width when rights leave room for it. */
const DOCUMENT_COLUMN_SHARE = 0.42;
const TOTAL_COLUMN_WIDTH = 40;
const CELL_PADDING = 4;
/** Excerpts with no right (when every right is shown): a grey that still meets 3:1 on white. */
const UNTAGGED = hexToRgb('#7b8288');

/** Lays out the summary (on a new page) and adds its contents entry. */
export function layoutSummary(ctx: LayoutContext): void {
  const { flow, plan, input } = ctx;
  flow.freshPage();
  flow.mark(PART_IDS.summary);
  ctx.contents.push({ title: 'Summary', destination: PART_IDS.summary, children: [] });
  placeText(ctx, 'H1', 'Summary', STYLES.h1);
  flow.gap(8);

  const grouping = {
    right: 'by right',
    document: 'by source document',
    collection: 'in the collection’s order',
  }[input.options.grouping];
  placeText(
    ctx,
    'P',
    plan.rights.length === 0
      ? `This briefing brings together ${plural(plan.excerpts.length, 'excerpt')} from ${plural(plan.documents.length, 'document')}; none of them is tagged with a right.`
      : `This briefing brings together ${plural(plan.excerpts.length, 'excerpt')} from ${plural(plan.documents.length, 'document')}, tagged with ${plural(plan.rights.length, 'right')}. Excerpts are arranged ${grouping}${input.options.grouping === 'collection' ? ', each once' : '; an excerpt tagged with several rights appears under each of them'}.`,
    STYLES.body,
  );

  const empty = emptyRightsSentence(plan.emptyRights, input.options.grouping);
  if (empty) {
    flow.gap(6);
    placeText(ctx, 'P', empty, STYLES.body);
  }

  // Both charts measure counts of excerpts on one scale, so a bar in one compares with a bar in
  // the other; the largest count of either sets the full length.
  const scale = chartScale(plan);
  // A collection with no rights (untagged excerpts) has no chart of them to draw.
  if (plan.rights.length > 0) {
    flow.gap(16);
    placeText(ctx, 'H2', 'Excerpts per right', STYLES.h2, { keepWithNext: 40 });
    flow.gap(6);
    const rightsFigure = element(ctx.tags, 'Figure', { alt: rightsChartAlt(ctx) });
    for (const right of plan.rights) {
      const value = plan.countByRight.get(right.id) ?? 0;
      flow.place(
        barRow(ctx, rightsFigure, right.name, [{ value, colour: barColour(right.colour) }], scale),
      );
    }
  }

  flow.gap(16);
  placeText(ctx, 'H2', 'Excerpts per document, by right', STYLES.h2, { keepWithNext: 60 });
  flow.gap(4);
  const documentsFigure = element(ctx.tags, 'Figure', { alt: documentsChartAlt(ctx) });
  flow.place(legend(ctx, documentsFigure), BAR_ROW_MIN);
  flow.gap(6);
  for (const document of plan.documents) {
    const number = plan.sourceNumber.get(document.id) ?? 0;
    flow.place(
      barRow(
        ctx,
        documentsFigure,
        `[${number}] ${document.title}`,
        documentBars(ctx, document.id),
        scale,
      ),
    );
  }
  flow.gap(4);
  placeText(
    ctx,
    'P',
    'Bars are counts of excerpts, on one scale in both charts, each count printed at its end.',
    STYLES.small,
  );

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
    return `[${number}] ${document.title}: ${value}${byRight.length > 0 ? `, of which ${byRight.join(', ')}` : ''}`;
  });
  return `Bar chart of excerpts per document, one bar per right, on the scale of the chart per right. ${bars.join('; ')}.`;
}

/** "No excerpt is tagged with Privacy; it has no section." (empty when every right has one). */
export function emptyRightsSentence(
  rights: readonly BriefingRight[],
  grouping: BriefingGrouping,
): string {
  if (rights.length === 0) return '';
  const names = listOf(rights.map((right) => right.name));
  const tail =
    grouping === 'right'
      ? rights.length === 1
        ? '; it has no section.'
        : '; they have no section.'
      : '.';
  return `No excerpt is tagged with ${names}${tail}`;
}

/** The count a full-length bar stands for: the largest count shown in either chart. */
export function chartScale(plan: BriefingPlan): number {
  let max = 1;
  for (const value of plan.countByRight.values()) max = Math.max(max, value);
  for (const row of plan.matrix.values())
    for (const value of row.values()) max = Math.max(max, value);
  return max;
}

/** A right's colour as a bar: darkened where needed to stand out 3:1 from the page. */
function barColour(hex: string): Rgb {
  return withContrast(hexToRgb(hex), GRAPHIC_CONTRAST);
}

interface Bar {
  readonly value: number;
  readonly colour: Rgb;
}

/** A document's bars: one per right it has excerpts for, then its untagged excerpts, if any. */
function documentBars(ctx: LayoutContext, docId: string): Bar[] {
  const { plan } = ctx;
  const row = plan.matrix.get(docId);
  const bars: Bar[] = plan.rights
    .map((right) => ({ value: row?.get(right.id) ?? 0, colour: barColour(right.colour) }))
    .filter((bar) => bar.value > 0);
  const untagged = plan.excerpts.filter(
    (excerpt) => excerpt.docId === docId && excerpt.rightIds.length === 0,
  ).length;
  if (untagged > 0) bars.push({ value: untagged, colour: UNTAGGED });
  return bars;
}

/** The charts' colour key: a swatch and the name of each right, wrapping across the column. */
function legend(ctx: LayoutContext, figure: StructElement): FlowItem {
  const { plan } = ctx;
  const keys = plan.rights.map((right) => ({ name: right.name, colour: barColour(right.colour) }));
  if (plan.excerpts.some((excerpt) => excerpt.rightIds.length === 0))
    keys.push({ name: 'No right', colour: UNTAGGED });
  const placed: { x: number; row: number; set: SetParagraph; colour: Rgb }[] = [];
  let x = 0;
  let row = 0;
  for (const key of keys) {
    const set = setSpans(ctx, [{ text: key.name, style: STYLES.table }], LEGEND_NAME_MAX, {
      direction: 'ltr',
    });
    const width = SWATCH + 5 + Math.max(...set.lines.map((line) => line.width), 0) + 16;
    if (x > 0 && x + width > CONTENT_WIDTH) {
      x = 0;
      row += 1;
    }
    placed.push({ x, row, set, colour: key.colour });
    x += width;
  }
  const height = (row + 1) * BAR_ROW_MIN;
  return {
    height,
    draw(page: PageModel, top: number): void {
      for (const key of placed) {
        const rowTop = top + key.row * BAR_ROW_MIN;
        page.ops.push({
          type: 'rect',
          x: CONTENT_LEFT + key.x,
          y: rowTop + (key.set.leading - SWATCH) / 2 + 1,
          width: SWATCH,
          height: SWATCH,
          colour: key.colour,
          tag: contentOf(figure),
        });
        drawSet(page, key.set, CONTENT_LEFT + key.x + SWATCH + 5, rowTop, figure);
      }
    },
  };
}

/** A row of a chart: its label, then one bar per value (stacked downwards), each count printed. */
function barRow(
  ctx: LayoutContext,
  figure: StructElement,
  label: string,
  bars: readonly Bar[],
  scale: number,
): FlowItem {
  const labelSet = setSpans(ctx, [{ text: label, style: STYLES.table }], LABEL_WIDTH - 8, {
    direction: 'ltr',
  });
  const barLeft = CONTENT_LEFT + LABEL_WIDTH;
  const barSpace = CONTENT_WIDTH - LABEL_WIDTH - COUNT_WIDTH;
  const pitch = bars.length > 1 ? SUB_BAR_PITCH : labelSet.leading;
  const height = Math.max(
    BAR_ROW_MIN,
    labelSet.lines.length * labelSet.leading + 3,
    bars.length * pitch + 3,
  );
  const shown = bars.length > 0 ? bars : [{ value: 0, colour: UNTAGGED }];
  const counts = shown.map((bar) =>
    setSpans(ctx, [{ text: String(bar.value), style: STYLES.table }], COUNT_WIDTH),
  );
  return {
    height,
    draw(page: PageModel, top: number): void {
      drawSet(page, labelSet, CONTENT_LEFT, top, figure);
      page.ops.push({
        type: 'line',
        x1: barLeft,
        y1: top,
        x2: barLeft,
        y2: top + height,
        width: 0.5,
        colour: MUTED,
        tag: ARTIFACT,
      });
      shown.forEach((bar, index) => {
        const thickness = bars.length > 1 ? SUB_BAR_HEIGHT : BAR_HEIGHT;
        const rowTop = top + index * pitch;
        const barTop = rowTop + (labelSet.leading - thickness) / 2 + (bars.length > 1 ? 0 : 1);
        const width = bar.value === 0 ? 0 : Math.max(1.5, (barSpace * bar.value) / scale);
        if (width > 0)
          page.ops.push({
            type: 'rect',
            x: barLeft,
            y: barTop,
            width,
            height: thickness,
            colour: bar.colour,
            tag: contentOf(figure),
          });
        const count = counts[index];
        if (count) {
          const countTop = barTop + thickness / 2 - count.ascent * 0.62;
          drawSet(page, count, barLeft + width + 4, countTop, figure);
        }
      });
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
      swatch: barColour(right.colour),
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

  // The header never ends a page (it keeps its first row with it), and the last row keeps the
  // total (and the note under the table) with it, so no page holds only a header or only a
  // total; the header repeats on every page the table continues on.
  const footnote = lineItems(
    setSpans(ctx, [
      {
        text: 'Counts are excerpts; an excerpt tagged with several rights is counted once per right, and once in the total.',
        style: STYLES.small,
      },
    ]),
    CONTENT_LEFT,
    element(ctx.tags, 'P'),
  );
  const ending = keepTogether([totals, spacer(4), ...footnote]);
  const keepAfter = (index: number): number => (index === rows.length - 1 ? ending.height : 0);
  flow.place(header, (rows[0]?.height ?? 0) + keepAfter(0));
  let pageIndex = flow.pageIndex;
  rows.forEach((row, index) => {
    flow.ensure(row.height + keepAfter(index));
    if (flow.pageIndex !== pageIndex) {
      flow.place(repeatedHeader);
      pageIndex = flow.pageIndex;
    }
    flow.place(row);
  });
  flow.place(ending);
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

/** "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
