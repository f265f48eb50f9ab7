/**
 * A paragraph's lines with parts of its text as links inside the briefing: each part a Link
 * element (its runs drawn as the link's content, a link area over each run, the annotation in
 * the tree by OBJR). Used for the "[3]" after a citation and for "E12" in the analyst's text.
 * A linked part must be a span of its own, so that its runs hold nothing else.
 */
import type { PageModel } from './display-list';
import type { FlowItem } from './page-flow';
import { annotationOf, contentOf, element, type StructElement } from './structure';
import type { PlacedRun, SetParagraph } from './text-layout';

/** A part of the paragraph's text, [start, end), that links to a named destination. */
export interface TextLink {
  readonly start: number;
  readonly end: number;
  readonly destination: string;
  /** What the link does, for screen readers (the annotation's /Contents). */
  readonly description: string;
}

/** The lines of `set` at `x`, content of `paragraph`, with `links` as Link elements in it. */
export function linkedLineItems(
  set: SetParagraph,
  x: number,
  paragraph: StructElement,
  links: readonly TextLink[],
): FlowItem[] {
  // Each link is its own element; it joins the paragraph when its text is first drawn.
  const elements = links.map(() => element(paragraph, 'Link'));
  const linkAt = (run: PlacedRun): number =>
    links.findIndex((link) => run.start < link.end && run.end > link.start);
  return set.lines.map((line) => ({
    height: set.leading,
    draw(page: PageModel, top: number): void {
      // Runs in reading order, grouped into pieces that are the paragraph's or one link's.
      let piece: PlacedRun[] = [];
      let current = -1;
      const flush = (): void => {
        if (piece.length === 0) return;
        const link = links[current];
        const linkElement = elements[current];
        page.ops.push({
          type: 'text',
          x: x + line.offset,
          y: top + set.ascent,
          runs: piece,
          tag: contentOf(linkElement ?? paragraph),
        });
        if (link && linkElement) {
          for (const run of piece) {
            page.links.push({
              x: x + line.offset + run.x,
              y: top,
              width: run.width,
              height: set.leading,
              destination: link.destination,
              description: link.description,
              tag: annotationOf(linkElement),
            });
          }
        }
        piece = [];
      };
      for (const run of line.runs) {
        const at = linkAt(run);
        if (at !== current) {
          flush();
          current = at;
        }
        piece.push(run);
      }
      flush();
    },
  }));
}
