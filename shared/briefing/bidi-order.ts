/**
 * Bidirectional text: the Unicode Bidirectional Algorithm (via bidi-js) decides each
 * character's direction; this module turns one laid-out line into pieces in visual (drawing)
 * order, each a logical range drawn left-to-right or right-to-left.
 */
import bidiFactory from 'bidi-js';
import type { EmbeddingLevels } from 'bidi-js';

const bidi = bidiFactory();

/** Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL_CHARACTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]/;

/** True when the text contains right-to-left characters (and so needs the algorithm at all). */
export function hasRtl(text: string): boolean {
  return RTL_CHARACTER.test(text);
}

/** The resolved embedding levels of a paragraph, with its base direction (by its first strong character). */
export interface ParagraphLevels {
  readonly levels: EmbeddingLevels;
  readonly rtl: boolean;
}

/**
 * Resolves the embedding levels of a paragraph: its base direction from its first strong
 * character ('auto'), or left-to-right for composed labels such as "[6] <Arabic title>".
 */
export function paragraphLevels(text: string, direction: 'auto' | 'ltr' = 'auto'): ParagraphLevels {
  const levels = bidi.getEmbeddingLevels(text, direction);
  return { levels, rtl: (levels.paragraphs[0]?.level ?? 0) % 2 === 1 };
}

/** A piece of a line: a logical range [start, end) and whether it is drawn right to left. */
export interface VisualPiece {
  readonly start: number;
  readonly end: number;
  readonly rtl: boolean;
}

/**
 * The line [start, end) as pieces in visual order, left to right. A piece never spans two
 * values of `runAt` (the style/face run a character belongs to), so each piece draws in one font.
 */
export function visualPieces(
  text: string,
  paragraph: ParagraphLevels,
  start: number,
  end: number,
  runAt: (index: number) => number,
): VisualPiece[] {
  if (end <= start) return [];
  // Reverse the line's runs as the algorithm's rule L2 says (bidi-js gives the ranges, inclusive).
  const order: number[] = [];
  for (let index = start; index < end; index += 1) order.push(index);
  for (const [from, to] of bidi.getReorderSegments(text, paragraph.levels, start, end - 1)) {
    if (from === undefined || to === undefined) continue;
    const reversed = order.slice(from - start, to - start + 1).reverse();
    order.splice(from - start, reversed.length, ...reversed);
  }
  const levels = paragraph.levels.levels;
  const pieces: VisualPiece[] = [];
  let first = order[0] ?? start;
  let last = first;
  let rtl = (levels[first] ?? 0) % 2 === 1;
  const flush = (): void => {
    pieces.push({ start: Math.min(first, last), end: Math.max(first, last) + 1, rtl });
  };
  for (let k = 1; k < order.length; k += 1) {
    const index = order[k] ?? 0;
    const indexRtl = (levels[index] ?? 0) % 2 === 1;
    const step = rtl ? -1 : 1;
    if (indexRtl === rtl && index === last + step && runAt(index) === runAt(last)) {
      last = index;
      continue;
    }
    flush();
    first = index;
    last = index;
    rtl = indexRtl;
  }
  flush();
  // A surrogate pair must stay whole: widen pieces that cut one.
  return pieces.map((piece) => widenSurrogates(text, piece));
}

function widenSurrogates(text: string, piece: VisualPiece): VisualPiece {
  let { start, end } = piece;
  if (start > 0 && isLow(text.charCodeAt(start))) start -= 1;
  if (end < text.length && isLow(text.charCodeAt(end))) end += 1;
  return start === piece.start && end === piece.end ? piece : { start, end, rtl: piece.rtl };
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The mirror image of a bracket or similar character (for right-to-left runs), else itself. */
export function mirrored(char: string): string {
  return bidi.getMirroredCharacter(char) ?? char;
}

/**
 * The characters of a right-to-left piece in drawing order, with brackets mirrored: for faces
 * that do not shape (shaped faces reverse right-to-left text themselves).
 */
export function reverseForDrawing(text: string): string {
  return [...text]
    .reverse()
    .map((char) => bidi.getMirroredCharacter(char) ?? char)
    .join('');
}
