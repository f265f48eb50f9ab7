/**
 * What every part of the briefing is laid out with: the fonts, the flow, the plan, the input,
 * the contents entries collected on the way, the structure element the part tags its content
 * under (see structure.ts), and helpers to set text into the flow.
 */
import type { BriefingInput } from './briefing-input';
import type { BriefingPlan } from './briefing-plan';
import type { FontBook } from './font-book';
import { CONTENT_LEFT, CONTENT_WIDTH } from './page-geometry';
import { paragraphItems, type FlowItem, type PageFlow, type SequenceOptions } from './page-flow';
import { element, type StructElement, type StructRole } from './structure';
import {
  setText,
  textWidth,
  type SetOptions,
  type SetParagraph,
  type StyledText,
} from './text-layout';
import type { TextStyle } from './typography';

/** An entry of the table of contents and of the bookmarks (they mirror each other). */
export interface ContentsEntry {
  readonly title: string;
  /** Printed after the title in the contents only, not in bookmarks ("E1–E9"). */
  readonly detail?: string;
  /** Destination name (see PageFlow.mark). */
  readonly destination: string;
  readonly children: ContentsEntry[];
}

/** Reports progress and stops when the briefing was cancelled. */
export interface LayoutProgress {
  /** Call after each excerpt or page: throws when cancelled, yields now and then. */
  step(phase: 'layout' | 'write', done: number, total: number): Promise<void>;
}

export interface LayoutContext {
  readonly input: BriefingInput;
  readonly plan: BriefingPlan;
  readonly book: FontBook;
  readonly flow: PageFlow;
  /** Top-level contents entries, in reading order. */
  readonly contents: ContentsEntry[];
  readonly progress: LayoutProgress;
  /** The structure element this part's elements go under (a Sect of the Document). */
  readonly tags: StructElement;
}

/** An element, or the role of a new one made under the part's element (`ctx.tags`). */
export type TagTarget = StructElement | StructRole;

/** The element `target` names: itself, or a new element of that role under `ctx.tags`. */
export function tagElement(ctx: Pick<LayoutContext, 'tags'>, target: TagTarget): StructElement {
  return typeof target === 'string' ? element(ctx.tags, target) : target;
}

/** Sets text across the column (or the given width) without placing it. */
export function setSpans(
  ctx: Pick<LayoutContext, 'book'>,
  spans: StyledText,
  width: number = CONTENT_WIDTH,
  options?: SetOptions,
): SetParagraph {
  return setText(ctx.book, spans, width, options);
}

/**
 * Sets one string in one style and places it in the flow at `x`, as the content of `tag` (an
 * element, or a role: `placeText(ctx, 'P', …)` makes a paragraph under the part's element).
 */
export function placeText(
  ctx: LayoutContext,
  tag: TagTarget,
  text: string,
  style: TextStyle,
  options: SequenceOptions & { readonly x?: number; readonly width?: number } & SetOptions = {},
): SetParagraph {
  const x = options.x ?? CONTENT_LEFT;
  const set = setText(
    ctx.book,
    [{ text, style }],
    options.width ?? CONTENT_WIDTH - (x - CONTENT_LEFT),
    options,
  );
  ctx.flow.paragraph(set, x, tagElement(ctx, tag), options);
  return set;
}

/** The lines of a set paragraph as flow items at `x`, content of `element`. */
export function lineItems(set: SetParagraph, x: number, element: StructElement): FlowItem[] {
  return paragraphItems(set, x, element);
}

/** Vertical space as a flow item (padding inside a decorated sequence). */
export function spacer(height: number): FlowItem {
  return { height, spacer: true, draw: () => undefined };
}

/** Shortens text with an ellipsis until it fits `width` in `style`. */
export function fitText(
  ctx: Pick<LayoutContext, 'book'>,
  text: string,
  style: TextStyle,
  width: number,
): string {
  if (textWidth(ctx.book, text, style) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const candidate = `${chars.slice(0, middle).join('').trimEnd()}…`;
    if (textWidth(ctx.book, candidate, style) <= width) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** Collapses runs of blank lines and trims, so typed notes set cleanly. */
export function tidyMultiline(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\v\f]/g, ' ')
    .replace(/[ ]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Collapses all whitespace (titles, quotes shown on one paragraph). */
export function tidyLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
