/**
 * Finds footnote markers written as Unicode superscript digits ("resolutions⁶", "¹ UN bodies…"),
 * the way briefings copied out of PDFs carry them, so the reader can style them.
 */
import type { InlineMark } from '../model/document';

const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

/** "10 m²", "5 km³": a unit of length before ² or ³ is a power, not a footnote. */
const LENGTH_UNIT_BEFORE = /(?:^|[^\p{L}])(?:mm|cm|km|m|ft)$/u;

/** Marks every run of superscript digits in `text` as a footnote reference. */
export function findFootnoteRefs(text: string): InlineMark[] {
  const marks: InlineMark[] = [];
  for (const match of text.matchAll(SUPERSCRIPT_DIGITS)) {
    const start = match.index;
    const run = match[0];
    if ((run === '²' || run === '³') && LENGTH_UNIT_BEFORE.test(text.slice(0, start))) continue;
    marks.push({ type: 'footnote-ref', start, end: start + run.length });
  }
  return marks;
}
