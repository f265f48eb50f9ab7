/**
 * The cover: organisation and classification at the head, the title set large in serif a
 * third of the way down, the subtitle beneath, and who prepared it and when at the foot, in
 * the restrained manner of a parliamentary research service publication.
 */
import { emptyPage, type PageModel } from './display-list';
import type { LayoutContext } from './layout-context';
import { fitText, setSpans, tidyLine } from './layout-context';
import {
  CONTENT_LEFT,
  CONTENT_RIGHT,
  CONTENT_WIDTH,
  FOOTER_BASELINE,
  HEADER_BASELINE,
  PAGE_HEIGHT,
  mm,
} from './page-geometry';
import {
  ARTIFACT,
  contentOf,
  element,
  PAGINATION,
  type ContentTag,
  type StructElement,
} from './structure';
import type { SetParagraph } from './text-layout';
import { ACCENT, RULE, STYLES } from './typography';

/** Where the title block starts: about a third down the page, as report covers place it. */
const TITLE_TOP = PAGE_HEIGHT * 0.33;
/** Where the "prepared by" block starts. */
const META_TOP = PAGE_HEIGHT - mm(70);
/** Titles longer than this many lines at the large size are set one step smaller. */
const MAX_LARGE_TITLE_LINES = 4;

/** Lays out the cover as the first page. */
export function layoutCover(ctx: Omit<LayoutContext, 'flow'>): PageModel {
  const { input, plan } = ctx;
  const page = emptyPage('cover');
  const paragraph = (): StructElement => element(ctx.tags, 'P');

  const organisation = tidyLine(input.organisation).toLocaleUpperCase(input.language || 'en');
  if (organisation) {
    const kicker = setSpans(ctx, [{ text: organisation, style: STYLES.coverKicker }]);
    drawLines(page, kicker, CONTENT_LEFT, mm(30), paragraph());
  }
  page.ops.push(line(mm(30) + mm(9), 0.75));

  if (input.classification) {
    const marking = fitText(
      ctx,
      tidyLine(input.classification),
      STYLES.classification,
      CONTENT_WIDTH,
    );
    // Read once, at the head; its repetition at the foot is pagination.
    const marked = paragraph();
    for (const y of [HEADER_BASELINE, FOOTER_BASELINE]) {
      const set = setSpans(ctx, [{ text: marking, style: STYLES.classification }], CONTENT_WIDTH, {
        align: 'center',
      });
      drawLines(page, set, CONTENT_LEFT, y - set.ascent, y === HEADER_BASELINE ? marked : null);
    }
  }

  const documentType = tidyLine(input.documentType ?? '').toLocaleUpperCase(input.language || 'en');
  if (documentType) {
    const kind = setSpans(ctx, [{ text: documentType, style: STYLES.coverKicker }]);
    drawLines(page, kind, CONTENT_LEFT, TITLE_TOP - mm(17), paragraph());
  }
  // A short accent bar above the title, the one ornament of the page.
  page.ops.push({
    type: 'rect',
    x: CONTENT_LEFT,
    y: TITLE_TOP - mm(8),
    width: mm(14),
    height: 2.5,
    colour: ACCENT,
    tag: ARTIFACT,
  });
  const title = tidyLine(input.title) || 'Briefing';
  let titleSet = setSpans(ctx, [{ text: title, style: STYLES.coverTitle }]);
  if (titleSet.lines.length > MAX_LARGE_TITLE_LINES) {
    titleSet = setSpans(ctx, [{ text: title, style: STYLES.coverTitleLong }]);
  }
  // Very long titles are cut at eight lines so the cover never overflows.
  let y = drawLines(page, titleSet, CONTENT_LEFT, TITLE_TOP, element(ctx.tags, 'H1'), 8);
  if (input.subtitle) {
    const subtitle = setSpans(ctx, [
      { text: tidyLine(input.subtitle), style: STYLES.coverSubtitle },
    ]);
    y = drawLines(page, subtitle, CONTENT_LEFT, y + mm(5), paragraph(), 4);
  }
  const scope = `${count(plan.excerpts.length, 'excerpt')} from ${count(plan.documents.length, 'document')} · ${count(plan.rights.length, 'right')}`;
  drawLines(
    page,
    setSpans(ctx, [{ text: scope, style: STYLES.small }]),
    CONTENT_LEFT,
    Math.min(y + mm(8), META_TOP - mm(20)),
    paragraph(),
  );

  page.ops.push(line(META_TOP, 0.5));
  // Three columns a row: who and when, then the reference and the data cut-off when given.
  const columns: [string, string][] = [
    ['PREPARED BY', input.author],
    ['ORGANISATION', input.organisation],
    ['DATE', input.date],
    ['REFERENCE', input.reference ?? ''],
    ['DATA CUT-OFF', input.cutOffDate ?? ''],
  ];
  const columnWidth = CONTENT_WIDTH / 3;
  columns.forEach(([label, value], at) => {
    if (!value.trim()) return;
    const index = at % 3;
    const rowTop = META_TOP + Math.floor(at / 3) * mm(20);
    const x = CONTENT_LEFT + index * columnWidth;
    // Label and value read as one paragraph: "Prepared by Jane Doe".
    const entry = paragraph();
    const labelSet = setSpans(
      ctx,
      [{ text: label, style: STYLES.coverMetaLabel }],
      columnWidth - mm(4),
    );
    const top = drawLines(page, labelSet, x, rowTop + mm(5), entry);
    const valueSet = setSpans(
      ctx,
      [{ text: tidyLine(value), style: STYLES.coverMeta }],
      columnWidth - mm(4),
    );
    drawLines(page, valueSet, x, top + 2, entry, 2);
  });
  return page;
}

function line(y: number, width: number) {
  return {
    type: 'line' as const,
    x1: CONTENT_LEFT,
    y1: y,
    x2: CONTENT_RIGHT,
    y2: y,
    width,
    colour: width > 0.6 ? ACCENT : RULE,
    tag: ARTIFACT,
  };
}

/** Draws a set paragraph's lines from `top` as content of `target` (null: pagination); returns the bottom. */
function drawLines(
  page: PageModel,
  set: SetParagraph,
  x: number,
  top: number,
  target: StructElement | null,
  maxLines = Infinity,
): number {
  let y = top;
  set.lines.slice(0, maxLines).forEach((setLine) => {
    const tag: ContentTag = target ? contentOf(target) : PAGINATION;
    page.ops.push({
      type: 'text',
      x: x + setLine.offset,
      y: y + set.ascent,
      runs: setLine.runs,
      tag,
    });
    y += set.leading;
  });
  return y;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
