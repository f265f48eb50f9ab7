/**
 * The list of sources: every document the briefing quotes, numbered as the citations number
 * them, with publisher, year, kind and how many excerpts come from it (hanging indent).
 *
 * Tagged as: H1, then an L of LI, each a Lbl (the number) and an LBody (the entry).
 */
import { PART_IDS } from './briefing-plan';
import { afterTitle, publication } from './citation';
import type { PageModel } from './display-list';
import { lineItems, placeText, setSpans, type LayoutContext } from './layout-context';
import { CONTENT_LEFT, CONTENT_WIDTH } from './page-geometry';
import type { StyledSpan } from './text-layout';
import { contentOf, element } from './structure';
import { STYLES } from './typography';

/** Said once, where the sources are listed: what the places in citations count. */
export const PLACE_NOTE =
  'Places in citations: a document’s own numbering (Art. 19, OP 5) where it has one; p. is the page of a PDF source; ¶ counts the paragraphs of the document’s text (list items and block quotations included), never its headings or navigation lines (short labels without sentence punctuation).';

/** The named destination of a source's entry (the [n] of a citation links to it). */
export function sourceDestination(docId: string): string {
  return `source:${docId}`;
}

/** "Declaration" for "declaration": a part that starts a sentence. */
function upperFirst(text: string, language: string): string {
  const first = text.trim().charAt(0);
  return first ? first.toLocaleUpperCase(language || 'en') + text.trim().slice(1) : '';
}

/** A part ended with a full stop unless it ends with its own. */
function endSentence(part: string): string {
  return afterTitle(part, '.') === ' ' ? part : `${part}.`;
}

/** Width of the "[12]" column of the hanging indent. */
const NUMBER_COLUMN = 28;

/** Lays out the list of sources on a new page and adds its contents entry. */
export function layoutSources(ctx: LayoutContext): void {
  const { flow, plan } = ctx;
  flow.freshPage();
  flow.mark(PART_IDS.sources);
  ctx.contents.push({ title: 'Sources', destination: PART_IDS.sources, children: [] });
  placeText(ctx, 'H1', 'Sources', STYLES.h1);
  flow.gap(8);
  placeText(ctx, 'P', PLACE_NOTE, STYLES.small);
  flow.gap(12);
  const list = element(ctx.tags, 'L');

  for (const document of plan.documents) {
    const number = plan.sourceNumber.get(document.id) ?? 0;
    const count = plan.countByDocument.get(document.id) ?? 0;
    // Each part is a sentence of its own, so it starts with a capital ("Declaration").
    const details = [publication(document), upperFirst(document.kind ?? '', ctx.input.language)]
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const title = document.title.trim();
    const ownStop = afterTitle(title, '.') === ' ';
    const spans: StyledSpan[] = [
      { text: title, style: { ...STYLES.body, face: 'serifItalic' } },
      {
        text:
          details.length > 0
            ? `${afterTitle(title, '.')}${details.map(endSentence).join(' ')}`
            : ownStop
              ? ''
              : '.',
        style: STYLES.body,
      },
      { text: `  ${count} excerpt${count === 1 ? '' : 's'}`, style: STYLES.small },
    ];
    const set = setSpans(ctx, spans, CONTENT_WIDTH - NUMBER_COLUMN, { direction: 'ltr' });
    const numberSet = setSpans(ctx, [{ text: `[${number}]`, style: STYLES.body }], NUMBER_COLUMN);
    const item = element(list, 'LI');
    const label = element(item, 'Lbl');
    const items = lineItems(set, CONTENT_LEFT + NUMBER_COLUMN, element(item, 'LBody'));
    const first = items[0];
    const destination = sourceDestination(document.id);
    if (first) {
      items[0] = {
        height: first.height,
        draw(page: PageModel, top: number): void {
          flow.destinations.set(destination, { page: flow.pageIndex, top });
          // The number first, so the entry reads (and is extracted) in order.
          const line = numberSet.lines[0];
          if (line)
            page.ops.push({
              type: 'text',
              x: CONTENT_LEFT,
              y: top + numberSet.ascent,
              runs: line.runs,
              tag: contentOf(label),
            });
          first.draw(page, top);
        },
      };
    }
    flow.sequence(items, { orphans: 2, widows: 2 });
    flow.gap(7);
  }
}
