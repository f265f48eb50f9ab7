/**
 * The laid-out briefing before it becomes PDF: pages of drawing operations, link areas,
 * highlight areas and named destinations, in layout coordinates (points, y down from the top
 * of the page). Plain data, so layout and PDF writing stay apart and layout is testable. Every
 * operation carries its structure tag (structure.ts explains how a section tags what it draws).
 */
import type { AnnotationSlot, ContentTag } from './structure';
import type { PlacedRun } from './text-layout';
import type { Rgb } from './typography';

/** A line of text: its runs, placed from `x` on the baseline `y`. */
export interface TextOp {
  readonly type: 'text';
  readonly x: number;
  readonly y: number;
  readonly runs: readonly PlacedRun[];
  /** The element this line belongs to, or ARTIFACT (running heads, page numbers). */
  readonly tag: ContentTag;
}

/** A filled rectangle; `opacity` below 1 for tints laid over other marks. */
export interface RectOp {
  readonly type: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly colour: Rgb;
  /** Usually ARTIFACT (backgrounds, rules); a chart's bar is its figure's content. */
  readonly tag: ContentTag;
}

/** A straight stroke. */
export interface LineOp {
  readonly type: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly width: number;
  readonly colour: Rgb;
  readonly tag: ContentTag;
}

export type DrawOp = TextOp | RectOp | LineOp;

/** An area that jumps to a destination when clicked (a contents entry). */
export interface LinkArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly destination: string;
  /** Where it goes, in words (the link's /Contents): "Go to 2. Privacy". */
  readonly description: string;
  /** Its place in a Link structure element (`annotationOf(link)`, beside the entry's text). */
  readonly tag: AnnotationSlot;
}

/** A quadrilateral over laid-out words (left, top, right, bottom in layout coordinates). */
export interface Quad {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A highlight annotation over an excerpted passage, on one page. */
export interface HighlightArea {
  readonly excerptId: string;
  readonly quads: readonly Quad[];
  /** The first right's colour: the annotation's /C, which readers show in their lists. */
  readonly colour: Rgb;
  /**
   * Every right's colour when the excerpt carries several (in the rights' order): the highlight
   * is drawn as stacked bands, one per right, the first on top.
   */
  readonly colours?: readonly Rgb[];
  /** Shown in readers' comments panels: the analyst's note (or the quote when there is none). */
  readonly contents: string;
  readonly author: string;
  /** ISO 8601 date-time the excerpt was made. */
  readonly created: string;
  /** Its place in an Annot structure element (`annotationOf(annot)`, beside the words it marks). */
  readonly tag: AnnotationSlot;
}

/** What a page is for: the cover has no running header or footer. */
export type PageRole = 'cover' | 'body';

/** One page of the briefing. */
export interface PageModel {
  readonly role: PageRole;
  /** Drawn first: backgrounds and rules that text sits on. */
  readonly underlay: DrawOp[];
  readonly ops: DrawOp[];
  readonly links: LinkArea[];
  readonly highlights: HighlightArea[];
}

/** A place in the briefing that links and bookmarks point at. */
export interface Destination {
  readonly page: number;
  /** Distance from the top of the page, in points. */
  readonly top: number;
}

/** Creates an empty page. */
export function emptyPage(role: PageRole): PageModel {
  return { role, underlay: [], ops: [], links: [], highlights: [] };
}
