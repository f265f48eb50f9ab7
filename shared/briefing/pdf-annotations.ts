/**
 * PDF annotations: /Link areas that jump to a page (contents entries), and /Highlight
 * annotations over excerpted words, with QuadPoints, the right's colour, the analyst's note as
 * /Contents, the author as /T and an appearance stream, so every reader shows them alike (an
 * excerpt with several rights in stacked bands, one per right).
 */
import { PDFHexString, PDFName, PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import type { HighlightArea, LinkArea } from './display-list';
import { highlightBands, highlightFill } from './highlight-fill';
import { PAGE_HEIGHT } from './page-geometry';

/** Annotation flag 4 = Print: highlights print with the page (PDF 32000-1, 12.5.3). */
const FLAG_PRINT = 4;
/** A PDF destination: the page, scrolled so `top` (layout coordinates) is at the window's top. */
export function destinationArray(context: PDFContext, pageRef: PDFRef, top: number) {
  return context.obj([pageRef, PDFName.of('XYZ'), null, round(PAGE_HEIGHT - top + 12), null]);
}

/**
 * A link annotation over `area` that goes to a page; `structParent` is its key in the structure
 * tree's ParentTree (its Link element), /Contents says where it goes (PDF/UA 7.18.5).
 */
export function linkAnnotation(
  context: PDFContext,
  area: LinkArea,
  pageRef: PDFRef,
  top: number,
  structParent: number,
) {
  return context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect(area.x, area.y, area.x + area.width, area.y + area.height),
    Border: [0, 0, 0],
    F: FLAG_PRINT,
    Dest: destinationArray(context, pageRef, top),
    Contents: PDFHexString.fromText(area.description),
    StructParent: structParent,
  });
}

/** A highlight annotation with its appearance, on the page `pageRef` (its Annot element's key). */
export function highlightAnnotation(
  context: PDFContext,
  area: HighlightArea,
  pageRef: PDFRef,
  index: number,
  structParent: number,
) {
  const left = Math.min(...area.quads.map((q) => q.left));
  const right = Math.max(...area.quads.map((q) => q.right));
  const top = Math.min(...area.quads.map((q) => q.top));
  const bottom = Math.max(...area.quads.map((q) => q.bottom));
  const bounds = rect(left, top, right, bottom);
  // QuadPoints per quad: upper-left, upper-right, lower-left, lower-right (as Acrobat writes them).
  const quadPoints = area.quads.flatMap((q) =>
    [
      q.left,
      PAGE_HEIGHT - q.top,
      q.right,
      PAGE_HEIGHT - q.top,
      q.left,
      PAGE_HEIGHT - q.bottom,
      q.right,
      PAGE_HEIGHT - q.bottom,
    ].map(round),
  );
  const colours = area.colours && area.colours.length > 1 ? area.colours : [area.colour];
  const content = [
    '/GS0 gs',
    ...area.quads.flatMap((q) =>
      highlightBands(q, colours).flatMap((band) => {
        const fill = highlightFill(band.colour);
        return [
          `${round(fill.r)} ${round(fill.g)} ${round(fill.b)} rg`,
          `${round(q.left)} ${round(PAGE_HEIGHT - band.bottom)} ${round(q.right - q.left)} ${round(band.bottom - band.top)} re f`,
        ];
      }),
    ),
  ].join('\n');
  const appearance = context.register(
    context.stream(content, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: bounds,
      Resources: { ExtGState: { GS0: { Type: 'ExtGState', BM: 'Multiply' } } },
    }),
  );
  const date = pdfDate(area.created);
  return context.obj({
    Type: 'Annot',
    Subtype: 'Highlight',
    Rect: bounds,
    QuadPoints: quadPoints,
    C: [area.colour.r, area.colour.g, area.colour.b].map(round),
    Contents: PDFHexString.fromText(area.contents),
    T: PDFHexString.fromText(area.author || 'Analyst'),
    NM: PDFHexString.fromText(`${area.excerptId}#${index}`),
    ...(date ? { M: PDFString.of(date), CreationDate: PDFString.of(date) } : {}),
    F: FLAG_PRINT,
    P: pageRef,
    AP: { N: appearance },
    StructParent: structParent,
  });
}

function rect(left: number, top: number, right: number, bottom: number): number[] {
  return [left, PAGE_HEIGHT - bottom, right, PAGE_HEIGHT - top].map(round);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** An ISO 8601 date-time as a PDF date ("D:20250314093000Z"), or null when it is not one. */
export function pdfDate(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const digits = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `D:${digits}Z`;
}
