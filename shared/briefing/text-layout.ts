/**
 * Sets styled text into lines of a given width: splits it into runs by the face that has each
 * character's glyph, breaks lines at the opportunities line-breaks.ts finds (UAX #14, then a
 * hyphen inside a word of a language with patterns when the word would not fit, then URLs and
 * long words at / . - or between characters when nothing else fits), and orders each line's runs
 * for drawing, right-to-left runs included. Widths come from the embedded fonts themselves.
 */
import type { FaceKey } from './briefing-fonts';
import { hasRtl, paragraphLevels, visualPieces, type ParagraphLevels } from './bidi-order';
import type { FontBook } from './font-book';
import { hanPreference } from './han-preference';
import { hyphenatorFor } from './hyphenation';
import { breakSegments, characterBreaks, emergencyBreaks, type BreakSegment } from './line-breaks';
import type { Rgb, TextStyle } from './typography';

/** A stretch of text in one style. */
export interface StyledSpan {
  readonly text: string;
  readonly style: TextStyle;
}

/** Text made of styled spans, set as one paragraph. */
export type StyledText = readonly StyledSpan[];

/** A run of a line, placed: one face, one size, one colour, one direction. */
export interface PlacedRun {
  /** Left edge, relative to the line's left edge. */
  readonly x: number;
  readonly width: number;
  /** The run's text in logical (reading) order. */
  readonly text: string;
  readonly face: FaceKey;
  readonly size: number;
  readonly colour: Rgb;
  /** Drawn right to left (its text is reversed, or shaped into visual order, when drawn). */
  readonly rtl: boolean;
  /** Offsets of the run in the paragraph's text. */
  readonly start: number;
  readonly end: number;
  /**
   * The line breaks a word after this run: a hyphen is drawn after its text (its width is in
   * `width`). The hyphen reads back as a soft hyphen, so copied and searched words stay whole.
   */
  readonly breakHyphen?: boolean;
}

/** One line of a paragraph. */
export interface SetLine {
  /** Offsets of the line's visible content in the paragraph's text. */
  readonly start: number;
  readonly end: number;
  readonly width: number;
  /** Offset of the line's left edge from the paragraph's left edge (alignment). */
  readonly offset: number;
  readonly runs: readonly PlacedRun[];
}

/** A paragraph set into lines. */
export interface SetParagraph {
  readonly text: string;
  readonly lines: readonly SetLine[];
  /** Baseline-to-baseline distance: the largest leading of its spans. */
  readonly leading: number;
  /** Distance from the top of a line to its baseline. */
  readonly ascent: number;
  /** The paragraph reads right to left (aligned to the right). */
  readonly rtl: boolean;
}

export interface SetOptions {
  /** 'start' aligns left, or right for a right-to-left paragraph. */
  readonly align?: 'start' | 'end' | 'center';
  /** Base direction: from the first strong character (default), or left-to-right for labels. */
  readonly direction?: 'auto' | 'ltr';
  /**
   * BCP 47 language of the text: words are hyphenated by its patterns when it has some (reading
   * text only; labels, headings and citations leave it out and never hyphenate).
   */
  readonly language?: string | null;
}

interface StyleRun {
  readonly start: number;
  readonly end: number;
  readonly face: FaceKey;
  readonly style: TextStyle;
}

/** Ascent above the baseline as a share of the leading, so lines sit evenly in their boxes. */
const ASCENT_SHARE = 0.78;

/** The character whose glyph is drawn where a line hyphenates a word. */
export const BREAK_HYPHEN = '-';

