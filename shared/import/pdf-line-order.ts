/**
 * Logical order for a PDF line that holds right-to-left text. pdf.js gives each text run in
 * logical order, but a line's runs come in whatever order the file draws them and sit at
 * x positions in visual order; Arabic with a Latin acronym or a year inside becomes several
 * runs. This module puts a line's runs in visual order and lets the Unicode Bidirectional
 * Algorithm (bidi-js) reorder them, each run kept whole, into reading order.
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL_CHARACTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]/u;
const RTL_CHARACTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]/gu;
const LETTERS = /\p{L}/gu;
const NUMBER = /^[\d\s.,:/%+-]*\d[\d\s.,:/%+-]*$/u;

/** True when the text contains right-to-left letters. */
export function hasRtlText(text: string): boolean {
  return RTL_CHARACTER.test(text);
}

/** True when most of a text's letters are right-to-left: its base direction is RTL. */
export function isMostlyRtl(text: string): boolean {
  const rtl = text.match(RTL_CHARACTERS)?.length ?? 0;
  const ltr = (text.match(LETTERS)?.length ?? 0) - rtl;
  return rtl > 0 && rtl >= ltr;
}

/**
 * pdf.js turns each run from visual into logical order character by character, which also turns
 * round the two letters of a lam-alef ligature glyph (one glyph, "لأ"): "الأنباء" comes out as
 * "األنباء". A plain alef followed by a hamza or madda alef never occurs in Arabic words, so that
 * pair is the ligature turned round and is put back. (The plain lam-alef "لا" cannot be told
 * from the article "ال" without glyph data, so it is left as pdf.js gives it.)
 */
export function repairLamAlef(text: string): string {
  return text.replace(/ا([أإآ])ل/gu, 'ال$1');
}

/** A piece of a line: its text in logical order and its horizontal extent. */
export interface LinePiece {
  readonly text: string;
  readonly x: number;
  readonly right: number;
}

/**
 * One character standing for a whole run in the algorithm: a strong right-to-left or
 * left-to-right letter, a digit for numbers, or the run's own neutral character.
 */
function proxy(text: string): string {
  if (hasRtlText(text)) return isMostlyRtl(text) || !/\p{L}/u.test(text) ? 'א' : 'a';
  if (/\p{L}/u.test(text)) return 'a';
  if (NUMBER.test(text)) return '1';
  const visible = text.trim();
  return visible.length === 1 ? visible : ' ';
}

/**
 * The text of a line's pieces in reading order. Pieces are placed by x (visual order), a space
 * goes where a gap wider than `spaceGap` separates two, and the algorithm reorders the pieces
 * with the line's base direction taken from its letters.
 */
export function logicalLineText(pieces: readonly LinePiece[], spaceGap: number): string {
  const visual = [...pieces].sort((a, b) => a.x - b.x);
  const units: string[] = [];
  let previous: LinePiece | null = null;
  for (const piece of visual) {
    if (previous && piece.x - previous.right > spaceGap) units.push(' ');
    units.push(piece.text);
    previous = piece;
  }
  const whole = units.join('');
  const base = isMostlyRtl(whole) ? 'rtl' : 'ltr';
  const proxies = units.map(proxy).join('');
  const levels = bidi.getEmbeddingLevels(proxies, base);
  const order = units.map((_, i) => i);
  for (const [from, to] of bidi.getReorderSegments(proxies, levels)) {
    if (from === undefined || to === undefined) continue;
    const reversed = order.slice(from, to + 1).reverse();
    order.splice(from, reversed.length, ...reversed);
  }
  return order
    .map((i) => units[i] ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters pdf.js knows to be right-to-left: it reverses a run that has any of them. */
const PDFJS_RTL_LETTER = /[\u0590-\u05F4\u0600-\u06FF]/u;
/** Hebrew and Arabic presentation forms, which pdf.js takes for left-to-right letters. */
const PRESENTATION_FORM = /[\uFB1D-\uFDFF\uFE70-\uFEFC]/u;

/**
 * A run pdf.js left in drawing order: one whose right-to-left letters are all presentation
 * forms (some PDF writers map glyphs to the shaped forms, "ﻻ" for lam-alef), which pdf.js does
 * not count as right-to-left, so it never turns them round. Such a run is put in logical order
 * by the Unicode Bidirectional Algorithm, numbers and Latin inside it kept as they read; any
 * other run is returned as it is.
 */
export function presentationFormsInOrder(text: string): string {
  if (!PRESENTATION_FORM.test(text) || PDFJS_RTL_LETTER.test(text)) return text;
  const levels = bidi.getEmbeddingLevels(text, isMostlyRtl(text) ? 'rtl' : 'ltr');
  // Reordering a visual run by its levels gives back the logical one: the reversals of the
  // algorithm undo themselves. Segments are in code units; map them through the characters.
  const units = text.split('');
  for (const [from, to] of bidi.getReorderSegments(text, levels)) {
    if (from === undefined || to === undefined) continue;
    const reversed = units.slice(from, to + 1).reverse();
    units.splice(from, reversed.length, ...reversed);
  }
  // (Presentation forms are all in the Basic Multilingual Plane; a run with a surrogate pair
  // somewhere would be cut through it, so it stays as it is.)
  return /[\uD800-\uDFFF]/u.test(text) ? text : units.join('');
}
