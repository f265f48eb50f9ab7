/**
 * Builds one block's reading text from pieces of source text, collapsing whitespace as it goes
 * and recording inline marks (links, emphasis…) as offsets into the collapsed text.
 */
import type { InlineMark } from '../model/document';

/** The kinds of inline mark a block can carry. */
export type MarkType = InlineMark['type'];

/**
 * Whitespace that collapses to one space: every Unicode space except the ideographic space
 * (U+3000), which is part of Japanese and Chinese typesetting and is kept inside a block.
 */
const COLLAPSIBLE_RUN = /[^\S\u3000]+/gu;

/** Order of mark types at the same position, so output is deterministic. */
const MARK_TYPE_ORDER: Record<MarkType, number> = {
  link: 0,
  strong: 1,
  emphasis: 2,
  'footnote-ref': 3,
};

interface OpenMark {
  readonly type: MarkType;
  /** Offset of the first non-space character inside the mark; -1 until one arrives. */
  start: number;
}

/** A block's text and marks, ready to become a ParsedBlock. */
export interface InlineText {
  readonly text: string;
  readonly marks: InlineMark[];
}

/**
 * Accumulates text for one block. Runs of whitespace (line breaks included) become one space;
 * leading and trailing whitespace never reach the text, and marks never start or end on it.
 */
export class InlineTextBuilder {
  #text = '';
  #pendingSpace = false;
  readonly #open: OpenMark[] = [];
  readonly #marks: InlineMark[] = [];

  /** Appends source text; whitespace runs inside it (and at its edges) collapse. */
  append(piece: string): void {
    const collapsed = piece.replace(COLLAPSIBLE_RUN, ' ');
    if (collapsed === '') return;
    const leadingSpace = collapsed.startsWith(' ');
    const trailingSpace = collapsed.endsWith(' ');
    const words = collapsed.slice(leadingSpace ? 1 : 0, trailingSpace ? -1 : undefined);
    if (words === '') {
      this.#pendingSpace = true;
      return;
    }
    if ((this.#pendingSpace || leadingSpace) && this.#text.length > 0) this.#text += ' ';
    for (const mark of this.#open) if (mark.start < 0) mark.start = this.#text.length;
    this.#text += words;
    this.#pendingSpace = trailingSpace;
  }

  /** Appends a word break (a source line break or `<br>`), which reads as a space. */
  appendSpace(): void {
    this.#pendingSpace = true;
  }

  /** Runs `fill` with a mark of `type` open over whatever it appends. */
  withMark(type: MarkType, fill: () => void): void {
    const mark: OpenMark = { type, start: -1 };
    this.#open.push(mark);
    try {
      fill();
    } finally {
      this.#open.pop();
    }
    if (mark.start >= 0 && this.#text.length > mark.start) {
      this.#marks.push({ type, start: mark.start, end: this.#text.length });
    }
  }

  /** The collapsed, trimmed text and its marks (sorted, same-type overlaps merged). */
  build(): InlineText {
    return trimInlineText(this.#text, this.#marks);
  }
}

/**
 * Trims whitespace the builder keeps inside text (ideographic spaces) off the edges of a block,
 * moving marks with it.
 */
function trimInlineText(text: string, marks: readonly InlineMark[]): InlineText {
  const leading = /^\s*/u.exec(text)?.[0].length ?? 0;
  const trimmed = text.slice(leading).trimEnd();
  const shifted = marks.map((m) => ({ ...m, start: m.start - leading, end: m.end - leading }));
  return { text: trimmed, marks: normaliseMarks(shifted, trimmed.length) };
}

/**
 * Clamps marks to the text, drops empty ones, merges overlapping marks of the same type (nested
 * `**a **b** c**`) and sorts them by start, end, then type.
 */
export function normaliseMarks(marks: readonly InlineMark[], textLength: number): InlineMark[] {
  const clamped = marks
    .map((m) => ({
      type: m.type,
      start: Math.max(0, m.start),
      end: Math.min(textLength, m.end),
    }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => MARK_TYPE_ORDER[a.type] - MARK_TYPE_ORDER[b.type] || a.start - b.start);

  const merged: { type: MarkType; start: number; end: number }[] = [];
  for (const mark of clamped) {
    const last = merged.at(-1);
    if (last && last.type === mark.type && mark.start < last.end) {
      last.end = Math.max(last.end, mark.end);
    } else {
      merged.push({ ...mark });
    }
  }
  return merged.sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || MARK_TYPE_ORDER[a.type] - MARK_TYPE_ORDER[b.type],
  );
}