/** Sets styled text into lines no wider than `width`. */
export function setText(
  book: FontBook,
  spans: StyledText,
  width: number,
  options: SetOptions = {},
): SetParagraph {
  const text = spans.map((span) => span.text).join('');
  const runs = styleRuns(book, spans, text);
  const runIndex = new Int32Array(text.length);
  runs.forEach((run, index) => runIndex.fill(index, run.start, run.end));
  const measure = (start: number, end: number): number =>
    measureRange(book, text, runs, runIndex[start] ?? runs.length, start, end);

  // The width of the hyphen a line ending inside a word at `at` shows, in the style before it.
  const hyphenWidth = (at: number): number => {
    const run = runs[runIndex[at - 1] ?? 0];
    return run ? book.widthEm(run.face, BREAK_HYPHEN) * run.style.size : 0;
  };

  const leading = Math.max(...spans.map((span) => span.style.leading), 0);
  const levels = hasRtl(text) ? paragraphLevels(text, options.direction ?? 'auto') : null;
  // Right-to-left paragraphs are not hyphenated: their hyphen would go at the other end.
  const hyphenate = levels ? null : hyphenatorFor(options.language);
  const ranges = breakIntoLines(breakSegments(text, hyphenate), text, width, measure, hyphenWidth);
  const rtl = levels?.rtl ?? false;
  const align = options.align ?? 'start';

  const lines = ranges.map(({ start, end, hyphen }): SetLine => {
    const placed = placeRuns(book, text, runs, runIndex, levels, start, end, measure);
    const last = placed[placed.length - 1];
    if (hyphen && last) {
      placed[placed.length - 1] = {
        ...last,
        width: last.width + hyphenWidth(end),
        breakHyphen: true,
      };
    }
    const lineWidth = placed.reduce((sum, run) => sum + run.width, 0);
    // A right-to-left line is drawn from its right end, so text extraction (which follows the
    // drawing order) meets its runs in reading order.
    if (rtl) placed.reverse();
    const offset =
      align === 'center'
        ? (width - lineWidth) / 2
        : (align === 'end') !== rtl
          ? width - lineWidth
          : 0;
    return { start, end, width: lineWidth, offset, runs: placed };
  });
  return { text, lines, leading, ascent: leading * ASCENT_SHARE, rtl };
}

/** The width of `text` in one style, on one line. */
export function textWidth(book: FontBook, text: string, style: TextStyle): number {
  const runs = styleRuns(book, [{ text, style }]);
  return measureRange(book, text, runs, 0, 0, text.length);
}

/**
 * Splits spans into runs of one style and one face (by glyph coverage; Han characters in the
 * CJK face the whole paragraph suggests).
 */
function styleRuns(book: FontBook, spans: StyledText, whole?: string): StyleRun[] {
  const runs: StyleRun[] = [];
  const han = hanPreference(whole ?? spans.map((span) => span.text).join(''));
  let offset = 0;
  for (const span of spans) {
    const { text, style } = span;
    const faceOf = book.faceResolver(style.face, han);
    let runStart = 0;
    let runFace: FaceKey | null = null;
    for (let at = 0; at < text.length;) {
      const code = text.codePointAt(at) ?? 0;
      const size = code > 0xffff ? 2 : 1;
      // Spaces and marks join the run they are in, so words are not cut into runs needlessly.
      const joins: boolean = runFace !== null && (code === 0x20 || (code >= 0x300 && isMark(code)));
      const face: FaceKey = joins && runFace !== null ? runFace : faceOf(code);
      if (runFace !== null && face !== runFace) {
        runs.push({ start: offset + runStart, end: offset + at, face: runFace, style });
        runStart = at;
      }
      runFace = face;
      at += size;
    }
    if (runFace !== null)
      runs.push({ start: offset + runStart, end: offset + text.length, face: runFace, style });
    offset += text.length;
  }
  return runs;
}

const MARK = /\p{M}/u;

/** True for a combining mark (none lies below U+0300, so callers test that first). */
function isMark(code: number): boolean {
  return MARK.test(String.fromCodePoint(code));
}

function measureRange(
  book: FontBook,
  text: string,
  runs: readonly StyleRun[],
  firstRun: number,
  start: number,
  end: number,
): number {
  let width = 0;
  for (let index = firstRun; index < runs.length; index += 1) {
    const run = runs[index];
    if (!run || run.start >= end) break;
    if (run.end <= start) continue;
    const from = Math.max(run.start, start);
    const to = Math.min(run.end, end);
    width += book.rangeWidthEm(run.face, text, from, to) * run.style.size;
  }
  return width;
}

