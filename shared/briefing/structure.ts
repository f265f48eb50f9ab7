/**
 * The briefing's logical structure, from which the PDF's structure tree is written (tagged PDF,
 * PDF/UA-1): every drawing operation of the display list either belongs to a structure element
 * (a heading, a paragraph, a block quotation, a table cell, a figure…) or is an artifact that a
 * screen reader skips (running heads, page numbers, rules, backgrounds, leader dots).
 *
 * How a section tags what it draws:
 *  1. Make the element under its parent, in reading order: `const p = element(ctx.tags, 'P')`;
 *     `element(parent, 'H2')`; `element(sect, 'Figure', { alt: 'Bar chart: …' })`; a list is
 *     `L` › `LI` › `Lbl` + `LBody`; a table `Table` › `THead`/`TBody`/`TFoot` › `TR` › `TH`/`TD`.
 *     Passages in another language get `{ lang }` (see text-language.ts); whole parts a `Sect`.
 *  2. Give every drawing operation its tag: `tag: contentOf(p)` for what the element shows,
 *     `tag: ARTIFACT` (or `PAGINATION`) for decoration. The type makes it required, so nothing
 *     is drawn untagged. `placeText`, `lineItems` and `flow.paragraph` take the element and tag
 *     the lines they draw; a link area names its `Link` element, a highlight its `Annot`.
 *  3. Nothing else: elements join their parent when their first content is drawn (so a page's
 *     reading order is the drawing order), and elements that drew nothing are left out of the
 *     PDF. The writer (pdf-structure.ts) adds spans for runs in another script (`/Lang`) and
 *     for shaped runs (`/ActualText`), and marks the content stream.
 *
 * Headings nest: one H1 per part (the cover title, Summary, Contents, each section, Sources,
 * Appendix), H2 beneath it, H3 beneath an H2; never skip a level.
 */

/** Standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4) the briefing uses. */
export type StructRole =
  | 'Document'
  | 'Sect'
  | 'Div'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'BlockQuote'
  | 'Quote'
  | 'Note'
  | 'Reference'
  | 'Caption'
  | 'Figure'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TFoot'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'TOC'
  | 'TOCI'
  | 'Link'
  | 'Annot'
  | 'Span';

/** What an element may say about itself beyond its role. */
export interface StructAttributes {
  /** BCP 47 language of the element's text, when it differs from its parent's. */
  readonly lang?: string;
  /** Alternative text (figures): what the figure shows, numbers included. */
  readonly alt?: string;
  /** The text the element's glyphs stand for, when they differ from it. */
  readonly actualText?: string;
  /** Which cells a header cell heads (TH only). */
  readonly scope?: 'Row' | 'Column';
  /** A title for the element (Sect, Note), shown by tag-tree tools. */
  readonly title?: string;
}

/** A structure element: its role, attributes and kids (elements and drawn content) in order. */
export interface StructElement extends StructAttributes {
  readonly role: StructRole;
  readonly parent: StructElement | null;
  readonly kids: StructKid[];
  /** Joined its parent's kids (when its first content was drawn). */
  attached: boolean;
}

/** A place in an element's kids where drawn content goes (one or more marked-content pieces). */
export interface ContentSlot {
  readonly kind: 'content';
  readonly element: StructElement;
  /** Position among the element's kids; consecutive slots' content may share one sequence. */
  readonly index: number;
}

/** A place in an element's kids where an annotation (link, highlight) is referenced. */
export interface AnnotationSlot {
  readonly kind: 'annotation';
  readonly element: StructElement;
}

export type StructKid = StructElement | ContentSlot | AnnotationSlot;

/** Decoration a screen reader skips: rules, backgrounds, bars' frames, leader dots. */
export interface ArtifactTag {
  readonly kind: 'artifact';
  /** Pagination artifacts are running heads and page numbers; layout ones everything else. */
  readonly type: 'Layout' | 'Pagination';
}

export const ARTIFACT: ArtifactTag = { kind: 'artifact', type: 'Layout' };
export const PAGINATION: ArtifactTag = { kind: 'artifact', type: 'Pagination' };

/** What a drawing operation is: content of an element, or an artifact. */
export type ContentTag = ContentSlot | ArtifactTag;

/** The root of a briefing's structure. */
export function documentElement(lang: string): StructElement {
  return { role: 'Document', parent: null, kids: [], attached: true, lang };
}

/**
 * A new element under `parent`. It joins the parent's kids when its first content (or a
 * descendant's) is drawn, so elements made ahead of drawing still come in drawing order.
 */
export function element(
  parent: StructElement,
  role: StructRole,
  attributes: StructAttributes = {},
): StructElement {
  return { role, parent, kids: [], attached: false, ...withoutEmpty(attributes) };
}

/**
 * A new element that joins `parent` at once: for parts whose place in the reading order is
 * fixed before their content is laid out (the contents are laid out last, read third).
 */
export function attachedElement(
  parent: StructElement,
  role: StructRole,
  attributes: StructAttributes = {},
): StructElement {
  const made = element(parent, role, attributes);
  attach(made);
  return made;
}

/** The tag for content the element shows, drawn now (call it when drawing, not before). */
export function contentOf(target: StructElement): ContentSlot {
  attach(target);
  const slot: ContentSlot = { kind: 'content', element: target, index: target.kids.length };
  target.kids.push(slot);
  return slot;
}

/** The place of an annotation (a link, a highlight) among the element's kids, drawn now. */
export function annotationOf(target: StructElement): AnnotationSlot {
  attach(target);
  const slot: AnnotationSlot = { kind: 'annotation', element: target };
  target.kids.push(slot);
  return slot;
}

/** The language in effect for an element: its own, else the nearest ancestor's. */
export function languageOf(target: StructElement | null): string | undefined {
  for (let at = target; at; at = at.parent) if (at.lang) return at.lang;
  return undefined;
}

/** True when the element (or a descendant) has drawn content or an annotation. */
export function hasContent(target: StructElement): boolean {
  return target.kids.some((kid) => !isElement(kid) || hasContent(kid));
}

export function isElement(kid: StructKid): kid is StructElement {
  return 'role' in kid;
}

function attach(target: StructElement): void {
  if (target.attached) return;
  if (target.parent) {
    attach(target.parent);
    target.parent.kids.push(target);
  }
  target.attached = true;
}

function withoutEmpty(attributes: StructAttributes): StructAttributes {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes))
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
  return out as StructAttributes;
}
