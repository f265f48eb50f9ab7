/**
 * Running header and footer on every page but the cover: the briefing's title (shortened to
 * fit) and its classification above a hairline; the organisation and date, and "page n of N",
 * below. Added once every page exists, so N is known. All of it is a pagination artifact: a
 * screen reader skips it.
 */
import type { PageModel } from './display-list';
import { fitText, setSpans, tidyLine, type LayoutContext } from './layout-context';
import {
  CONTENT_LEFT,
  CONTENT_RIGHT,
  CONTENT_WIDTH,
  FOOTER_BASELINE,
  HEADER_BASELINE,
} from './page-geometry';
import { textWidth } from './text-layout';
import { PAGINATION } from './structure';
import { RULE, STYLES, withColour } from './typography';

/** The title takes at most this share of the header; the classification the rest. */
const TITLE_SHARE = 0.62;
/** The hairline sits this far below the header's baseline. */
const HAIRLINE_DROP = 6;

/** Adds the running header and footer to every body page. */
export function addRunningHeads(
  ctx: Pick<LayoutContext, 'book' | 'input'>,
  pages: readonly PageModel[],
): void {
  const { input } = ctx;
  const style = STYLES.running;
  const title = fitText(ctx, tidyLine(input.title), style, CONTENT_WIDTH * TITLE_SHARE);
  const classification = fitText(
    ctx,
    tidyLine(input.classification),
    withColour(style, STYLES.classification.colour),
    CONTENT_WIDTH * (1 - TITLE_SHARE) - 12,
  );
  const imprint = fitText(
    ctx,
    [tidyLine(input.organisation), tidyLine(input.date)].filter((part) => part !== '').join(' · '),
    style,
    CONTENT_WIDTH * 0.6,
  );
  const titleSet = single(ctx, title, style);
  const classificationSet = single(
    ctx,
    classification,
    withColour(style, STYLES.classification.colour),
  );
  const imprintSet = single(ctx, imprint, style);
  const total = pages.length;

  pages.forEach((page, index) => {
    if (page.role === 'cover') return;
    push(page, titleSet, CONTENT_LEFT, HEADER_BASELINE);
    if (classificationSet)
      push(page, classificationSet, CONTENT_RIGHT - classificationSet.width, HEADER_BASELINE);
    page.ops.push({
      type: 'line',
      x1: CONTENT_LEFT,
      y1: HEADER_BASELINE + HAIRLINE_DROP,
      x2: CONTENT_RIGHT,
      y2: HEADER_BASELINE + HAIRLINE_DROP,
      width: 0.4,
      colour: RULE,
      tag: PAGINATION,
    });
    push(page, imprintSet, CONTENT_LEFT, FOOTER_BASELINE);
    const folio = single(ctx, `page ${index + 1} of ${total}`, style);
    if (folio) push(page, folio, CONTENT_RIGHT - folio.width, FOOTER_BASELINE);
  });
}

function single(ctx: Pick<LayoutContext, 'book'>, text: string, style: typeof STYLES.running) {
  if (!text) return null;
  const line = setSpans(ctx, [{ text, style }], textWidth(ctx.book, text, style) + 1).lines[0];
  return line ?? null;
}

function push(page: PageModel, line: ReturnType<typeof single>, x: number, y: number): void {
  if (line) page.ops.push({ type: 'text', x, y, runs: line.runs, tag: PAGINATION });
}