interface LineRange {
  readonly start: number;
  readonly end: number;
  /** The line ends inside a word, at a hyphenation point. */
  readonly hyphen: boolean;
}

/**
 * Greedy line filling over break segments; over-long words are split where they may be. A
 * hyphenation point is taken only when the rest of its word does not fit: the line then needs
 * room for the hyphen too.
 */
function breakIntoLines(
  segments: readonly BreakSegment[],
  text: string,
  width: number,
  measure: (start: number, end: number) => number,
  hyphenWidth: (at: number) => number,
): LineRange[] {
  const lines: LineRange[] = [];
  let lineStart = 0;
  let lineEnd = 0;
  let lineWidth = 0;
  let pendingSpace = 0;
  let hasContent = false;
  let endsInWord = false;
  const finish = (next: number): void => {
    lines.push({ start: lineStart, end: lineEnd, hyphen: hasContent && endsInWord });
    lineStart = next;
    lineEnd = next;
    lineWidth = 0;
    pendingSpace = 0;
    hasContent = false;
    endsInWord = false;
  };
  for (const segment of segments) {
    let start = segment.start;
    let contentWidth = measure(start, segment.contentEnd);
    // A piece ending at a hyphenation point fits only with its hyphen.
    const hyphenRoom = segment.hyphen ? hyphenWidth(segment.contentEnd) : 0;
    if (hasContent && lineWidth + pendingSpace + contentWidth + hyphenRoom > width) finish(start);
    // A word wider than the whole line: cut it where URLs and paths break, else anywhere.
    while (contentWidth > width && !hasContent) {
      const cut = cutPoint(text, start, segment.contentEnd, width, measure);
      lineStart = start;
      lineEnd = cut;
      lines.push({ start, end: cut, hyphen: false });
      start = cut;
      lineStart = cut;
      lineEnd = cut;
      contentWidth = measure(start, segment.contentEnd);
    }
    if (segment.contentEnd > start || !hasContent) {
      lineWidth += pendingSpace + contentWidth;
      lineEnd = segment.contentEnd;
      if (segment.contentEnd > start) hasContent = true;
      endsInWord = segment.hyphen;
    }
    pendingSpace = measure(segment.contentEnd, segment.hard ? segment.contentEnd : segment.end);
    if (segment.hard) finish(segment.end);
  }
  if (hasContent || lines.length === 0 || lineStart < text.length) finish(text.length);
  return lines;
}

function cutPoint(
  text: string,
  start: number,
  end: number,
  width: number,
  measure: (start: number, end: number) => number,
): number {
  for (const candidates of [emergencyBreaks(text, start, end), characterBreaks(text, start, end)]) {
    let best = -1;
    for (const point of candidates) {
      if (measure(start, point) <= width) best = point;
      else break;
    }
    if (best > start) return best;
  }
  // Not even one character fits: take one anyway, so the text always moves on.
  return characterBreaks(text, start, end)[0] ?? end;
}

function placeRuns(
  book: FontBook,
  text: string,
  runs: readonly StyleRun[],
  runIndex: Int32Array,
  levels: ParagraphLevels | null,
  start: number,
  end: number,
  measure: (start: number, end: number) => number,
): PlacedRun[] {
  const pieces = levels
    ? visualPieces(text, levels, start, end, (index) => runIndex[index] ?? 0)
    : runs
        .filter((run) => run.end > start && run.start < end)
        .map((run) => ({
          start: Math.max(run.start, start),
          end: Math.min(run.end, end),
          rtl: false,
        }));
  const placed: PlacedRun[] = [];
  let x = 0;
  for (const piece of pieces) {
    const run = runs[runIndex[piece.start] ?? 0];
    if (!run || piece.end <= piece.start) continue;
    const width = measure(piece.start, piece.end);
    placed.push({
      x,
      width,
      text: text.slice(piece.start, piece.end),
      face: run.face,
      size: run.style.size,
      colour: run.style.colour,
      rtl: piece.rtl,
      start: piece.start,
      end: piece.end,
    });
    x += width;
  }
  return placed;
}
